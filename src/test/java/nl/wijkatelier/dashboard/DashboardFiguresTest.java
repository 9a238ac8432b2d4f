package nl.wijkatelier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * The dashboards show exactly the figures of the data behind them: an atelier, an action with sign-ups and
 * tasks created through the modules' own APIs in a neighbourhood of the test's own.
 */
@WijkatelierTest
class DashboardFiguresTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	private Neighbourhood neighbourhood;
	private Party municipality;
	private Party grid;

	@BeforeEach
	void ownNeighbourhood() {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Dashboardwijk " + suffix,
				Optional.empty(), "Arnhem", CbsCode.parse("GM0202"), null, null, null, false));
		municipality = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Gemeente " + suffix,
				PartyType.MUNICIPALITY, null, false);
		grid = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Net " + suffix,
				PartyType.GRID_OPERATOR, null, false);
	}

	@Test
	void anEmptyNeighbourhoodShowsZeroesAndNoAtelier() {
		Http.Response page = Http.api(port).get("/neighbourhoods/" + neighbourhood.id() + "/dashboard");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Deze wijk heeft nog geen gepubliceerd atelier.");
		Map<String, String> figures = figures(csv("/neighbourhoods/" + neighbourhood.id() + "/dashboard.csv"));
		assertThat(figures).containsEntry("Ateliers", "0").containsEntry("Acties", "0")
				.containsEntry("Huishoudens aangemeld", "0").containsEntry("Opgaven", "0");
	}

	@Test
	void theNeighbourhoodDashboardShowsExactlyItsAtelierActionsAndTasks() throws Exception {
		String facilitator = people.facilitator(neighbourhood.id()).token();
		Http api = Http.api(port);
		// An atelier with two residents and the municipality weighing two themes, then published.
		Http.Response created = api.withToken(facilitator).postJson("/api/v1/ateliers", Map.of("neighbourhoodId",
				neighbourhood.id().toString(), "title", "Dashboardatelier", "date", "2026-03-12", "themes",
				List.of("ENERGY", "GREENERY")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String atelier = created.json().get("id").asString();
		assertThat(api.withToken(facilitator).postJson("/api/v1/ateliers/" + atelier + "/open", "").status())
				.isEqualTo(200);
		String code = created.json().get("joinCode").asString();
		weigh(atelier, join(code, "RESIDENT"), 60, 40);
		weigh(atelier, join(code, "RESIDENT"), 20, 80);
		weigh(atelier, join(code, "MUNICIPALITY"), 70, 30);
		assertThat(api.withToken(facilitator).postJson("/api/v1/ateliers/" + atelier + "/publish", "{}").status())
				.isEqualTo(200);

		// An action with three households, one of whom joins the network.
		Http.Response action = api.withToken(facilitator).postJson("/api/v1/actions", Map.of("neighbourhoodId",
				neighbourhood.id().toString(), "template", "TILE_REMOVAL", "title", "Tegels eruit dashboard"));
		assertThat(action.status()).as(action.body()).isEqualTo(201);
		String actionId = action.json().get("id").asString();
		signUp(actionId, Map.of("household", Map.of(), "quantity", Map.of("tiles", 10), "followUpConsent", false));
		signUp(actionId, Map.of("household", Map.of(), "quantity", Map.of("tiles", 5), "followUpConsent", false));
		signUp(actionId, Map.of("household", Map.of("email", "netwerk-" + UUID.randomUUID() + "@example.org"),
				"quantity", Map.of("tiles", 7), "followUpConsent", true));

		// Two tasks of two parties that can be coupled (shareable cost 40,000 euros each).
		post(people.officer(municipality.id()).token(), tasks(), collection(
				feature("R-1", municipality.name(), "SEWER_REPLACEMENT", 5.9200, "2027-01-01", "2027-12-31")));
		post(people.officer(grid.id()).token(), tasks(), collection(
				feature("E-1", grid.name(), "ELECTRICITY_GRID", 5.92005, "2027-06-01", "2028-06-01")));

		List<CSVRecord> records = csv("/neighbourhoods/" + neighbourhood.id() + "/dashboard.csv");
		assertThat(figures(records)).containsEntry("Ateliers", "1")
				.containsEntry("Deelnemers aan het laatste atelier", "3").containsEntry("Acties", "1")
				.containsEntry("Huishoudens aangemeld", "3").containsEntry("Leden van het netwerk", "1")
				.containsEntry("Opgaven", "2").containsEntry("Koppelkansen", "1")
				.containsEntry("Mogelijke besparing", "€ 40.000");
		assertThat(value(records, "atelier", "Energie", "Iedereen")).isEqualTo("50.0");
		assertThat(value(records, "atelier", "Energie", "Bewoners(groep)")).isEqualTo("40.0");
		assertThat(value(records, "atelier", "Energie", "Gemeente")).isEqualTo("70.0");
		assertThat(value(records, "atelier", "Groen", "Bewoners(groep)")).isEqualTo("60.0");
		assertThat(value(records, "couplings", "E-1+R-1", "Mogelijke besparing")).isEqualTo("40000");
		assertThat(records.stream().filter(r -> r.get("section").equals("participation"))
				.filter(r -> r.get("measure").equals("Aanmeldingen voor acties"))
				.mapToInt(r -> Integer.parseInt(r.get("value"))).sum()).isEqualTo(3);
		assertThat(records.stream().filter(r -> r.get("section").equals("participation"))
				.filter(r -> r.get("measure").equals("Deelnemers aan het laatste atelier"))
				.mapToInt(r -> Integer.parseInt(r.get("value"))).sum()).isEqualTo(3);

		Http.Response page = api.get("/neighbourhoods/" + neighbourhood.id() + "/dashboard");
		assertThat(page.body()).contains("Dashboardatelier", "Tegels eruit dashboard", "E-1 Werk E-1",
				"3 deelnemers, van wie 3 punten verdeelden");

		// The programme dashboard compares this neighbourhood on the same figures.
		List<CSVRecord> programme = csv("/programmes/" + catalog.defaultProgramme().orElseThrow().slug()
				+ "/dashboard.csv");
		CSVRecord row = programme.stream().filter(r -> r.get("neighbourhood").equals(neighbourhood.name()))
				.findFirst().orElseThrow();
		assertThat(row.get("ateliers")).isEqualTo("1");
		assertThat(row.get("atelier_participants")).isEqualTo("3");
		assertThat(row.get("households")).isEqualTo("3");
		assertThat(row.get("network_members")).isEqualTo("1");
		assertThat(row.get("tasks")).isEqualTo("2");
		assertThat(row.get("couplings")).isEqualTo("1");
		assertThat(row.get("potential_saving_euro")).isEqualTo("40000");

		// The same file for Excel with Dutch settings: semicolons (whole euros need no decimal comma).
		Http.Response forExcel = api.get("/programmes/" + catalog.defaultProgramme().orElseThrow().slug()
				+ "/dashboard.csv?separator=semicolon");
		assertThat(forExcel.body()).startsWith("\uFEFFneighbourhood;municipality;ateliers;");
		assertThat(forExcel.body().lines()).filteredOn(l -> l.startsWith(neighbourhood.name() + ";")).singleElement()
				.satisfies(l -> assertThat(l).contains(";2;1;40000;"));

		Http.Response pdf = api.get("/neighbourhoods/" + neighbourhood.id() + "/dashboard.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
	}

	@Test
	void anUnpublishedAtelierIsCountedButItsPictureIsNotShown() {
		String facilitator = people.facilitator(neighbourhood.id()).token();
		Http.Response created = Http.api(port).withToken(facilitator).postJson("/api/v1/ateliers", Map.of(
				"neighbourhoodId", neighbourhood.id().toString(), "title", "Open atelier", "date", "2026-04-01",
				"themes", List.of("ENERGY")));
		String atelier = created.json().get("id").asString();
		Http.api(port).withToken(facilitator).postJson("/api/v1/ateliers/" + atelier + "/open", "");
		join(created.json().get("joinCode").asString(), "RESIDENT");

		List<CSVRecord> records = csv("/neighbourhoods/" + neighbourhood.id() + "/dashboard.csv");
		assertThat(figures(records)).containsEntry("Ateliers", "1")
				.containsEntry("Deelnemers aan het laatste atelier", "0");
		assertThat(records).noneMatch(r -> r.get("section").equals("atelier"));
	}

	private String tasks() {
		return "/api/v1/neighbourhoods/" + neighbourhood.id().value() + "/tasks";
	}

	private String join(String code, String partyType) {
		Http.Response joined = Http.api(port).postJson("/api/v1/ateliers/join/" + code,
				Map.of("displayName", "Deelnemer", "partyType", partyType));
		assertThat(joined.status()).as(joined.body()).isEqualTo(201);
		return joined.json().get("participantToken").asString();
	}

	private void weigh(String atelier, String token, int energy, int greenery) {
		Http.Response r = Http.api(port).withToken(token).putJson("/api/v1/ateliers/" + atelier + "/weights",
				Map.of("ENERGY", energy, "GREENERY", greenery));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
	}

	private void signUp(String action, Map<String, Object> body) {
		Http.Response r = Http.api(port).postJson("/api/v1/actions/" + action + "/signups", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
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

	private void post(String token, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/geo+json").header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
	}

	private List<CSVRecord> csv(String path) {
		Http.Response response = Http.api(port).get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/csv");
		assertThat(response.body()).as("UTF-8 with a byte-order mark, for Excel").startsWith("\uFEFF");
		try {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new StringReader(response.body().substring(1))).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> figures(List<CSVRecord> records) {
		Map<String, String> result = new LinkedHashMap<>();
		records.stream().filter(r -> r.get("section").equals("figures"))
				.forEach(r -> result.put(r.get("item"), r.get("value")));
		return result;
	}

	private static String value(List<CSVRecord> records, String section, String item, String measure) {
		return records.stream().filter(r -> r.get("section").equals(section) && r.get("item").equals(item)
				&& r.get("measure").equals(measure)).map(r -> r.get("value")).findFirst().orElseThrow();
	}
}
