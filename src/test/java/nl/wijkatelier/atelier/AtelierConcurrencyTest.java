package nl.wijkatelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/**
 * A room of 60 people on their phones, all sending at the same moment, against the running application:
 * nothing is lost and nothing is counted twice.
 */
@WijkatelierTest
class AtelierConcurrencyTest {

	static final int ROOM = 60;

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	/** Runs every task at the same moment (released by one latch) and returns their results. */
	static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch ready = new CountDownLatch(tasks.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void sixtyParticipantsContributingAndSupportingAtOnceLoseNothingAndCountNothingTwice() throws Exception {
		var hengstdal = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal")).findFirst()
				.orElseThrow().id();
		People.Person facilitator = people.facilitator(hengstdal);
		Http api = Http.api(port).withToken(facilitator.token());
		JsonNode created = api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", hengstdal.toString(),
				"title", "Volle zaal", "date", "2026-04-01", "themes", List.of("ENERGY"))).json();
		String id = created.get("id").asString();
		api.postJson("/api/v1/ateliers/" + id + "/open", "");

		List<Callable<String>> joins = new ArrayList<>();
		for (int i = 0; i < ROOM; i++) {
			String type = i % 3 == 0 ? "MUNICIPALITY" : "RESIDENT";
			joins.add(() -> Http.api(port).postJson("/api/v1/ateliers/join/" + created.get("joinCode").asString(),
					Map.of("partyType", type)).json().get("participantToken").asString());
		}
		List<String> tokens = allAtOnce(joins);
		assertThat(new HashSet<>(tokens)).hasSize(ROOM);

		List<Callable<Http.Response>> contributions = new ArrayList<>();
		for (int i = 0; i < ROOM; i++) {
			String token = tokens.get(i);
			String text = "Bijdrage " + i;
			contributions.add(() -> Http.api(port).withToken(token).postJson("/api/v1/ateliers/" + id + "/contributions",
					Map.of("question", 2, "kind", "OPPORTUNITY", "text", text, "themes", List.of("ENERGY"))));
		}
		List<Http.Response> sent = allAtOnce(contributions);
		assertThat(sent).extracting(Http.Response::status).containsOnly(201).hasSize(ROOM);
		Set<String> texts = new HashSet<>();
		sent.forEach(r -> texts.add(r.json().get("text").asString()));
		assertThat(texts).hasSize(ROOM);

		JsonNode picture = api.get("/api/v1/ateliers/" + id + "/joint-picture").json();
		assertThat(picture.get("contributionCount").asInt()).isEqualTo(ROOM);
		assertThat(picture.get("participantCount").asInt()).isEqualTo(ROOM);

		// Everyone else supports participant 0's contribution at the same moment, each sending it twice.
		String first = sent.get(0).json().get("id").asString();
		List<Callable<Integer>> supports = new ArrayList<>();
		for (String token : tokens.subList(1, ROOM)) {
			for (int twice = 0; twice < 2; twice++) {
				supports.add(() -> Http.api(port).withToken(token)
						.postJson("/api/v1/ateliers/" + id + "/contributions/" + first + "/support", "").status());
			}
		}
		List<Integer> statuses = allAtOnce(supports);
		assertThat(statuses.stream().filter(s -> s == 204)).hasSize(ROOM - 1);
		assertThat(statuses.stream().filter(s -> s == 409)).hasSize(ROOM - 1);
		JsonNode after = api.get("/api/v1/ateliers/" + id + "/joint-picture").json();
		assertThat(after.at("/top/OPPORTUNITY/0/id").asString()).isEqualTo(first);
		assertThat(after.at("/top/OPPORTUNITY/0/support").asInt()).isEqualTo(ROOM - 1);
	}

	@Test
	void oneParticipantSendingTenSupportsAtOnceGetsExactlyTheirFiveVotes() throws Exception {
		var hengstdal = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal")).findFirst()
				.orElseThrow().id();
		Http api = Http.api(port).withToken(people.facilitator(hengstdal).token());
		JsonNode created = api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", hengstdal.toString(),
				"title", "Stemmen", "date", "2026-04-01", "themes", List.of("ENERGY"))).json();
		String id = created.get("id").asString();
		api.postJson("/api/v1/ateliers/" + id + "/open", "");
		String author = Http.api(port).postJson("/api/v1/ateliers/join/" + created.get("joinCode").asString(),
				Map.of("partyType", "MUNICIPALITY")).json().get("participantToken").asString();
		String voter = Http.api(port).postJson("/api/v1/ateliers/join/" + created.get("joinCode").asString(),
				Map.of("partyType", "RESIDENT")).json().get("participantToken").asString();
		List<Callable<Integer>> votes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String cid = Http.api(port).withToken(author).postJson("/api/v1/ateliers/" + id + "/contributions",
					Map.of("question", 4, "text", "Tip " + i)).json().get("id").asString();
			votes.add(() -> Http.api(port).withToken(voter)
					.postJson("/api/v1/ateliers/" + id + "/contributions/" + cid + "/support", "").status());
		}
		List<Integer> statuses = allAtOnce(votes);
		assertThat(statuses.stream().filter(s -> s == 204)).hasSize(5);
		assertThat(statuses.stream().filter(s -> s == 409)).hasSize(5);
		int counted = 0;
		for (JsonNode tip : api.get("/api/v1/ateliers/" + id + "/joint-picture").json().get("tips")) {
			counted += tip.get("support").asInt();
		}
		assertThat(counted).isEqualTo(5);
	}
}
