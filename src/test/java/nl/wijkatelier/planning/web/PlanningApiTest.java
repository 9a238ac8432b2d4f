package nl.wijkatelier.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
			if (!status.get("status").asString().equals("RUNNING")) {
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
		assertThat(csv.body()).startsWith("id,start,end,package,ridesAlong,reason,detail");
		assertThat(api.get("/api/v1/neighbourhoods/" + nid.value() + "/scenarios").json().findValuesAsString("name"))
				.contains("Samen in 2027");
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
}
