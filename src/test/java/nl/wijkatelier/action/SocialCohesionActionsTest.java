package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** The street meal and the visiting round, as an organiser and households use them through the API and pages. */
@WijkatelierTest
class SocialCohesionActionsTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	@Test
	void aStreetMealCountsContactsMadeInTheApiTheActionPageAndTheDashboard() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal"))
				.findFirst().orElseThrow().id();
		People.Person organiser = people.facilitator(where);
		String title = "Straatmaaltijd " + UUID.randomUUID();
		Http.Response created = Http.api(port).withToken(organiser.token()).postJson("/api/v1/actions",
				Map.of("neighbourhoodId", where.toString(), "template", "STREET_MEAL", "title", title,
						"thresholds", List.of()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		ActionClient client = new ActionClient(port);
		assertThat(client.signUp(id, null, Map.of("household", Map.of(), "quantity",
				Map.of("people", 3, "dishes", 1), "followUpConsent", false)).status()).isEqualTo(201);
		assertThat(client.signUp(id, null, Map.of("household", Map.of(), "quantity",
				Map.of("people", 2, "dishes", 2), "followUpConsent", false)).status()).isEqualTo(201);

		JsonNode action = Http.api(port).get("/api/v1/actions/" + id).json();
		assertThat(action.get("themes").toString()).contains("SOCIAL_COHESION");
		JsonNode contacts = null;
		for (JsonNode impact : action.get("impact")) {
			if (impact.get("key").asString().equals("contactsAtTable")) {
				contacts = impact;
			}
		}
		assertThat(contacts).isNotNull();
		// Five people at the table, each talking to four of the others.
		assertThat(contacts.get("value").asDouble()).isEqualTo(20.0);
		assertThat(contacts.get("parameters").findValuesAsString("source"))
				.anyMatch(s -> s.contains("Eén tegen eenzaamheid"));

		String page = Http.browser(port).get("/actions/" + id).body();
		assertThat(page).contains("Straatmaaltijd").contains("contacten gelegd aan tafel");
		String dashboard = Http.browser(port).get("/neighbourhoods/" + where + "/dashboard").body();
		assertThat(dashboard).contains(title).contains("contacten gelegd aan tafel");
	}

	@Test
	void aVisitingRoundRefusesMoreVisitsThanAHouseholdCanMake() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal"))
				.findFirst().orElseThrow().id();
		Http.Response created = Http.api(port).withToken(people.facilitator(where).token()).postJson(
				"/api/v1/actions", Map.of("neighbourhoodId", where.toString(), "template", "VISITING_ROUND",
						"title", "Bezoekronde " + UUID.randomUUID(), "thresholds", List.of()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		ActionClient client = new ActionClient(port);
		ActionClient.Answer tooMany = client.signUp(id, null, Map.of("household", Map.of(), "quantity",
				Map.of("visits", 41, "visitors", 1), "followUpConsent", false));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().toString()).contains("visits");
		assertThat(client.signUp(id, null, Map.of("household", Map.of(), "quantity",
				Map.of("visits", 6, "visitors", 2), "followUpConsent", false)).status()).isEqualTo(201);
		JsonNode action = Http.api(port).get("/api/v1/actions/" + id).json();
		assertThat(action.get("impact").get(0).get("key").asString()).isEqualTo("contactsOnVisits");
		assertThat(action.get("impact").get(0).get("value").asDouble()).isEqualTo(6.0);
	}
}
