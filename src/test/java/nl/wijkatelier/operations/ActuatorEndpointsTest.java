package nl.wijkatelier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * The actuator on the application's own port (no {@code MANAGEMENT_SERVER_PORT}): the probes are open to anyone,
 * the Prometheus metrics only to an admin, and the platform's counters count what was stored. The separate
 * management port is tried by {@link TwoInstancesIT}.
 */
@WijkatelierTest
class ActuatorEndpointsTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;

	@Test
	void livenessAndReadinessAreOpenToAnyone() {
		for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			Http.Response answer = Http.api(port).get(probe);
			assertThat(answer.status()).as(probe).isEqualTo(200);
			assertThat(answer.json().get("status").asString()).isEqualTo("UP");
			assertThat(answer.body()).as("no details for anonymous callers").doesNotContain("components");
		}
	}

	@Test
	void metricsOnTheApplicationsPortAreForAdminsOnly() {
		assertThat(Http.api(port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(Http.api(port).withToken(people.withoutRole().token()).get("/actuator/prometheus").status())
				.isEqualTo(403);
		assertThat(Http.api(port).withToken("wka_unknown").get("/actuator/prometheus").status()).isEqualTo(401);
		Http.Response metrics = Http.api(port).withToken(people.admin().token()).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.header("Content-Type")).startsWith("text/plain");
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
				"http_server_requests_seconds_count", "wijkatelier_signups_total", "wijkatelier_contributions_total");
		assertThat(Http.api(port).withToken(people.withoutRole().token()).get("/actuator/env").status())
				.as("endpoints not exposed stay closed").isIn(403, 404);
	}

	@Test
	void aStoredSignUpCountsOnceAndItsRepeatNotAgain() {
		Http admin = Http.api(port).withToken(people.admin().token());
		String neighbourhood = admin.get("/api/v1/neighbourhoods").json().get(0).get("id").asString();
		Http.Response action = admin.postJson("/api/v1/actions", Map.of("neighbourhoodId", neighbourhood,
				"template", "TILE_REMOVAL", "title", "Tellen voor Prometheus", "target", 100));
		assertThat(action.status()).as(action.body()).isEqualTo(201);
		String path = "/api/v1/actions/" + action.json().get("id").asString() + "/signups";
		Map<String, Object> body = Map.of("household", Map.of(), "quantity", Map.of("tiles", 4), "followUpConsent", false);

		double before = signups(admin);
		String key = "metrics-" + System.nanoTime();
		assertThat(Http.api(port).withHeader("Idempotency-Key", key).postJson(path, body).status()).isEqualTo(201);
		assertThat(signups(admin)).isEqualTo(before + 1);
		assertThat(Http.api(port).withHeader("Idempotency-Key", key).postJson(path, body).status()).isEqualTo(201);
		assertThat(Http.api(port).withHeader("Idempotency-Key", key + "-bad").postJson(path,
				Map.of("household", Map.of(), "quantity", Map.of("tiles", -1), "followUpConsent", false)).status())
				.isEqualTo(400);
		assertThat(signups(admin)).as("a repeat and a refused sign-up count nothing").isEqualTo(before + 1);
	}

	private static double signups(Http admin) {
		Http.Response metrics = admin.get("/actuator/prometheus");
		return TwoInstancesIT.metric(new Api.Answer(metrics.status(), metrics.body()), "wijkatelier_signups_total");
	}
}
