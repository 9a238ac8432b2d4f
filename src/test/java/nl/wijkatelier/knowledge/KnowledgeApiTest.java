package nl.wijkatelier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

@WijkatelierTest
class KnowledgeApiTest {

	@LocalServerPort
	int port;

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
	void refusesAnUnknownTheme() {
		Http.Response response = Http.api(port).get("/api/v1/resources?theme=NOPE");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("theme");
	}
}
