package nl.wijkatelier.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wijkatelier.atelier.Atelier;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.knowledge.KnowledgeSearch;
import nl.wijkatelier.knowledge.SearchDocument;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/**
 * What an atelier learned can be found: a published report is indexed with everything it says, also on an
 * instance that learns of it only through {@code search_change}.
 */
@WijkatelierTest
class ReportSearchTest {

	private static final Random RANDOM = new Random();

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Ateliers ateliers;
	@Autowired
	KnowledgeSearch search;
	@Autowired
	SearchIndexer indexer;
	@Autowired
	JdbcTemplate jdbc;

	static String word(String start) {
		StringBuilder word = new StringBuilder(start);
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

	JsonNode search(String q) {
		return Http.api(port).get("/api/v1/search?q=" + q).json();
	}

	static boolean hasReport(JsonNode results, String url) {
		for (JsonNode item : results.get("items")) {
			if (item.get("type").asString().equals("report") && item.get("url").asString().equals(url)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void regenpijpenFindsTheSeedsKnowledgeAtelierReportInTheApiAndOnTheSearchPage() {
		Atelier seed = ateliers.all().stream().filter(a -> a.title().startsWith("Kennisatelier Integrale"))
				.findFirst().orElseThrow();
		String url = "/ateliers/" + seed.id() + "/report";
		JsonNode results = search("regenpijpen");
		assertThat(hasReport(results, url)).as(results.toString()).isTrue();
		// The seed report's insights, not only its tips: "bestuurders die elkaar voor de voeten lopen".
		assertThat(hasReport(search("bestuurders%20voeten"), url)).isTrue();
		String page = Http.browser(port).get("/knowledge?q=regenpijpen").body();
		assertThat(page).contains("href=\"" + url + "\"").contains(seed.title()).contains("<mark>");
	}

	@Test
	void aPublishedReportIsFoundByEachThingItSaysOnThisInstanceAndThroughSearchChangeOnAnother() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal"))
				.findFirst().orElseThrow().id();
		People.Person facilitator = people.facilitator(where);
		Http api = Http.api(port).withToken(facilitator.token());
		String topic = word("onderwerp");
		Http.Response created = api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", where.toString(), "title",
				"Wijkatelier zoeken", "date", "2026-03-12", "topic", "Thema " + topic, "themes", List.of("ENERGY")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(api.postJson("/api/v1/ateliers/" + id + "/open", "").status()).isEqualTo(200);
		String token = Http.api(port).postJson("/api/v1/ateliers/join/" + created.json().get("joinCode").asString(),
				Map.of("displayName", "Deelnemer", "partyType", "MUNICIPALITY")).json().get("participantToken")
				.asString();
		Map<String, String> said = new LinkedHashMap<>();
		said.put("understanding", word("begrip"));
		said.put("opportunity", word("kans"));
		said.put("challenge", word("uitdaging"));
		said.put("tough", word("taai"));
		said.put("approach", word("aanpak"));
		said.put("tip", word("tip"));
		contribute(token, id, Map.of("question", 1, "text", "Voor ons is het " + said.get("understanding")));
		contribute(token, id, Map.of("question", 2, "kind", "OPPORTUNITY", "text", "Kans: " + said.get("opportunity")));
		contribute(token, id, Map.of("question", 2, "kind", "CHALLENGE", "text", "Lastig: " + said.get("challenge")));
		contribute(token, id, Map.of("question", 2, "kind", "TOUGH_QUESTION", "text", "Vraag: " + said.get("tough")));
		contribute(token, id, Map.of("question", 3, "text", "Wij doen " + said.get("approach")));
		contribute(token, id, Map.of("question", 4, "text", "Tip: " + said.get("tip")));
		String hiddenWord = word("verborgen");
		String hidden = contribute(token, id, Map.of("question", 2, "kind", "CHALLENGE", "text", "Weg " + hiddenWord));
		assertThat(api.postJson("/api/v1/ateliers/" + id + "/contributions/" + hidden + "/hide", "").status())
				.isEqualTo(204);
		String insight = word("inzicht");
		assertThat(api.postJson("/api/v1/ateliers/" + id + "/publish", Map.of("insights", "Wat we leerden: " + insight))
				.status()).isEqualTo(200);

		String url = "/ateliers/" + id + "/report";
		said.put("topic", topic);
		said.put("insight", insight);
		said.forEach((what, word) -> assertThat(hasReport(search(word), url)).as(what + ": " + word).isTrue());
		assertThat(search(hiddenWord).get("total").asLong()).as("a hidden contribution").isZero();

		// Another instance knows nothing of the publication but the row in search_change, and re-reads it.
		String subject = "report:" + id;
		assertThat(jdbc.queryForObject("select count(*) from search_change where subject = ?", Integer.class, subject))
				.isEqualTo(1);
		search.remove(subject);
		assertThat(hasReport(search(said.get("approach")), url)).isFalse();
		indexer.refresh(subject);
		said.forEach((what, word) -> assertThat(hasReport(search(word), url)).as("after refresh, " + what).isTrue());
	}

	@Test
	void aTipHiddenOnOneInstanceLeavesTheSearchOfAnotherThroughSearchChange() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal"))
				.findFirst().orElseThrow().id();
		String word = word("regenton");
		Http.Response shared = Http.api(port).withToken(people.resident(where).token()).postJson("/api/v1/tips",
				Map.of("neighbourhoodId", where.toString(), "partyType", "RESIDENT", "text", "Een " + word,
						"themes", List.of()));
		String tip = shared.json().get("id").asString();
		Http.api(port).withHeader("X-Forwarded-For", "2001:db8::" + Integer.toHexString(RANDOM.nextInt(0xffff)))
				.postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", "Onjuist"));
		assertThat(Http.api(port).withToken(people.admin().token()).postJson("/api/v1/tips/" + tip + "/review",
				Map.of("decision", "HIDE")).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from search_change where subject = ?", Integer.class,
				"tip:" + tip)).isEqualTo(2);
		// As an instance that still had the tip indexed: re-reading the subject removes it.
		search.index(new SearchDocument("tip:" + tip, "tip", word, word, "/knowledge/tips", List.of(), "TIP",
				Optional.of(where)));
		assertThat(search(word).get("total").asLong()).isEqualTo(1);
		indexer.refresh("tip:" + tip);
		assertThat(search(word).get("total").asLong()).isZero();
	}

	String contribute(String token, String atelier, Map<String, Object> body) {
		Http.Response response = Http.api(port).withToken(token).postJson("/api/v1/ateliers/" + atelier
				+ "/contributions", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}
}
