package nl.wijkatelier.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** Planning the demo portfolio in the background over the API, saving, reading and exporting the scenario. */
@WijkatelierTest
class PlanningApiTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcTemplate jdbc;

	private NeighbourhoodId spijkerkwartier() {
		JsonNode all = Http.api(port).get("/api/v1/neighbourhoods").json();
		for (JsonNode n : all) {
			if (n.get("name").asString().equals("Spijkerkwartier")) {
				return new NeighbourhoodId(UUID.fromString(n.get("id").asString()));
			}
		}
		throw new AssertionError("no Spijkerkwartier");
	}

	private JsonNode waitUntilFinished(Http api, String run) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			JsonNode status = api.get("/api/v1/plan-runs/" + run).json();
			if (!List.of("RUNNING", "QUEUED").contains(status.get("status").asString())) {
				return status;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("run did not finish");
	}

	@Test
	void plansTheDemoPortfolioInTheBackgroundAndSavesAScenarioThatBeatsTheBaseline() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		Http api = Http.api(port).withToken(people.facilitator(nid).token());

		Http.Response started = api.postJson("/api/v1/neighbourhoods/" + nid.value() + "/plan-runs?seconds=3", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String run = started.json().get("id").asString();
		JsonNode finished = waitUntilFinished(api, run);
		assertThat(finished.get("status").asString()).isEqualTo("DONE");

		Http.Response saved = api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "Samen in 2027"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		JsonNode summary = saved.json();
		assertThat(summary.get("objectiveCents").asLong()).isGreaterThan(summary.get("baselineObjectiveCents").asLong());

		JsonNode scenario = api.get("/api/v1/scenarios/" + summary.get("id").asString()).json();
		assertThat(scenario.get("starts").size()).isPositive();
		assertThat(scenario.get("starts").findValuesAsString("reason")).contains("joined");
		Http.Response csv = api.get("/api/v1/scenarios/" + summary.get("id").asString() + "/export.csv");
		assertThat(csv.body()).startsWith("\uFEFFid,start,end,package,ridesAlong,reason,detail");
		Http.Response forExcel = api.get("/api/v1/scenarios/" + summary.get("id").asString() + "/export.csv?separator=semicolon");
		assertThat(forExcel.body()).startsWith("\uFEFFid;start;end;package;ridesAlong;reason;detail");
		assertThat(forExcel.body().lines().count()).isEqualTo(csv.body().lines().count());
		assertThat(api.get("/api/v1/neighbourhoods/" + nid.value() + "/scenarios").json().findValuesAsString("name"))
				.contains("Samen in 2027");
	}

	@Test
	void anOrganiserWeighsIntegralValueAndStreetOpenDaysPerRunAndTheScenarioKeepsTheWeights() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		Http api = Http.api(port).withToken(people.facilitator(nid).token());
		int runs = jdbc.queryForObject("select count(*) from plan_run", Integer.class);
		Http.Response negative = api.postJson("/api/v1/neighbourhoods/" + nid.value()
				+ "/plan-runs?seconds=1&valueWeight=-1&nuisanceCost=100", Map.of());
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("valueWeight");
		Http.Response notANumber = api.postJson("/api/v1/neighbourhoods/" + nid.value()
				+ "/plan-runs?seconds=1&nuisanceCost=-0.5", Map.of());
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("nuisanceCost");
		assertThat(jdbc.queryForObject("select count(*) from plan_run", Integer.class)).isEqualTo(runs);

		Http.Response started = api.postJson("/api/v1/neighbourhoods/" + nid.value()
				+ "/plan-runs?seconds=3&valueWeight=20&nuisanceCost=300", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String run = started.json().get("id").asString();
		assertThat(waitUntilFinished(api, run).get("status").asString()).isEqualTo("DONE");
		JsonNode summary = api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "Gewogen")).json();
		assertThat(summary.get("valueCentsPerPoint").asLong()).isEqualTo(20_00);
		assertThat(summary.get("nuisanceCostCentsPerDay").asLong()).isEqualTo(300_00);
		long value = summary.get("integralValuePoints").asLong();
		assertThat(value).isPositive();
		assertThat(summary.get("objectiveCents").asLong()).isEqualTo(summary.get("totalSavingCents").asLong()
				+ 20_00 * value - summary.get("shiftPenaltyCents").asLong()
				- 300_00 * summary.get("streetOpenDays").asLong());
		People.Person facilitator = people.facilitator(nid);
		String page = Http.browser(port).login(facilitator.email(), People.PASSWORD)
				.get("/planning/scenarios/" + summary.get("id").asString()).body();
		assertThat(page).contains("waarde € 20,00 per punt, hinder € 300,00 per dag");
	}

	@Test
	void aCancelledRunStopsEarlyAndKeepsItsBestSchedule() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		Http api = Http.api(port).withToken(people.facilitator(nid).token());
		String run = api.postJson("/api/v1/neighbourhoods/" + nid.value() + "/plan-runs?seconds=120", Map.of()).json()
				.get("id").asString();
		Thread.sleep(1500);
		long before = System.nanoTime();
		assertThat(api.delete("/api/v1/plan-runs/" + run).status()).isEqualTo(200);
		JsonNode finished = waitUntilFinished(api, run);
		assertThat((System.nanoTime() - before) / 1_000_000).isLessThan(30_000);
		assertThat(finished.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "Afgebroken")).status())
				.isEqualTo(201);
	}

	@Test
	void theDemoPortfolioHasAnExampleScenarioThatBeatsItsBaselineAndExplainsEachDate() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		Http api = Http.api(port).withToken(people.facilitator(nid).token());
		JsonNode example = null;
		for (int i = 0; i < 400 && example == null; i++) {
			for (JsonNode s : api.get("/api/v1/neighbourhoods/" + nid.value() + "/scenarios").json()) {
				if (s.get("example").asBoolean()) {
					example = s;
				}
			}
			Thread.sleep(100);
		}
		assertThat(example).as("example scenario").isNotNull();
		assertThat(example.get("objectiveCents").asLong()).isGreaterThan(example.get("baselineObjectiveCents").asLong());
		JsonNode scenario = api.get("/api/v1/scenarios/" + example.get("id").asString()).json();
		assertThat(scenario.get("starts").findValuesAsString("reason")).contains("joined").doesNotContainNull();
	}

	@Test
	void aResidentMayNotPlan() {
		NeighbourhoodId nid = spijkerkwartier();
		Http.Response response = Http.api(port).withToken(people.resident(nid).token())
				.postJson("/api/v1/neighbourhoods/" + nid.value() + "/plan-runs", Map.of());
		assertThat(response.status()).isEqualTo(403);
	}

	/** Plans the neighbourhood for two seconds and saves the result under the name; answers the scenario's id. */
	private String savedScenario(Http api, NeighbourhoodId nid, String name) throws InterruptedException {
		String run = api.postJson("/api/v1/neighbourhoods/" + nid.value() + "/plan-runs?seconds=2", Map.of()).json()
				.get("id").asString();
		assertThat(waitUntilFinished(api, run).get("status").asString()).isEqualTo("DONE");
		return api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", name)).json().get("id").asString();
	}

	private static Map<String, JsonNode> startsById(JsonNode scenario) {
		Map<String, JsonNode> starts = new HashMap<>();
		scenario.get("starts").forEach(s -> starts.put(s.get("taskId").asString(), s));
		return starts;
	}

	private HttpResponse<byte[]> bytes(String token, String path, String language) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token).header("Accept-Language", language).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void replansFromASavedScenarioKeepingThePinnedTasksOnTheirDatesAndExplainsThemAsPinned() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		Http api = Http.api(port).withToken(people.facilitator(nid).token());
		String original = savedScenario(api, nid, "Voor het vastzetten");
		Map<String, JsonNode> before = startsById(api.get("/api/v1/scenarios/" + original).json());
		List<String> pins = new ArrayList<>(before.keySet()).stream().sorted().limit(2).toList();

		Http.Response started = api.postJson("/api/v1/scenarios/" + original + "/plan-runs",
				Map.of("pins", pins, "seconds", 2));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.json().get("basedOn").asString()).isEqualTo(original);
		assertThat(started.json().get("pinned").propertyNames()).containsExactlyInAnyOrderElementsOf(pins);
		String run = started.json().get("id").asString();
		assertThat(waitUntilFinished(api, run).get("status").asString()).isEqualTo("DONE");
		String replanned = api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "Na het vastzetten"))
				.json().get("id").asString();

		JsonNode scenario = api.get("/api/v1/scenarios/" + replanned).json();
		assertThat(scenario.get("summary").get("basedOn").asString()).isEqualTo(original);
		assertThat(scenario.get("figures").get("pinned").asInt()).isEqualTo(2);
		Map<String, JsonNode> after = startsById(scenario);
		for (String pin : pins) {
			assertThat(after.get(pin).get("start").asString()).isEqualTo(before.get(pin).get("start").asString());
			assertThat(after.get(pin).get("reason").asString()).isEqualTo("pinned");
			assertThat(after.get(pin).get("explanation").asString())
					.contains("vastgezet op " + before.get(pin).get("start").asString());
		}
		assertThat(audit.of("plan_scenario", UUID.fromString(replanned)))
				.anySatisfy(e -> {
					assertThat(e.action()).isEqualTo("scenario.replanned");
					assertThat(e.detail()).contains("Na het vastzetten").contains(pins.get(0));
				});
	}

	@Test
	void refusesToPinATaskThatIsNotInTheScenarioAndStartsNothing() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		Http api = Http.api(port).withToken(people.facilitator(nid).token());
		String scenario = savedScenario(api, nid, "Met een onbekende pin");
		Http.Response refused = api.postJson("/api/v1/scenarios/" + scenario + "/plan-runs",
				Map.of("pins", List.of("BESTAAT-NIET")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("pins");
		assertThat(refused.body()).contains("BESTAAT-NIET");
		assertThat(Http.api(port).withToken(people.resident(nid).token())
				.postJson("/api/v1/scenarios/" + scenario + "/plan-runs", Map.of("pins", List.of())).status()).isEqualTo(403);
	}

	@Test
	void comparesTwoScenariosByBudgetUsePerPotPerYearAndByComplexityPerPackage() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		Http api = Http.api(port).withToken(people.facilitator(nid).token());
		String a = savedScenario(api, nid, "Vergelijk A");
		String b = savedScenario(api, nid, "Vergelijk B");
		JsonNode comparison = api.get("/api/v1/scenarios/" + a + "/compare/" + b).json();
		assertThat(comparison.get("a").get("name").asString()).isEqualTo("Vergelijk A");
		JsonNode figures = comparison.get("a").get("figures");
		assertThat(figures.get("totalSavingCents").asLong()).isPositive();
		assertThat(figures.get("streetOpenDays").asLong()).isPositive()
				.isLessThan(figures.get("streetOpenDaysApart").asLong());
		assertThat(figures.get("packages").asInt()).isEqualTo(figures.get("complexity").size()).isPositive();

		JsonNode scenario = api.get("/api/v1/scenarios/" + a).json();
		Map<String, String> holders = new HashMap<>();
		scenario.get("pots").forEach(p -> holders.put(p.get("name").asString(), p.get("portfolioHolder").asString()));
		Map<String, JsonNode> starts = startsById(scenario);
		for (JsonNode p : figures.get("complexity")) {
			Set<String> owners = new HashSet<>();
			p.get("tasks").forEach(t -> owners.add(starts.get(t.asString()).get("owner").asString()));
			List<String> listed = new ArrayList<>();
			p.get("owners").forEach(o -> listed.add(o.asString()));
			assertThat(listed).containsExactlyInAnyOrderElementsOf(owners);
			Set<String> potHolders = new HashSet<>();
			p.get("pots").forEach(pot -> potHolders.add(holders.get(pot.asString())));
			assertThat(p.get("portfolioHolders").size()).isEqualTo(potHolders.size());
			assertThat(p.get("tasks").size()).isGreaterThanOrEqualTo(2);
		}

		JsonNode budget = comparison.get("budget");
		assertThat(budget.size()).isPositive();
		long spentA = 0;
		for (JsonNode row : budget) {
			assertThat(row.get("spentACents").asLong()).isLessThanOrEqualTo(row.get("amountCents").asLong());
			assertThat(row.get("spentBCents").asLong()).isLessThanOrEqualTo(row.get("amountCents").asLong());
			assertThat(holders).containsKey(row.get("pot").asString());
			spentA += row.get("spentACents").asLong();
		}
		assertThat(spentA).isPositive();
	}

	@Test
	void exportsAScenarioAsGeoJsonWithEachTasksLocationAndAsPdfWithDutchLetters() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		String token = people.facilitator(nid).token();
		Http api = Http.api(port).withToken(token);
		String id = savedScenario(api, nid, "Bĳ de ĳsbaan");
		JsonNode scenario = api.get("/api/v1/scenarios/" + id).json();

		HttpResponse<byte[]> geo = bytes(token, "/api/v1/scenarios/" + id + "/export.geojson", "nl");
		assertThat(geo.statusCode()).isEqualTo(200);
		assertThat(geo.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
		JsonNode collection = Http.JSON.readTree(geo.body());
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.get("features").size()).isEqualTo(scenario.get("starts").size());
		Map<String, JsonNode> starts = startsById(scenario);
		boolean located = false;
		boolean riding = false;
		for (JsonNode feature : collection.get("features")) {
			JsonNode props = feature.get("properties");
			JsonNode start = starts.get(props.get("id").asString());
			assertThat(props.get("start").asString()).isEqualTo(start.get("start").asString());
			assertThat(props.get("end").asString()).isEqualTo(start.get("end").asString());
			assertThat(props.get("name").asString()).isEqualTo(start.get("title").asString());
			assertThat(props.get("owner").asString()).isNotBlank();
			assertThat(props.has("package")).isTrue();
			if (props.get("ridesAlong").asBoolean()) {
				riding = true;
				assertThat(props.get("saving").asDouble()).isPositive();
				assertThat(props.get("package").asInt()).isPositive();
			}
			if (!feature.get("geometry").isNull()) {
				located = true;
				String coordinates = feature.get("geometry").get("coordinates").toString();
				assertThat(coordinates).as("WGS84 around Arnhem").contains("[5.9").contains("51.9");
			}
		}
		assertThat(located).isTrue();
		assertThat(riding).isTrue();

		HttpResponse<byte[]> pdf = bytes(token, "/api/v1/scenarios/" + id + "/export.pdf", "nl");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(new ByteArrayInputStream(pdf.body()).readAllBytes())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Bĳ de ĳsbaan").contains("Spijkerkwartier").contains("Pakket 1")
					.contains("Complexiteit per pakket").contains(scenario.get("starts").get(0).get("taskId").asString());
		}
		assertThat(bytes(people.resident(nid).token(), "/api/v1/scenarios/" + id + "/export.pdf", "nl").statusCode())
				.isEqualTo(403);
	}

	@Test
	void explainsEveryTasksDateWithItsPackageAndBindingRuleInDutchAndEnglish() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		String token = people.facilitator(nid).token();
		String id = savedScenario(Http.api(port).withToken(token), nid, "Uitgelegd");
		Set<String> reasons = Set.of("pinned", "joined", "dependency", "budgetYear", "deadline", "successor", "window",
				"preferred", "earliest", "tradeoff", "agreed");
		for (String language : List.of("nl", "en")) {
			JsonNode scenario = Http.JSON.readTree(bytes(token, "/api/v1/scenarios/" + id + "?lang=" + language, language).body());
			for (JsonNode start : scenario.get("starts")) {
				assertThat(start.get("reason").asString()).isIn(reasons);
				String explanation = start.get("explanation").asString();
				assertThat(explanation).doesNotContain("{").doesNotContain("planning.");
				if (start.get("packageNumber").isNull() || start.get("packageNumber").isMissingNode()) {
					assertThat(explanation).startsWith(language.equals("nl") ? "Zonder pakket" : "In no package");
				}
				else {
					assertThat(explanation).startsWith((language.equals("nl") ? "Pakket " : "Package ")
							+ start.get("packageNumber").asInt());
				}
				if (start.get("reason").asString().equals("joined")) {
					assertThat(explanation).contains(start.get("reasonArguments").get(0).asString().split(", ")[0]);
				}
			}
		}
	}

	@Test
	void theScenarioPageNamesAPinItCannotKeepAndResidentsCannotCompare() throws Exception {
		NeighbourhoodId nid = spijkerkwartier();
		People.Person facilitator = people.facilitator(nid);
		String scenario = savedScenario(Http.api(port).withToken(facilitator.token()), nid, "Pagina met pin");
		Http browser = Http.browser(port).login(facilitator.email(), People.PASSWORD);
		assertThat(browser.get("/planning/scenarios/" + scenario).body()).contains("Plan opnieuw met de vastgezette opgaven");
		Http.Response refused = browser.postForm("/planning/scenarios/" + scenario + "/replan",
				Map.of("pin", "BESTAAT-NIET", "seconds", "10"));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.header("Location")).endsWith("/planning/scenarios/" + scenario);
		assertThat(browser.get("/planning/scenarios/" + scenario).body()).contains("BESTAAT-NIET")
				.contains("niet worden vastgezet");

		People.Person resident = people.resident(nid);
		Http residentBrowser = Http.browser(port).login(resident.email(), People.PASSWORD);
		assertThat(residentBrowser.get("/planning/compare?a=" + scenario + "&b=" + scenario).status()).isEqualTo(403);
		assertThat(residentBrowser.get("/planning/scenarios/" + scenario + "/export.geojson").status()).isEqualTo(403);
	}
}
