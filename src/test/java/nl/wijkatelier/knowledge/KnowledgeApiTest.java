package nl.wijkatelier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

@WijkatelierTest
class KnowledgeApiTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;

	@Test
	void holdsTheInspirationLinksOfTheSeedReport() {
		List<String> urls = new ArrayList<>();
		Http.api(port).get("/api/v1/resources").json().forEach(r -> urls.add(r.get("url").asString()));
		assertThat(urls).contains("https://www.hetkanwel.nl/", "https://steenbreek.nl/", "https://www.verbeterjehuis.nl/",
				"https://www.duurzaamthuis.nl/", "https://www.mijnbuurtje.nl/", "https://www.eentegeneenzaamheid.nl/",
				"https://www.thepollinators.org/nationale-zaaidag", "https://nudge.nl/", "https://www.buurkracht.nl/");
	}

	@Test
	void filtersByTheme() {
		JsonNode greenery = Http.api(port).get("/api/v1/resources?theme=GREENERY").json();
		assertThat(greenery.size()).isGreaterThan(0);
		greenery.forEach(r -> assertThat(r.get("themes").toString()).contains("GREENERY"));
		List<String> titles = new ArrayList<>();
		greenery.forEach(r -> titles.add(r.get("title").asString()));
		assertThat(titles).contains("Steenbreek").doesNotContain("Verbeter je huis");
	}

	@Test
	void searchFollowsAddsChangesAndRemovals() {
		String admin = people.admin().token();
		String word = "zaaimix" + Long.toString(System.nanoTime() % 100000);
		Http.Response added = Http.api(port).withToken(admin).postJson("/api/v1/resources", Map.of("title",
				"Bloemrijke bermen", "url", "https://example.org/bermen", "description", "Een " + word
						+ " voor bijen in de berm.", "kind", "KNOW_HOW", "themes", List.of("BIODIVERSITY")));
		assertThat(added.status()).isEqualTo(201);
		String id = added.json().get("id").asString();
		JsonNode found = Http.api(port).get("/api/v1/search?q=" + word).json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.at("/items/0/title").asString()).isEqualTo("Bloemrijke bermen");
		assertThat(found.at("/items/0/snippet").asString()).contains("<mark>" + word + "</mark>");
		assertThat(found.at("/items/0/themes/0").asString()).isEqualTo("BIODIVERSITY");

		Http.api(port).withToken(admin).putJson("/api/v1/resources/" + id, Map.of("title", "Bloemrijke bermen",
				"url", "https://example.org/bermen", "description", "Nu zonder dat woord.", "kind", "KNOW_HOW",
				"themes", List.of("BIODIVERSITY")));
		assertThat(Http.api(port).get("/api/v1/search?q=" + word).json().get("total").asLong()).isZero();
		JsonNode byTitle = Http.api(port).get("/api/v1/search?q=bloemrijke+bermen").json();
		assertThat(byTitle.get("total").asLong()).as(byTitle.toString()).isEqualTo(1);

		assertThat(Http.api(port).withToken(admin).delete("/api/v1/resources/" + id).status()).isEqualTo(204);
		assertThat(Http.api(port).get("/api/v1/search?q=bloemrijke+bermen").json().get("total").asLong()).isZero();
	}

	@Test
	void aFailedAddLeavesSearchUnchanged() {
		String admin = people.admin().token();
		Http.Response refused = Http.api(port).withToken(admin).postJson("/api/v1/resources", Map.of("title",
				"Spookbron", "url", "https://example.org/spook", "kind", "TOOL", "themes", List.of("UNICORNS")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(Http.api(port).get("/api/v1/search?q=spookbron").json().get("total").asLong()).isZero();
	}

	@Test
	void searchesInDutchAcrossTheSeedLinksAndNeighbourhoods() {
		JsonNode result = Http.api(port).get("/api/v1/search?q=tegels").json();
		List<String> titles = new ArrayList<>();
		result.get("items").forEach(i -> titles.add(i.get("title").asString()));
		assertThat(titles).contains("Steenbreek");
		JsonNode neighbourhood = Http.api(port).get("/api/v1/search?q=Kerschoten&kind=NEIGHBOURHOOD").json();
		assertThat(neighbourhood.at("/items/0/title").asString()).isEqualTo("Kerschoten");
	}

	@Test
	void findsTheTipsAndReportOfThePublishedKnowledgeAtelier() {
		JsonNode tips = Http.api(port).get("/api/v1/search?q=bewoners+weten&kind=TIP").json();
		assertThat(tips.get("total").asLong()).isGreaterThan(0);
		assertThat(tips.at("/items/0/title").asString()).contains("Betrek bewoners");
		assertThat(tips.at("/items/0/url").asString()).matches("/ateliers/.+/report");
		JsonNode exampleTip = Http.api(port).get("/api/v1/search?q=geveltuin+beweging&kind=TIP").json();
		assertThat(exampleTip.get("total").asLong()).as("a participant's tip from question 4").isEqualTo(1);
		assertThat(exampleTip.at("/items/0/snippet").asString()).as("with its neighbourhood and role")
				.contains("Spijkerkwartier").containsAnyOf("Bewoners", "Gemeente", "Woningcorporatie", "Energiebedrijf",
						"Netbeheerder", "Waterschap", "Ondernemer", "Welzijn", "Anders");
		JsonNode reports = Http.api(port).get("/api/v1/search?kind=REPORT&q=kennisatelier").json();
		assertThat(reports.get("total").asLong()).isGreaterThan(0);
	}

	@Test
	void answersBadQueriesSensibly() {
		assertThat(Http.api(port).get("/api/v1/search?q=%22tegels").status()).isEqualTo(200);
		assertThat(Http.api(port).get("/api/v1/search?q=" + "a".repeat(1000)).status()).isEqualTo(200);
		assertThat(Http.api(port).get("/api/v1/search?q=tegels&theme=NOPE").status()).isEqualTo(400);
		assertThat(Http.api(port).get("/api/v1/search?neighbourhood=nope").status()).isEqualTo(400);
	}

	@Test
	void onlyAnAdminChangesResources() {
		assertThat(Http.api(port).postJson("/api/v1/resources", Map.of("title", "x")).status()).isEqualTo(401);
		// Others who are logged in may only propose (KnowledgeReviewTest); changing and removing stay the admin's.
		String other = people.withoutRole().token();
		String someResource = Http.api(port).get("/api/v1/resources").json().get(0).get("id").asString();
		assertThat(Http.api(port).withToken(other).putJson("/api/v1/resources/" + someResource,
				Map.of("title", "x")).status()).isEqualTo(403);
		assertThat(Http.api(port).withToken(other).delete("/api/v1/resources/" + someResource).status())
				.isEqualTo(403);
		assertThat(Http.api(port).withToken(other).postJson("/api/v1/resources/" + someResource + "/approve", "{}")
				.status()).isEqualTo(403);
	}

	@Test
	void refusesAnUnknownTheme() {
		Http.Response response = Http.api(port).get("/api/v1/resources?theme=NOPE");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("theme");
	}
}
