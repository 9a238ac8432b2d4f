package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * The seeded demo programme links each of its nine neighbourhoods to the CBS areas public sources place it in, and
 * the API, the neighbourhood page and the forms name those areas.
 */
@WijkatelierTest
class DemoNeighbourhoodAreasTest {

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	CbsKeyFigures cbs;

	@Test
	void theApiShowsEachDemoNeighbourhoodsCodesWithTheirNames() {
		Programme demo = catalog.programmes().stream().filter(p -> p.slug().equals("wijk-van-de-toekomst")).findFirst()
				.orElseThrow();
		JsonNode list = Http.api(port).get("/api/v1/neighbourhoods?programmeId=" + demo.id()).json();
		Map<String, List<String>> areas = new LinkedHashMap<>();
		Map<String, JsonNode> byName = new LinkedHashMap<>();
		for (JsonNode n : list) {
			List<String> named = new ArrayList<>();
			n.path("areas").forEach(a -> named.add(a.path("code").asString() + " " + a.path("name").asString()));
			areas.put(n.path("name").asString(), named);
			byName.put(n.path("name").asString(), n);
		}

		assertThat(areas).containsEntry("Hengstdal", List.of("WK026802 Nijmegen-Oost"))
				.containsEntry("Spijkerkwartier", List.of("WK020202 Spijkerkwartier"))
				.containsEntry("Benedenbuurt", List.of("WK028907 Boven- en Benedenbuurt"))
				.containsEntry("Groen West", List.of("BU02021471 Lombok", "BU02021473 Brouwerijweg e.o.",
						"BU02021474 Heijenoord", "BU02021572 Klingelbeek"))
				.containsEntry("Craneveer", List.of("WK020209 Alteveer/Cranevelt"))
				.containsEntry("Hoogkamp", List.of("BU02021264 Hoogkamp"))
				.containsEntry("Energiek Apeldoorn", List.of("GM0200 Apeldoorn"))
				.containsEntry("Kerschoten", List.of())
				.containsEntry("Loenen op de Veluwe", List.of("WK020013 Loenen en omgeving"));
		assertThat(byName.get("Groen West").path("codes").size()).isEqualTo(4);
		assertThat(byName.get("Groen West").path("code").asString()).isEqualTo("BU02021471");

		// A wijk has the CBS figures; a set of buurten has none in the shipped table, so none are made up.
		JsonNode craneveer = Http.api(port).get("/api/v1/neighbourhoods/" + byName.get("Craneveer").path("id")
				.asString()).json();
		assertThat(craneveer.at("/keyFigures/inhabitants").asLong())
				.isEqualTo(cbs.of(new CbsCode("WK020209")).orElseThrow().inhabitants().getAsLong());
		JsonNode groenWest = Http.api(port).get("/api/v1/neighbourhoods/" + byName.get("Groen West").path("id")
				.asString()).json();
		assertThat(groenWest.path("keyFigures").isNull() || groenWest.path("keyFigures").isMissingNode()).isTrue();
		assertThat(groenWest.at("/municipalityKeyFigures/code").asString()).isEqualTo("GM0202");
	}

	@Test
	void theNeighbourhoodPageAndItsFormsNameTheCodes(@Autowired People people) {
		Neighbourhood craneveer = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Craneveer"))
				.findFirst().orElseThrow();

		String page = Http.api(port).get("/neighbourhoods/" + craneveer.id()).body();
		assertThat(page).contains("WK020209 \u2014 Alteveer/Cranevelt");

		Http admin = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		String edit = admin.get("/neighbourhoods/" + craneveer.id() + "/edit").body();
		assertThat(edit).contains("id=\"code-names\"", "Bij CBS (2024): WK020209 \u2014 Alteveer/Cranevelt",
				"aria-describedby=\"code-description code-names\"");

		// A form sent back for another mistake names the codes typed, and leaves out what is not a code.
		Http.Response refused = admin.postForm("/neighbourhoods", Map.of("name", "", "municipality", "Arnhem", "code",
				"wk020202, BU02021264, geen-code"));
		assertThat(refused.body()).contains(
				"Bij CBS (2024): WK020202 \u2014 Spijkerkwartier, BU02021264 \u2014 Hoogkamp");
	}
}
