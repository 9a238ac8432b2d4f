package nl.wijkatelier.programme;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.PdokStubTest;
import nl.wijkatelier.support.People;

/**
 * Registering a neighbourhood by its CBS codes fetches its boundary from PDOK's OGC API Features, here a local
 * WireMock server answering with recorded-shape PDOK answers: a wijk, a set of buurten, a code PDOK does not know,
 * a server error and a timeout; and an uploaded boundary works without PDOK.
 */
class PdokBoundariesTest extends PdokStubTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	private Http admin;

	@BeforeEach
	void stubs() {
		PDOK.resetAll();
		answer("/collections/wijken/items", "wijkcode", "WK020202", "wijken-WK020202.json");
		answer("/collections/buurten/items", "buurtcode", "BU02020201", "buurten-BU02020201.json");
		answer("/collections/buurten/items", "buurtcode", "BU02020202", "buurten-BU02020202.json");
		answer("/collections/buurten/items", "buurtcode", "BU02029999", "buurten-empty.json");
		PDOK.stubFor(get(urlPathEqualTo(OGC + "/collections/wijken/items")).withQueryParam("wijkcode", equalTo("WK020201"))
				.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
						.withBody(fixture("error-500.json"))));
		PDOK.stubFor(get(urlPathEqualTo(OGC + "/collections/wijken/items")).withQueryParam("wijkcode", equalTo("WK020203"))
				.willReturn(aResponse().withFixedDelay(30_000).withHeader("Content-Type", "application/geo+json")
						.withBody(fixture("wijken-WK020202.json"))));
		admin = Http.api(port).withToken(people.admin().token());
	}

	private static void answer(String path, String parameter, String code, String file) {
		PDOK.stubFor(get(urlPathEqualTo(OGC + path)).withQueryParam(parameter, equalTo(code))
				.withQueryParam("f", equalTo("json"))
				.willReturn(aResponse().withHeader("Content-Type", "application/geo+json").withBody(fixture(file))));
	}

	/** Registers in the demo programme (other tests start programmes of their own in the same database). */
	private Http.Response register(Map<String, Object> body) {
		Map<String, Object> withProgramme = new HashMap<>(body);
		withProgramme.put("programmeId", catalog.defaultProgramme().orElseThrow().id().toString());
		return admin.postJson("/api/v1/neighbourhoods", withProgramme);
	}

	private static String name(String base) {
		return base + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void registeringByAWijkCodeStoresItsBoundaryFromPdok() {
		Http.Response registered = register(Map.of("name", name("Spijkerkwartier"), "code", "WK020202",
				"municipality", "Arnhem"));

		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.json().get("boundary").asString()).isEqualTo("FETCHED");
		assertThat(registered.json().get("codes")).extracting(JsonNode::asString).containsExactly("WK020202");
		PDOK.verify(getRequestedFor(urlPathEqualTo(OGC + "/collections/wijken/items"))
				.withQueryParam("wijkcode", equalTo("WK020202")).withQueryParam("f", equalTo("json")));
		JsonNode detail = Http.api(port).get("/api/v1/neighbourhoods/" + registered.json().get("id").asString()).json();
		assertThat(detail.at("/boundary/type").asString()).isEqualTo("Polygon");
		assertThat(detail.at("/boundary/coordinates/0/0/0").asDouble()).isEqualTo(5.9148);
		assertThat(detail.at("/keyFigures/inhabitants").asLong()).isEqualTo(6880);

		String page = Http.api(port).get("/neighbourhoods/" + registered.json().get("id").asString()).body();
		assertThat(page).contains("id=\"boundary-map\"", "data-boundary=");
		Http.Response dashboard = Http.api(port)
				.get("/programmes/" + catalog.defaultProgramme().orElseThrow().slug() + "/dashboard");
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.body()).contains("data-boundary=\"{&quot;type&quot;:&quot;Polygon");
	}

	@Test
	void aSetOfBuurtenBecomesOneBoundaryAndTheirCodesAreKept() {
		Http.Response registered = register(Map.of("name", name("Spijker-initiatief"), "codes",
				List.of("BU02020201", "bu02020202"), "municipality", "Arnhem"));

		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.json().get("codes")).extracting(JsonNode::asString)
				.containsExactly("BU02020201", "BU02020202");
		JsonNode detail = Http.api(port).get("/api/v1/neighbourhoods/" + registered.json().get("id").asString()).json();
		assertThat(detail.at("/boundary/type").asString()).isEqualTo("MultiPolygon");
		assertThat(detail.at("/boundary/coordinates")).hasSize(2);
		assertThat(detail.at("/neighbourhood/municipalityCode").asString()).isEqualTo("GM0202");
	}

	@Test
	void aCodePdokDoesNotKnowIsRefusedAndNothingIsStored() {
		String name = name("Spookbuurt");

		Http.Response refused = register(Map.of("name", name, "code", "BU02029999", "municipality", "Arnhem"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("code");
		assertThat(refused.json().at("/errors/0/message").asString()).contains("BU02029999", "PDOK");
		assertThat(catalog.neighbourhoods()).extracting(Neighbourhood::name).doesNotContain(name);
	}

	@Test
	void anErrorOrNoAnswerFromPdokStillRegistersTheNeighbourhoodWithoutBoundary() {
		Http.Response afterError = register(Map.of("name", name("Centrum"), "code", "WK020201", "municipality", "Arnhem"));
		Http.Response afterTimeout = register(Map.of("name", name("Broek"), "code", "WK020203", "municipality", "Arnhem"));

		assertThat(afterError.status()).isEqualTo(201);
		assertThat(afterError.json().get("boundary").asString()).isEqualTo("UNAVAILABLE");
		assertThat(afterError.json().get("boundaryNote").asString()).contains("500");
		assertThat(afterError.json().get("hasBoundary").asBoolean()).isFalse();
		assertThat(afterTimeout.status()).isEqualTo(201);
		assertThat(afterTimeout.json().get("boundary").asString()).isEqualTo("UNAVAILABLE");
		assertThat(afterTimeout.json().get("boundaryNote").asString()).containsIgnoringCase("timeout");
	}

	@Test
	void anUploadedBoundaryNeedsNoPdokAndCoordinatesMustBeWgs84() {
		Http.Response registered = register(Map.of("name", name("Eigen grens"), "municipality", "Arnhem"));
		String id = registered.json().get("id").asString();
		String path = "/api/v1/neighbourhoods/" + id + "/boundary";

		Http.Response rd = admin.putJson(path, """
				{"type": "Polygon", "coordinates": [[[190000, 444000], [191000, 444000], [191000, 445000], [190000, 444000]]]}""");
		assertThat(rd.status()).isEqualTo(400);
		assertThat(rd.json().at("/errors/0/message").asString()).contains("WGS84");

		Http.Response uploaded = admin.putJson(path, """
				{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
				 "geometry": {"type": "Polygon", "coordinates": [[[5.90, 51.98], [5.91, 51.98], [5.91, 51.99], [5.90, 51.98]]]}}]}""");
		assertThat(uploaded.status()).isEqualTo(200);
		assertThat(uploaded.json().at("/boundary/type").asString()).isEqualTo("Polygon");
		assertThat(catalog.neighbourhood(new NeighbourhoodId(UUID.fromString(id))).boundaryGeoJson()).isPresent();
		assertThat(PDOK.getAllServeEvents()).isEmpty();
	}

	@Test
	void aBoundaryIsFetchedAgainOnRequest() {
		Http.Response registered = register(Map.of("name", name("Later"), "code", "WK020201", "municipality", "Arnhem"));
		String id = registered.json().get("id").asString();
		answer("/collections/wijken/items", "wijkcode", "WK020201", "wijken-WK020202.json");

		Http.Response fetched = admin.postJson("/api/v1/neighbourhoods/" + id + "/boundary/fetch", "{}");

		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json().get("neighbourhood").get("hasBoundary").asBoolean()).isTrue();
	}
}
