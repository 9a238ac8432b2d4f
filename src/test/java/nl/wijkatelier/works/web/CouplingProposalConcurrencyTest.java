package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.account.AuditEntry;
import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * Owners answering at the same moment: per round, two officers of each of the three owning parties accept at once,
 * from six threads released together. Every party's answer is stored exactly once (the other officer of the party
 * hears 409), no answer is lost, and the last one agrees the proposal exactly once.
 */
@WijkatelierTest
class CouplingProposalConcurrencyTest {

	static final int ROUNDS = 8;

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	AuditLog audit;

	record Answer(PartyId party, int status) {
	}

	@Test
	void simultaneousAnswersAreEachStoredOnceAndAgreeTheProposalOnce() throws Exception {
		CouplingNeighbourhood n = new CouplingNeighbourhood(catalog, people, port);
		Map<PartyId, List<People.Person>> officers = new HashMap<>();
		for (PartyId party : List.of(n.sewer.id(), n.grid.id(), n.water.id())) {
			officers.put(party, List.of(people.officer(party), people.officer(party)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				Http.Response proposed = n.propose(officers.get(n.sewer.id()).get(0).token(), List.of("R-1", "E-1", "W-1"));
				assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
				String id = proposed.json().get("id").asString();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Answer>> answers = new ArrayList<>();
				officers.forEach((party, people) -> people.forEach(officer -> answers.add(pool.submit(() -> {
					start.await();
					return new Answer(party, n.respond(officer.token(), id, "ACCEPT", null).status());
				}))));
				start.countDown();
				Map<PartyId, List<Integer>> statuses = new HashMap<>();
				for (Future<Answer> f : answers) {
					Answer a = f.get(2, TimeUnit.MINUTES);
					statuses.computeIfAbsent(a.party(), k -> new ArrayList<>()).add(a.status());
				}

				statuses.forEach((party, codes) -> assertThat(codes).as("round " + id + ", party " + party)
						.containsExactlyInAnyOrder(200, 409));
				JsonNode view = Http.api(port).get("/api/v1/coupling-proposals/" + id).json();
				assertThat(view.get("status").asString()).isEqualTo("AGREED");
				assertThat(view.get("parties")).hasSize(3)
						.allSatisfy(p -> assertThat(p.get("decision").asString()).isEqualTo("ACCEPT"));
				List<String> actions = audit.of("couplingProposal", id).stream().map(AuditEntry::action).toList();
				assertThat(actions).filteredOn("coupling.answered"::equals).hasSize(3);
				assertThat(actions).filteredOn("coupling.agreed"::equals).hasSize(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
