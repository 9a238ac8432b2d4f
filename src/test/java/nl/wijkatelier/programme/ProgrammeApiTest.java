package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

@WijkatelierTest
class ProgrammeApiTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	@Test
	void listsTheNineSeedNeighbourhoodsWithTheirWebsites() {
		Http.Response response = Http.api(port).get("/api/v1/neighbourhoods");
		assertThat(response.status()).isEqualTo(200);
		Map<String, String> websites = new HashMap<>();
		Map<String, String> municipalities = new HashMap<>();
		for (JsonNode n : response.json()) {
			assertThat(n.has("id") && n.has("name") && n.has("code") && n.has("municipality") && n.has("website")).isTrue();
			websites.put(n.get("name").asString(), n.get("website").asString());
			municipalities.put(n.get("name").asString(), n.get("municipality").asString());
		}
		assertThat(websites).containsEntry("Hengstdal", "https://duurzaamhengstdal.nl/")
				.containsEntry("Spijkerkwartier", "https://mijnspijkerkwartier.nl/pagina/spijkerenergie")
				.containsEntry("Benedenbuurt", "https://www.benedenbuurtwageningen.nl/")
				.containsEntry("Groen West", "https://groenwestarnhem.nl/")
				.containsEntry("Craneveer", "https://www.duurzaamcraneveer.nl/")
				.containsEntry("Hoogkamp", "https://www.hoogkampenergie.nl/")
				.containsEntry("Energiek Apeldoorn", "https://www.energiekapeldoorn.nl/")
				.containsEntry("Kerschoten", "https://www.kerschotenenergieneutraal.nl/")
				.containsEntry("Loenen op de Veluwe", "https://loenenopdeveluwe.info/");
		assertThat(municipalities).containsEntry("Hengstdal", "Nijmegen").containsEntry("Benedenbuurt", "Wageningen")
				.containsEntry("Kerschoten", "Apeldoorn").containsEntry("Craneveer", "Arnhem");
	}

	@Test
	void showsRealCbsKeyFiguresForAKnownDistrict() {
		String id = idOf("Spijkerkwartier");
		JsonNode detail = Http.api(port).get("/api/v1/neighbourhoods/" + id).json();
		assertThat(detail.at("/neighbourhood/code").asString()).isEqualTo("WK020202");
		assertThat(detail.at("/keyFigures/inhabitants").asLong()).isEqualTo(6880);
		assertThat(detail.at("/municipalityKeyFigures/inhabitants").asLong()).isEqualTo(167632);
		assertThat(detail.at("/keyFigures/source").asString()).contains("CBS");
	}

	@Test
	void anonymousCannotRegisterANeighbourhood() {
		Http.Response response = Http.api(port).postJson("/api/v1/neighbourhoods",
				inProgramme(Map.of("name", "Anoniem", "municipality", "Arnhem")));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
	}

	@Test
	void aResidentMayNotRegisterANeighbourhood() {
		var resident = people.resident(new NeighbourhoodId(UUID.fromString(idOf("Hengstdal"))));
		Http.Response response = Http.api(port).withToken(resident.token()).postJson("/api/v1/neighbourhoods",
				inProgramme(Map.of("name", "Niet van mij", "municipality", "Arnhem")));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void anOfficerRegistersANeighbourhood() {
		var officer = people.officer(anyParty());
		String name = "Presikhaaf-West " + UUID.randomUUID().toString().substring(0, 6);
		Http.Response response = Http.api(port).withToken(officer.token()).postJson("/api/v1/neighbourhoods",
				inProgramme(Map.of("name", name, "code", "wk020211", "municipality", "Arnhem",
						"website", "https://example.org/presikhaaf", "description", "Nieuwe wijk")));
		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		assertThat(body.get("code").asString()).isEqualTo("WK020211");
		assertThat(body.get("municipalityCode").asString()).isEqualTo("GM0202");
		assertThat(response.header("Location")).endsWith("/api/v1/neighbourhoods/" + body.get("id").asString());
		assertThat(names()).contains(name);
	}

	@Test
	void rejectsInvalidCbsCodeAndStoresNothing() {
		String admin = people.admin().token();
		int before = names().size();
		Http.Response response = Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods",
				inProgramme(Map.of("name", "Foutwijk", "code", "WK12", "municipality", "Arnhem")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("code");
		assertThat(response.json().at("/errors/0/message").asString()).contains("CBS");
		assertThat(names()).hasSize(before).doesNotContain("Foutwijk");
	}

	@Test
	void rejectsACodeCbsDoesNotKnow() {
		Http.Response response = Http.api(port).withToken(people.admin().token()).postJson("/api/v1/neighbourhoods",
				inProgramme(Map.of("name", "Spookwijk", "code", "WK999999", "municipality", "Nergens")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("code");
		assertThat(names()).doesNotContain("Spookwijk");
	}

	@Test
	void namesEveryFieldToFix() {
		Http.Response response = Http.api(port).withToken(people.admin().token()).postJson("/api/v1/neighbourhoods",
				inProgramme(Map.of("name", " ", "municipality", "x".repeat(201), "website", "geen-adres", "description",
						"y".repeat(4001))));
		assertThat(response.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "municipality", "website", "description");
	}

	@Test
	void answersInEnglishWhenAsked() {
		Http.Response response = Http.api(port).withToken(people.admin().token()).postJson(
				"/api/v1/neighbourhoods?lang=en", inProgramme(Map.of("name", "", "municipality", "Arnhem")));
		assertThat(response.json().at("/errors/0/message").asString()).isEqualTo("Please fill in this field.");
	}

	@Test
	void rejectsMalformedJson() {
		Http.Response response = Http.api(port).withToken(people.admin().token()).postJson("/api/v1/neighbourhoods",
				"{\"name\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("title").asString()).isNotBlank();
	}

	@Test
	void anAdminEditsANeighbourhoodAndArchivesIt() {
		String admin = people.admin().token();
		String name = "Tijdelijke wijk " + UUID.randomUUID().toString().substring(0, 6);
		String id = Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods",
				inProgramme(Map.of("name", name, "code", "WK020211", "municipality", "Arnhem"))).json().get("id").asString();
		Http.Response edited = Http.api(port).withToken(admin).putJson("/api/v1/neighbourhoods/" + id,
				Map.of("name", name + " bewerkt", "municipality", "Arnhem", "website", "https://example.org/wijk"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("name").asString()).isEqualTo(name + " bewerkt");
		assertThat(edited.json().get("municipalityCode").asString()).as("kept without a CBS code").isEqualTo("GM0202");
		Http.Response invalid = Http.api(port).withToken(admin).putJson("/api/v1/neighbourhoods/" + id,
				Map.of("name", "", "municipality", "Arnhem"));
		assertThat(invalid.json().at("/errors/0/field").asString()).isEqualTo("name");

		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods/" + id + "/archive", Map.of())
				.status()).isEqualTo(204);
		Http.Response gone = Http.api(port).get("/api/v1/neighbourhoods/" + id);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.header("Content-Type")).contains("application/problem+json");
		assertThat(Http.api(port).get("/api/v1/neighbourhoods/" + id + "/parties").status()).isEqualTo(404);
		assertThat(Http.browser(port).get("/neighbourhoods/" + id).status()).isEqualTo(404);
		assertThat(names()).doesNotContain(name, name + " bewerkt");
	}

	@Test
	void aFacilitatorMayNotEditOrArchiveTheirNeighbourhood() {
		var facilitator = people.facilitator(new NeighbourhoodId(
				UUID.fromString(idOf("Craneveer"))));
		Http api = Http.api(port).withToken(facilitator.token());
		assertThat(api.putJson("/api/v1/neighbourhoods/" + idOf("Craneveer"), Map.of("name", "Overgenomen",
				"municipality", "Arnhem")).status()).isEqualTo(403);
		assertThat(api.postJson("/api/v1/neighbourhoods/" + idOf("Craneveer") + "/archive", Map.of()).status())
				.isEqualTo(403);
		assertThat(names()).contains("Craneveer");
	}

	@Test
	void listsThemesWithTheirCoBenefits() {
		JsonNode themes = Http.api(port).get("/api/v1/themes").json();
		List<String> codes = new ArrayList<>();
		themes.forEach(t -> codes.add(t.get("code").asString()));
		assertThat(codes).contains("ENERGY", "GREENERY", "BIODIVERSITY", "CLIMATE_ADAPTATION", "SOCIAL_COHESION",
				"EMPLOYMENT", "INFRASTRUCTURE", "SAFETY", "HEALTH");
		JsonNode greenery = null;
		for (JsonNode t : themes) {
			if (t.get("code").asString().equals("GREENERY")) {
				greenery = t;
			}
		}
		assertThat(greenery.get("name").asString()).isEqualTo("Groen");
		List<String> links = new ArrayList<>();
		greenery.get("coBenefits").forEach(c -> links.add(c.asString()));
		assertThat(links).contains("BIODIVERSITY", "CLIMATE_ADAPTATION", "HEALTH", "SOCIAL_COHESION");
	}

	@Test
	void anAdminAddsAThemeAndLinksIt() {
		String admin = people.admin().token();
		String code = "MOBILITY_" + Long.toString(System.nanoTime() % 1_000_000);
		Http.Response added = Http.api(port).withToken(admin).postJson("/api/v1/themes",
				Map.of("code", code.toLowerCase(Locale.ROOT), "nameNl", "Mobiliteit", "nameEn", "Mobility"));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("code").asString()).isEqualTo(code);
		Http.Response duplicate = Http.api(port).withToken(admin).postJson("/api/v1/themes",
				Map.of("code", code, "nameNl", "Nog eens"));
		assertThat(duplicate.status()).isEqualTo(400);
		Http.Response linked = Http.api(port).withToken(admin).putJson("/api/v1/themes/" + code + "/co-benefits",
				List.of("HEALTH", "SAFETY"));
		assertThat(linked.status()).isEqualTo(200);
		assertThat(linked.json().get("coBenefits").toString()).contains("HEALTH", "SAFETY");
	}

	@Test
	void refusesAnUnknownThemeAndKeepsTheOldLinks() {
		String admin = people.admin().token();
		Http.Response response = Http.api(port).withToken(admin).putJson("/api/v1/themes/ENERGY/co-benefits",
				List.of("HEALTH", "UNICORNS"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/message").asString()).contains("UNICORNS");
		JsonNode energy = null;
		for (JsonNode t : Http.api(port).get("/api/v1/themes").json()) {
			if (t.get("code").asString().equals("ENERGY")) {
				energy = t;
			}
		}
		assertThat(energy.get("coBenefits").toString()).contains("EMPLOYMENT", "HEALTH");
	}

	@Test
	void onlyAnAdminEditsThemes() {
		var resident = people.withoutRole();
		assertThat(Http.api(port).withToken(resident.token()).postJson("/api/v1/themes",
				Map.of("code", "NOPE", "nameNl", "Nee")).status()).isEqualTo(403);
		assertThat(Http.api(port).postJson("/api/v1/themes", Map.of("code", "NOPE", "nameNl", "Nee")).status())
				.isEqualTo(401);
	}

	@Test
	void describesTheApiInOpenApi() {
		JsonNode docs = Http.api(port).get("/v3/api-docs").json();
		assertThat(docs.get("openapi").asString()).startsWith("3.");
		assertThat(docs.get("paths").has("/api/v1/neighbourhoods")).isTrue();
		assertThat(docs.get("paths").has("/api/v1/themes")).isTrue();
		assertThat(docs.get("paths").has("/api/v1/tokens")).isTrue();
	}

	@Test
	void reportsHealth() {
		assertThat(Http.api(port).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
	}

	private String idOf(String name) {
		for (JsonNode n : Http.api(port).get("/api/v1/neighbourhoods").json()) {
			if (n.get("name").asString().equals(name)) {
				return n.get("id").asString();
			}
		}
		throw new AssertionError("no neighbourhood " + name);
	}

	private List<String> names() {
		List<String> names = new ArrayList<>();
		Http.api(port).get("/api/v1/neighbourhoods").json().forEach(n -> names.add(n.get("name").asString()));
		return names;
	}

	private PartyId anyParty() {
		return catalog.parties(catalog.defaultProgramme().orElseThrow().id()).get(0).id();
	}

	/**
	 * The body with the default programme named: other test classes share this database and may have started a
	 * programme of their own, after which the programme must be chosen.
	 */
	private Map<String, Object> inProgramme(Map<String, ?> body) {
		Map<String, Object> named = new LinkedHashMap<>(body);
		named.put("programmeId", catalog.defaultProgramme().orElseThrow().id().toString());
		return named;
	}
}
