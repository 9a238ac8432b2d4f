package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** The audit log records who changed tasks, budgets, scenarios and roles, in the changing transaction. */
@WijkatelierTest
class AuditTrailTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	AuditLog audit;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsWhoRegisteredAndChangedATaskAndABudget() throws Exception {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Neighbourhood neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails(
				"Auditwijk " + suffix, Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		Party party = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Gemeente " + suffix,
				PartyType.MUNICIPALITY, null, false);
		People.Person officer = people.officer(party.id());
		String tasks = "/api/v1/neighbourhoods/" + neighbourhood.id().value() + "/tasks";

		assertThat(post(officer.token(), tasks, "application/geo+json", task(party.name(), "2027-12-31"))).isEqualTo(200);
		assertThat(post(officer.token(), tasks, "application/geo+json", task(party.name(), "2028-06-30"))).isEqualTo(200);
		assertThat(post(officer.token(), "/api/v1/neighbourhoods/" + neighbourhood.id().value() + "/pots", "text/csv",
				"pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\n"
						+ "Riool " + suffix + "," + party.name() + ",Wethouder,2027,800000,INFRASTRUCTURE,SEWER_REPLACEMENT,\n"))
				.isEqualTo(200);

		assertThat(entriesBy(officer.email())).contains("task.registered task", "task.changed task",
				"budget.registered budgetPot");
	}

	@Test
	void recordsWhoSavedAScenario() throws Exception {
		NeighbourhoodId spijkerkwartier = catalog.neighbourhoods().stream()
				.filter(n -> n.name().equals("Spijkerkwartier")).findFirst().orElseThrow().id();
		People.Person facilitator = people.facilitator(spijkerkwartier);
		Http api = Http.api(port).withToken(facilitator.token());
		String run = api.postJson("/api/v1/neighbourhoods/" + spijkerkwartier.value() + "/plan-runs?seconds=1", Map.of())
				.json().get("id").asString();
		for (int i = 0; i < 300 && api.get("/api/v1/plan-runs/" + run).json().get("status").asString().matches("RUNNING|QUEUED"); i++) {
			Thread.sleep(100);
		}
		Http.Response saved = api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "Audit " + UUID.randomUUID()));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);

		assertThat(audit.of("plan_scenario", saved.json().get("id").asString()))
				.singleElement().satisfies(e -> {
					assertThat(e.actor()).isEqualTo(facilitator.email());
					assertThat(e.action()).isEqualTo("scenario.saved");
				});
	}

	@Test
	void recordsWhoGaveARoleAndWhoReceivedIt() {
		NeighbourhoodId hengstdal = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal"))
				.findFirst().orElseThrow().id();
		People.Person facilitator = people.facilitator(hengstdal);
		String email = "rol-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		JsonNode invited = Http.api(port).withToken(facilitator.token()).postJson("/api/v1/invitations",
				Map.of("email", email, "role", "RESIDENT", "neighbourhoodId", hengstdal.toString())).json();
		String invitation = invited.get("id").asString();
		String link = invited.get("link").asString();
		Http browser = Http.browser(port);
		String path = link.substring(link.indexOf("/invitations/"));
		browser.get(path);
		assertThat(browser.postForm(path, Map.of("displayName", "Nieuwe bewoner", "password", People.PASSWORD,
				"consent", "true")).status()).isEqualTo(302);

		assertThat(audit.of("invitation", invitation)).filteredOn(e -> e.action().equals("INVITED")).singleElement()
				.satisfies(e -> {
					assertThat(e.actor()).isEqualTo(facilitator.email());
					assertThat(e.detail()).contains("RESIDENT");
				});
		String accountId = accounts.byEmail(email).orElseThrow().id().value().toString();
		assertThat(audit.of("invitation", invitation)).filteredOn(e -> e.action().equals("INVITATION_ACCEPTED"))
				.singleElement().satisfies(e -> assertThat(e.detail()).contains(accountId).contains(email));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ROLE_GIVEN' and detail like ?",
				Integer.class, "RESIDENT " + hengstdal + " invitation " + invitation + "%")).isOne();
	}

	private List<String> entriesBy(String actor) {
		return jdbc.queryForList("select action || ' ' || subject_type from audit_log where actor = ?", String.class, actor);
	}

	private static String task(String owner, String latestEnd) {
		return """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "geometry": {"type": "LineString", "coordinates": [[5.9200, 51.9850], [5.9200, 51.9855]]},
				 "properties": {"id": "R-1", "title": "Riool", "owner": "%s", "type": "SEWER_REPLACEMENT",
				  "earliestStart": "2027-01-01", "latestEnd": "%s", "durationDays": 30, "cost": 100000,
				  "shareableCost": 40000, "themes": ["INFRASTRUCTURE"]}}]}""".formatted(owner, latestEnd);
	}

	private int post(String token, String path, String contentType, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", contentType).header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}
}
