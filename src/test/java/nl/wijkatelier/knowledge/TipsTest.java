package nl.wijkatelier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

@WijkatelierTest
class TipsTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	@Test
	void aResidentSharesATipThatIsFoundWithItsNeighbourhoodAndRole() {
		NeighbourhoodId hengstdal = neighbourhood("Hengstdal");
		var resident = people.resident(hengstdal);
		String word = "buurtsoep" + Long.toString(System.nanoTime() % 100000);
		Http.Response shared = Http.api(port).withToken(resident.token()).postJson("/api/v1/tips", Map.of(
				"neighbourhoodId", hengstdal.toString(), "partyType", "RESIDENT", "text",
				"Begin met een " + word + " op het plein: dan leer je je buren kennen.", "themes",
				List.of("SOCIAL_COHESION")));
		assertThat(shared.status()).isEqualTo(201);
		String id = shared.json().get("id").asString();

		JsonNode found = Http.api(port).get("/api/v1/search?q=" + word + "&kind=TIP&neighbourhood=" + hengstdal).json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.at("/items/0/snippet").asString()).contains("Hengstdal").contains("Bewoners");
		assertThat(found.at("/items/0/themes/0").asString()).isEqualTo("SOCIAL_COHESION");
		assertThat(Http.api(port).get("/api/v1/search?q=" + word + "&neighbourhood=" + neighbourhood("Kerschoten"))
				.json().get("total").asLong()).isZero();
		assertThat(Http.browser(port).get("/knowledge/tips").body()).contains(word);

		assertThat(Http.api(port).withToken(resident.token()).delete("/api/v1/tips/" + id).status()).isEqualTo(403);
		assertThat(Http.api(port).withToken(people.admin().token()).delete("/api/v1/tips/" + id).status())
				.isEqualTo(204);
		assertThat(Http.api(port).get("/api/v1/search?q=" + word).json().get("total").asLong()).isZero();
	}

	@Test
	void onlyPeopleOfTheNeighbourhoodShareItsTips() {
		NeighbourhoodId hengstdal = neighbourhood("Hengstdal");
		var outsider = people.resident(neighbourhood("Kerschoten"));
		Map<String, Object> tip = Map.of("neighbourhoodId", hengstdal.toString(), "partyType", "RESIDENT", "text",
				"Een tip van buiten");
		assertThat(Http.api(port).withToken(outsider.token()).postJson("/api/v1/tips", tip).status()).isEqualTo(403);
		assertThat(Http.api(port).postJson("/api/v1/tips", tip).status()).isEqualTo(401);
	}

	@Test
	void refusesAnEmptyTipAnUnknownRoleAndAnUnknownThemeAndStoresNothing() {
		NeighbourhoodId hengstdal = neighbourhood("Hengstdal");
		var resident = people.resident(hengstdal);
		int before = Http.api(port).get("/api/v1/tips?neighbourhood=" + hengstdal).json().size();
		Http.Response empty = Http.api(port).withToken(resident.token()).postJson("/api/v1/tips",
				Map.of("neighbourhoodId", hengstdal.toString(), "partyType", "RESIDENT", "text", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().at("/errors/0/field").asString()).isEqualTo("text");
		assertThat(Http.api(port).withToken(resident.token()).postJson("/api/v1/tips", Map.of("neighbourhoodId",
				hengstdal.toString(), "partyType", "ALIEN", "text", "x")).status()).isEqualTo(400);
		assertThat(Http.api(port).withToken(resident.token()).postJson("/api/v1/tips", Map.of("neighbourhoodId",
				hengstdal.toString(), "partyType", "RESIDENT", "text", "x", "themes", List.of("NOPE"))).status())
				.isEqualTo(400);
		assertThat(Http.api(port).withToken(resident.token()).postJson("/api/v1/tips", Map.of("neighbourhoodId",
				hengstdal.toString(), "partyType", "RESIDENT", "text", "y".repeat(2001))).status()).isEqualTo(400);
		assertThat(Http.api(port).get("/api/v1/tips?neighbourhood=" + hengstdal).json().size()).isEqualTo(before);
	}

	private NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}
}
