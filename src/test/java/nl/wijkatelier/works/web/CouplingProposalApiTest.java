package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.account.AuditEntry;
import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.mail.QueuedMail;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.RowCounts;
import nl.wijkatelier.support.WijkatelierTest;
import nl.wijkatelier.works.CouplingProposals;

/**
 * Owners agree on a package of coupled tasks over the API: an officer proposes, every owning party answers once,
 * all accepting agrees it, an organiser withdraws it; bad input is answered with a problem detail and stores
 * nothing.
 */
@WijkatelierTest
class CouplingProposalApiTest {

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	AuditLog audit;
	@Autowired
	Mails mails;
	@Autowired
	CouplingProposals proposals;
	@Autowired
	DataSource dataSource;

	private CouplingNeighbourhood n;

	@BeforeEach
	void neighbourhood() {
		n = new CouplingNeighbourhood(catalog, people, port);
	}

	private List<String> actions(String proposal) {
		return audit.of("couplingProposal", proposal).stream().map(AuditEntry::action).toList();
	}

	@Test
	void ownersAgreeOnAPackageWhichThePlannerKeepsUntilItIsWithdrawn() {
		People.Person sewer = people.officer(n.sewer.id());
		People.Person grid = people.officer(n.grid.id());
		People.Person otherGrid = people.officer(n.grid.id());

		Http.Response proposed = n.propose(sewer.token(), List.of("R-1", "E-1"));

		assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
		String id = proposed.json().get("id").asString();
		assertThat(proposed.header("Location")).endsWith("/api/v1/coupling-proposals/" + id);
		assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
		assertThat(proposed.json().get("tasks")).extracting(t -> t.get("id").asString()).containsExactly("E-1", "R-1");
		assertThat(proposed.json().get("parties")).extracting(p -> p.get("name").asString())
				.containsExactlyInAnyOrder(n.sewer.name(), n.grid.name());
		// the proposal reaches every officer of the owning parties, not the proposer
		for (People.Person officer : List.of(grid, otherGrid)) {
			assertThat(mails.to(officer.email())).extracting(QueuedMail::body)
					.anySatisfy(body -> assertThat(body).contains("/coupling-proposals/" + id).contains("E-1, R-1"));
		}
		assertThat(mails.to(sewer.email())).isEmpty();

		JsonNode afterGrid = n.respond(grid.token(), id, "ACCEPT", null).json();
		assertThat(afterGrid.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(proposals.agreedPackages(n.neighbourhood.id())).isEmpty();

		Http.Response agreed = n.respond(sewer.token(), id, "accept", null);

		assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
		JsonNode view = Http.api(port).get("/api/v1/coupling-proposals/" + id).json();
		assertThat(view.get("status").asString()).isEqualTo("AGREED");
		assertThat(view.get("decidedAt").isNull()).isFalse();
		assertThat(view.get("parties")).hasSize(2).allSatisfy(p -> {
			assertThat(p.get("decision").asString()).isEqualTo("ACCEPT");
			assertThat(p.get("answeredBy").asString()).startsWith("Test ");
			assertThat(p.get("answeredAt").isNull()).isFalse();
		});
		assertThat(Http.api(port).get(n.path("/coupling-proposals")).json()).extracting(p -> p.get("id").asString())
				.containsExactly(id);
		assertThat(proposals.agreedPackages(n.neighbourhood.id())).containsExactly(List.of("E-1", "R-1"));
		assertThat(actions(id)).containsExactlyInAnyOrder("coupling.proposed", "coupling.answered",
				"coupling.answered", "coupling.agreed");

		People.Person facilitator = people.facilitator(n.neighbourhood.id());
		Http.Response noReason = Http.api(port).withToken(facilitator.token())
				.postJson("/api/v1/coupling-proposals/" + id + "/withdrawal", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		Http.Response withdrawn = Http.api(port).withToken(facilitator.token())
				.postJson("/api/v1/coupling-proposals/" + id + "/withdrawal", Map.of("reason", "Budget schoof een jaar op"));

		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.json().get("withdrawal").get("reason").asString()).isEqualTo("Budget schoof een jaar op");
		assertThat(proposals.agreedPackages(n.neighbourhood.id())).isEmpty();
		assertThat(actions(id)).contains("coupling.withdrawn");
		assertThat(n.respond(grid.token(), id, "ACCEPT", null).status()).isEqualTo(409);

		assertThat(Http.api(port).withToken(grid.token()).get("/api/v1/me/export").json().get("couplingAgreements")
				.get("answered")).hasSize(1);
		assertThat(Http.api(port).withToken(grid.token()).delete("/api/v1/me").status()).isBetween(200, 299);
		assertThat(Http.api(port).get("/api/v1/coupling-proposals/" + id).json().get("parties"))
				.as("a deleted account's answer stands under a pseudonym")
				.anySatisfy(p -> assertThat(p.get("answeredBy").asString()).startsWith("deleted-account-"))
				.allSatisfy(p -> assertThat(p.get("decision").asString()).isEqualTo("ACCEPT"));
	}

	@Test
	void badProposalsAreRefusedWithAProblemAndStoreNothing() {
		People.Person sewer = people.officer(n.sewer.id());
		People.Person water = people.officer(n.water.id());
		People.Person resident = people.resident(n.neighbourhood.id());
		var programme = catalog.defaultProgramme().orElseThrow();
		var elsewhere = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Elders " + n.sewer.name(),
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		var elsewhereParty = catalog.registerParty(programme.id(), Optional.of(elsewhere.id()), "Elders " + n.grid.name(),
				PartyType.GRID_OPERATOR, null, false);
		assertThat(Http.api(port).withToken(people.admin().token()).post("/api/v1/neighbourhoods/" + elsewhere.id()
				+ "/tasks", "application/geo+json", CouplingNeighbourhood.collection(CouplingNeighbourhood.feature("Z-1",
						elsewhereParty.name(), "FIBRE", 5.92001, "2027-01-01", "2027-12-31"))).status()).isEqualTo(200);
		Map<String, Long> before = RowCounts.of(dataSource);

		Map<List<String>, String> faults = Map.of(
				List.of("R-1"), "at least two",
				List.of("R-1", "X-404"), "X-404",
				List.of("R-1", "Z-1"), "Z-1",
				List.of("R-1", "R-2"), n.sewer.name(),
				List.of("R-1", "F-1"), "F-1",
				List.of("R-1", "N-1", "E-1"), "No day");
		faults.forEach((tasks, named) -> {
			Http.Response refused = Http.api(port).withToken(sewer.token())
					.postJson(n.path("/coupling-proposals") + "?lang=en", Map.of("tasks", tasks));
			assertThat(refused.status()).as(tasks + ": " + refused.body()).isEqualTo(400);
			assertThat(refused.header("Content-Type")).contains("application/problem+json");
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("tasks");
			assertThat(refused.json().get("detail").asString()).as(tasks.toString()).contains(named);
		});

		Http.Response notAnOwner = n.propose(water.token(), List.of("R-1", "E-1"));
		assertThat(notAnOwner.status()).isEqualTo(403);
		assertThat(notAnOwner.json().get("detail").asString()).isNotBlank();
		assertThat(n.propose(resident.token(), List.of("R-1", "E-1")).status())
				.isEqualTo(403);
		assertThat(Http.api(port).postJson(n.path("/coupling-proposals"), Map.of("tasks", List.of("R-1", "E-1")))
				.status()).isEqualTo(401);

		assertThat(RowCounts.of(dataSource)).as("nothing stored, no e-mail queued").isEqualTo(before);
	}

	@Test
	void eachOwnerAnswersOnceThroughOneOfItsOfficers() {
		People.Person sewer = people.officer(n.sewer.id());
		People.Person grid = people.officer(n.grid.id());
		People.Person water = people.officer(n.water.id());
		String id = n.propose(sewer.token(), List.of("R-1", "E-1", "W-1")).json().get("id").asString();

		assertThat(n.respond(grid.token(), id, "DECLINE", null).status()).as("a decline needs a reason").isEqualTo(400);
		assertThat(n.respond(grid.token(), id, "MAYBE", null).status()).isEqualTo(400);
		Http.Response otherGridOfficer = n.respond(people.officer(n.grid.id()).token(), id, "ACCEPT", null);
		assertThat(otherGridOfficer.status()).isEqualTo(200);
		Http.Response twice = n.respond(grid.token(), id, "ACCEPT", null);
		assertThat(twice.status()).as("a second answer of the same party").isEqualTo(409);
		assertThat(twice.json().get("detail").asString()).isNotBlank();
		Http.Response outsider = n.respond(people.facilitator(n.neighbourhood.id()).token(), id, "ACCEPT", null);
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(outsider.header("Content-Type")).contains("application/problem+json");

		Http.Response change = n.respond(water.token(), id, "CHANGE", "Neem ook de wadi mee");
		assertThat(change.json().get("status").asString()).isEqualTo("CHANGE_REQUESTED");
		assertThat(n.respond(sewer.token(), id, "ACCEPT", null).status()).as("no longer open").isEqualTo(409);

		String second = n.propose(sewer.token(), List.of("R-1", "W-1")).json().get("id").asString();
		Http.Response declined = n.respond(water.token(), second, "DECLINE", "Geen budget in 2027");
		assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
		assertThat(declined.json().get("parties")).anySatisfy(p -> assertThat(p.get("reason").asString())
				.isEqualTo("Geen budget in 2027"));
		assertThat(actions(second)).contains("coupling.declined");
		assertThat(actions(id)).contains("coupling.changeRequested");
		assertThat(proposals.agreedPackages(n.neighbourhood.id())).isEmpty();
	}

	@Test
	void aNewTaskThatCouplesWithAnotherOwnersTaskIsToldToThatOwnerOnce() {
		People.Person sewer = people.officer(n.sewer.id());
		People.Person grid = people.officer(n.grid.id());
		String file = CouplingNeighbourhood.collection(CouplingNeighbourhood.feature("E-9", n.grid.name(),
				"ELECTRICITY_GRID", 5.92004, "2027-01-01", "2027-12-31"));

		assertThat(Http.api(port).withToken(grid.token()).post(n.path("/tasks"), "application/geo+json", file).status())
				.isEqualTo(200);

		List<QueuedMail> told = mails.to(sewer.email());
		assertThat(told).hasSize(1);
		assertThat(told.get(0).body()).contains("E-9").contains("R-1").contains("R-2")
				.contains("/neighbourhoods/" + n.neighbourhood.id() + "/works");
		assertThat(mails.to(grid.email())).as("the grid's own tasks are not news to the grid").isEmpty();

		assertThat(Http.api(port).withToken(grid.token()).post(n.path("/tasks"), "application/geo+json", file).status())
				.isEqualTo(200);
		assertThat(mails.to(sewer.email())).as("a re-import tells nobody again").hasSize(1);
	}
}
