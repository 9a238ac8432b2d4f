package nl.wijkatelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** The four questions on one's own, through the API and the page, in the Spijkerkwartier of the demo. */
@WijkatelierTest
class OwnAnswersTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	JdbcTemplate jdbc;

	NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}

	String path(NeighbourhoodId where) {
		return "/api/v1/neighbourhoods/" + where + "/own-answer";
	}

	static Map<String, Object> answer(Map<String, Integer> weights, boolean shared) {
		Map<String, Object> body = new HashMap<>();
		body.put("integral", "Niet alleen van het gas af, ook een groene straat waar je elkaar kent.");
		body.put("weights", weights);
		body.put("opportunities", "Tegels eruit bij de rioolvervanging.");
		body.put("challenges", "Wie betaalt het?");
		body.put("approach", "Ik begin met mijn eigen tuin.");
		body.put("shared", shared);
		return body;
	}

	static JsonNode row(JsonNode answer, String theme) {
		for (JsonNode row : answer.at("/comparison/themes")) {
			if (row.get("theme").asString().equals(theme)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + theme);
	}

	@Test
	void aResidentAnswersPrivatelyAndSeesTheDifferencesWithTheLatestPublishedAtelier() {
		NeighbourhoodId spijker = neighbourhood("Spijkerkwartier");
		People.Person resident = people.resident(spijker);
		Http.Response saved = Http.api(port).withToken(resident.token()).putJson(path(spijker),
				answer(Map.of("GREENERY", 10, "ENERGY", 60, "EMPLOYMENT", 30), false));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		JsonNode mine = Http.api(port).withToken(resident.token()).get(path(spijker)).json();
		assertThat(mine.get("answered").asBoolean()).isTrue();
		assertThat(mine.get("shared").asBoolean()).isFalse();
		assertThat(mine.at("/owner/kind").asString()).isEqualTo("PERSON");
		assertThat(mine.at("/weights/ENERGY").asInt()).isEqualTo(60);
		assertThat(mine.at("/comparison/atelierTitle").asString()).isEqualTo(DemoAteliers.EXAMPLE_TITLE);
		assertThat(mine.at("/comparison/margin").asDouble()).isEqualTo(10.0);
		// The example atelier's eight voices give ENERGY a mean of 26.875, GREENERY 16.875, EMPLOYMENT 3.75 and
		// HEALTH 6.25; the resident gives HEALTH nothing.
		assertThat(row(mine, "ENERGY").get("neighbourhood").asDouble()).isEqualTo(26.875);
		assertThat(row(mine, "ENERGY").get("difference").asString()).isEqualTo("HIGHER");
		assertThat(row(mine, "GREENERY").get("difference").asString()).isEqualTo("SAME");
		assertThat(row(mine, "EMPLOYMENT").get("difference").asString()).isEqualTo("HIGHER");
		assertThat(row(mine, "HEALTH").get("difference").asString()).isEqualTo("ONLY_NEIGHBOURHOOD");
		assertThat(mine.at("/comparison/top/OPPORTUNITY").toString()).contains("rioolvervanging");
		assertThat(mine.at("/comparison/approaches/MUNICIPALITY").toString()).contains("tijdlijn");

		People.Person neighbour = people.resident(spijker);
		assertThat(Http.api(port).withToken(neighbour.token()).get(path(spijker)).json().get("answered").asBoolean())
				.as("someone else's answer is not theirs").isFalse();
		String shared = Http.api(port).withToken(neighbour.token()).get(path(spijker) + "s").body();
		assertThat(shared).doesNotContain(saved.json().get("id").asString());
		assertThat(shared).as("the demo's shared party answer").contains(DemoOwnAnswers.PARTY).contains("PARTY");

		assertThat(Http.api(port).withToken(resident.token()).putJson(path(spijker),
				answer(Map.of("GREENERY", 10, "ENERGY", 60, "EMPLOYMENT", 30), true)).status()).isEqualTo(200);
		JsonNode list = Http.api(port).withToken(neighbour.token()).get(path(spijker) + "s").json();
		JsonNode found = null;
		for (JsonNode item : list) {
			if (item.get("id").asString().equals(saved.json().get("id").asString())) {
				found = item;
			}
		}
		assertThat(found).as("shared with the neighbourhood").isNotNull();
		assertThat(found.at("/owner/kind").asString()).isEqualTo("PERSON");
		assertThat(found.toString()).doesNotContain(resident.email()).doesNotContain(resident.account().displayName());
		assertThat(Http.api(port).get(path(spijker) + "s").status()).isEqualTo(401);
		People.Person elsewhere = people.resident(neighbourhood("Hengstdal"));
		assertThat(Http.api(port).withToken(elsewhere.token()).get(path(spijker) + "s").status()).isEqualTo(403);
	}

	@Test
	void anOfficerAnswersForTheirPartyWhichItsOtherOfficersReadAndNobodyElse() {
		NeighbourhoodId spijker = neighbourhood("Spijkerkwartier");
		Party party = catalog.registerParty(catalog.neighbourhood(spijker).programmeId(), Optional.of(spijker),
				"Woonstichting " + UUID.randomUUID().toString().substring(0, 6), PartyType.HOUSING_CORPORATION, null,
				false);
		People.Person officer = people.officer(party.id());
		String partyPath = path(spijker) + "?party=" + party.id();
		Http.Response saved = Http.api(port).withToken(officer.token()).putJson(partyPath,
				answer(Map.of("ENERGY", 100), false));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().at("/owner/name").asString()).isEqualTo(party.name());

		People.Person colleague = people.officer(party.id());
		JsonNode read = Http.api(port).withToken(colleague.token()).get(partyPath).json();
		assertThat(read.get("answered").asBoolean()).isTrue();
		assertThat(read.get("id").asString()).isEqualTo(saved.json().get("id").asString());

		People.Person resident = people.resident(spijker);
		assertThat(Http.api(port).withToken(resident.token()).get(partyPath).status()).isEqualTo(403);
		assertThat(Http.api(port).withToken(resident.token()).putJson(partyPath, answer(Map.of(), true)).status())
				.isEqualTo(403);
		Party elsewhere = catalog.registerParty(catalog.neighbourhood(spijker).programmeId(),
				Optional.of(neighbourhood("Hengstdal")), "Elders " + UUID.randomUUID().toString().substring(0, 6),
				PartyType.ENTREPRENEUR, null, false);
		Http.Response wrongParty = Http.api(port).withToken(people.officer(elsewhere.id()).token())
				.putJson(path(spijker) + "?party=" + elsewhere.id(), answer(Map.of(), false));
		assertThat(wrongParty.status()).isEqualTo(403);
	}

	@Test
	void badInputNamesEachFieldToFixAndStoresNothing() {
		NeighbourhoodId spijker = neighbourhood("Spijkerkwartier");
		People.Person resident = people.resident(spijker);
		Map<String, Object> body = answer(Map.of("GREENERY", -5, "ENERGY", 105, "NOT_A_THEME", 1), true);
		body.put("integral", "x".repeat(2001));
		body.put("approach", "<script>alert(1)</script>");
		Http.Response refused = Http.api(port).withToken(resident.token()).putJson(path(spijker), body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(AtelierApiTest.fields(refused)).contains("integral", "approach", "weights.GREENERY",
				"weights.ENERGY", "weights.NOT_A_THEME");
		assertThat(refused.json().toString()).contains("0").contains("100");

		Http.Response wrongTotal = Http.api(port).withToken(resident.token()).putJson(path(spijker),
				answer(Map.of("GREENERY", 50, "ENERGY", 40), true));
		assertThat(wrongTotal.status()).isEqualTo(400);
		assertThat(AtelierApiTest.fields(wrongTotal)).containsExactly("weights");
		assertThat(wrongTotal.json().toString()).contains("90");

		Http.Response party = Http.api(port).withToken(resident.token())
				.putJson(path(spijker) + "?party=not-an-id", answer(Map.of(), true));
		assertThat(party.status()).isEqualTo(400);
		assertThat(AtelierApiTest.fields(party)).containsExactly("party");

		assertThat(Http.api(port).withToken(resident.token()).get(path(spijker)).json().get("answered").asBoolean())
				.isFalse();
		assertThat(Http.api(port).putJson(path(spijker), answer(Map.of(), false)).status()).isEqualTo(401);
	}

	@Test
	void savesOfOneAnswerAtOnceKeepOneAnswerAndRefuseOnlyWithAConflict() throws Exception {
		NeighbourhoodId spijker = neighbourhood("Spijkerkwartier");
		People.Person resident = people.resident(spijker);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				int points = i;
				answers.add(pool.submit(() -> Http.api(port).withToken(resident.token())
						.putJson(path(spijker), answer(Map.of("ENERGY", 90 + points, "GREENERY", 10 - points), false))
						.status()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from atelier_own_answer where user_id = ?", Integer.class,
				resident.account().id().value())).isEqualTo(1);
	}

	@Test
	void theAuthorsExportHoldsTheirAnswerAndDeletingTheAccountDeletesIt() {
		NeighbourhoodId spijker = neighbourhood("Spijkerkwartier");
		People.Person resident = people.resident(spijker);
		Http api = Http.api(port).withToken(resident.token());
		String id = api.putJson(path(spijker), answer(Map.of("ENERGY", 100), true)).json().get("id").asString();
		JsonNode export = api.get("/api/v1/me/export").json();
		assertThat(export.at("/ownAnswers/0/integral").asString()).contains("van het gas af");
		assertThat(export.at("/ownAnswers/0/weights/ENERGY").asInt()).isEqualTo(100);
		assertThat(api.delete("/api/v1/me").status()).isEqualTo(204);
		assertThat(jdbc.queryForObject("select count(*) from atelier_own_answer where id = ?", Integer.class,
				UUID.fromString(id))).isZero();
	}

	@Test
	void thePageSavesTheAnswerAndShowsTheDifferencesInWordsNotOnlyInColour() {
		NeighbourhoodId spijker = neighbourhood("Spijkerkwartier");
		People.Person resident = people.resident(spijker);
		Http browser = Http.browser(port).login(resident.email(), People.PASSWORD);
		String page = "/neighbourhoods/" + spijker + "/on-your-own";
		Http.Response empty = browser.get(page);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Wat versta jij onder integrale duurzame ontwikkeling?")
				.contains(DemoAteliers.EXAMPLE_TITLE).contains("Niet vergeleken");

		Http.Response wrong = browser.postForm(page, Map.of("integral", "Groen en samen", "weights.ENERGY", "veel",
				"weights.GREENERY", "40"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("utrecht-alert--error").contains("href=\"#weights.ENERGY\"")
				.contains("Groen en samen");

		Http.Response saved = browser.postForm(page, Map.of("integral", "Groen en samen", "weights.ENERGY", "10",
				"weights.GREENERY", "90", "shared", "true"));
		assertThat(saved.status()).isEqualTo(302);
		String shown = browser.get(page).body();
		assertThat(shown).contains("Je antwoord is opgeslagen.").contains("▲ Jij weegt dit zwaarder")
				.contains("▼ Jij weegt dit lichter").contains("○ Alleen de wijk noemt dit thema")
				.contains("Groen en samen");
		assertThat(Http.browser(port).get(page).status()).as("anonymous: to the login page").isEqualTo(302);
	}
}
