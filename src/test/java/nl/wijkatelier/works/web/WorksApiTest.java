package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/** Officers import, change and export tasks and pots over the API; couplings follow every change. */
@WijkatelierTest
class WorksApiTest {

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	AuditLog audit;

	private Neighbourhood neighbourhood;
	private Party sewerParty;
	private Party gridParty;

	@BeforeEach
	void ownNeighbourhood() {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Testwijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		sewerParty = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Gemeente " + suffix,
				PartyType.MUNICIPALITY, null, false);
		gridParty = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Net " + suffix,
				PartyType.GRID_OPERATOR, null, false);
	}

	private String path(String rest) {
		return "/api/v1/neighbourhoods/" + neighbourhood.id().value() + rest;
	}

	private static String feature(String id, String owner, String type, double lon, String from, String to) {
		return """
				{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[%s, 51.9850], [%s, 51.9855]]},
				 "properties": {"id": "%s", "title": "Werk %s", "owner": "%s", "type": "%s", "earliestStart": "%s",
				  "latestEnd": "%s", "durationDays": 30, "cost": 100000, "shareableCost": 40000, "themes": ["INFRASTRUCTURE"]}}"""
				.formatted(lon, lon, id, id, owner, type, from, to);
	}

	private static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
	}

	private Http.Response post(String token, String path, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Http.Response(r.statusCode(), r.body(), r.headers());
	}

	@Test
	void officersImportTheirTasksAndSeeTheCouplings() throws Exception {
		String sewer = people.officer(sewerParty.id()).token();
		String grid = people.officer(gridParty.id()).token();

		assertThat(post(sewer, path("/tasks"), "application/geo+json", collection(
				feature("R-1", sewerParty.name(), "SEWER_REPLACEMENT", 5.9200, "2027-01-01", "2027-12-31"))).status()).isEqualTo(200);
		Http.Response imported = post(grid, path("/tasks"), "application/geo+json", collection(
				feature("E-1", gridParty.name(), "ELECTRICITY_GRID", 5.92005, "2027-06-01", "2028-06-01"),
				feature("E-2", gridParty.name(), "ELECTRICITY_GRID", 5.92002, "2029-01-01", "2029-12-31")));

		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(2);
		JsonNode couplings = Http.api(port).get(path("/couplings")).json();
		assertThat(couplings.get("tasks").asInt()).isEqualTo(3);
		assertThat(couplings.get("pairs")).hasSize(1);
		assertThat(couplings.get("pairs").get(0).get("a").asString()).isEqualTo("E-1");
		assertThat(couplings.get("pairs").get(0).get("b").asString()).isEqualTo("R-1");
		assertThat(couplings.get("pairs").get(0).get("potentialSaving").asInt()).isEqualTo(40000);
		assertThat(couplings.get("nearMisses")).extracting(n -> n.get("a").asString() + n.get("b").asString())
				.containsExactlyInAnyOrder("E-1E-2", "E-2R-1");
		assertThat(audit.latest()).anySatisfy(e -> assertThat(e.detail()).contains("E-2"));
	}

	@Test
	void aBrokenFileAnswersEveryErrorAndStoresNothing() throws Exception {
		String sewer = people.officer(sewerParty.id()).token();
		String body = collection(feature("R-1", sewerParty.name(), "SEWER_REPLACEMENT", 5.92, "2027-01-01", "2027-12-31"),
				feature("R-2", sewerParty.name(), "SEWAGE", 5.92, "2027-01-01", "2026-12-31"),
				feature("R-3", "Onbekende partij", "FIBRE", 5.92, "2027-01-01", "2027-12-31"));

		Http.Response response = post(sewer, path("/tasks"), "application/geo+json", body);

		assertThat(response.status()).isEqualTo(400);
		JsonNode errors = response.json().get("errors");
		assertThat(errors).extracting(e -> e.get("number").asInt() + " " + e.get("taskId").asString() + " " + e.get("field").asString())
				.containsExactlyInAnyOrder("2 R-2 type", "2 R-2 latestEnd");
		assertThat(Http.api(port).get(path("/couplings")).json().get("tasks").asInt()).isZero();

		Http.Response owner = post(sewer, path("/tasks"), "application/geo+json",
				collection(feature("R-3", "Onbekende partij", "FIBRE", 5.92, "2027-01-01", "2027-12-31")));
		assertThat(owner.status()).isEqualTo(400);
		assertThat(owner.json().get("errors").get(0).get("field").asString()).isEqualTo("owner");
	}

	@Test
	void onlyOfficersOfTheOwnerChangeItsTasks() throws Exception {
		String grid = people.officer(gridParty.id()).token();
		String body = collection(feature("R-1", sewerParty.name(), "SEWER_REPLACEMENT", 5.92, "2027-01-01", "2027-12-31"));

		assertThat(post(null, path("/tasks"), "application/geo+json", body).status()).isEqualTo(401);
		Http.Response wrongParty = post(grid, path("/tasks"), "application/geo+json", body);
		assertThat(wrongParty.status()).isEqualTo(400);
		assertThat(wrongParty.body()).contains("owner");
		assertThat(post(people.admin().token(), path("/tasks"), "application/geo+json", body).status()).isEqualTo(200);
	}

	@Test
	void movingOneTaskReEvaluatesOnlyItsCouplings() throws Exception {
		String sewer = people.officer(sewerParty.id()).token();
		post(sewer, path("/tasks"), "application/geo+json", collection(
				feature("R-1", sewerParty.name(), "SEWER_REPLACEMENT", 5.9200, "2027-01-01", "2027-12-31"),
				feature("R-2", sewerParty.name(), "WATER_MAIN", 5.92001, "2027-01-01", "2027-12-31"),
				feature("R-3", sewerParty.name(), "FIBRE", 5.92002, "2027-01-01", "2027-12-31")));
		assertThat(Http.api(port).get(path("/couplings")).json().get("pairs")).hasSize(3);

		post(sewer, path("/tasks"), "application/geo+json", collection(
				feature("R-3", sewerParty.name(), "FIBRE", 5.9300, "2027-01-01", "2027-12-31")));

		JsonNode couplings = Http.api(port).get(path("/couplings")).json();
		assertThat(couplings.get("pairs")).extracting(p -> p.get("a").asString() + p.get("b").asString())
				.containsExactly("R-1R-2");
		assertThat(couplings.get("clusters").get(0).get("tasks")).hasSize(2);
	}

	@Test
	void potsRoundTripAsCsv() throws Exception {
		String sewer = people.officer(sewerParty.id()).token();
		String csv = "pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\n"
				+ "Riool," + sewerParty.name() + ",Wethouder,2027,800000,INFRASTRUCTURE,SEWER_REPLACEMENT,\n"
				+ "Riool," + sewerParty.name() + ",Wethouder,2028,750000.50,INFRASTRUCTURE,SEWER_REPLACEMENT,\n";

		assertThat(post(sewer, path("/pots"), "text/csv", csv).status()).isEqualTo(200);

		String exported = Http.api(port).get(path("/pots")).body();
		assertThat(exported.lines()).containsExactly("\uFEFFpot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline",
				"Riool," + sewerParty.name() + ",Wethouder,2027,800000,INFRASTRUCTURE,SEWER_REPLACEMENT,",
				"Riool," + sewerParty.name() + ",Wethouder,2028,750000.5,INFRASTRUCTURE,SEWER_REPLACEMENT,");
	}

	/** For Excel with Dutch settings: semicolons and decimal commas; such a file imports back as the same pots. */
	@Test
	void potsExportForDutchExcelAndImportBack() throws Exception {
		String sewer = people.officer(sewerParty.id()).token();
		String csv = "pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\n"
				+ "=Riool," + sewerParty.name() + ",Wethouder,2028,750000.50,INFRASTRUCTURE;GREENERY,SEWER_REPLACEMENT,\n";
		assertThat(post(sewer, path("/pots"), "text/csv", csv).status()).isEqualTo(200);

		Http.Response semicolons = Http.api(port).get(path("/pots?separator=semicolon"));
		assertThat(semicolons.header("Content-Type")).startsWith("text/csv").contains("UTF-8");
		assertThat(semicolons.body().lines()).containsExactly(
				"\uFEFFpot;owner;portfolioHolder;year;amount;themes;taskTypes;deadline",
				"'=Riool;" + sewerParty.name() + ";Wethouder;2028;750000,5;\"GREENERY;INFRASTRUCTURE\";SEWER_REPLACEMENT;");

		assertThat(post(sewer, path("/pots"), "text/csv", semicolons.body()).status()).isEqualTo(200);
		assertThat(Http.api(port).get(path("/pots?separator=semicolon")).body()).isEqualTo(semicolons.body());

		Http.Response refused = Http.api(port).get(path("/pots?separator=tab"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("separator");
	}
}
