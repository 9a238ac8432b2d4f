package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * The NL API Design Rules the API follows: the OpenAPI document at {@code /api/v1/openapi.json}, its version in
 * {@code API-Version} on every answer (errors and refusals too), and for every operation of the document the bearer
 * security scheme and the problem-detail error answers.
 */
@WijkatelierTest
class ApiDesignRulesTest {

	private static final Set<String> CHANGING = Set.of("post", "put", "patch", "delete");

	@LocalServerPort
	int port;

	@Test
	void servesTheOpenApiDocumentAtTheVersionedPath() {
		Http.Response nl = Http.api(port).get("/api/v1/openapi.json");
		assertThat(nl.status()).isEqualTo(200);
		assertThat(nl.header("Content-Type")).startsWith("application/json");
		JsonNode doc = nl.json();
		assertThat(doc.get("openapi").asString()).startsWith("3.");
		assertThat(doc.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(doc.get("paths")).isEqualTo(Http.api(port).get("/v3/api-docs").json().get("paths"));
		assertThat(doc.get("paths").has("/api/v1/neighbourhoods")).isTrue();
		assertThat(doc.get("paths").has("/api/v1/openapi.json")).as("the document is no operation of its own").isFalse();
	}

	@Test
	void everyAnswerOfTheApiNamesItsVersion() {
		String version = Http.api(port).get("/api/v1/openapi.json").json().at("/info/version").asString();
		Map<String, Http.Response> answers = Map.of(
				"200", Http.api(port).get("/api/v1/neighbourhoods"),
				"401 (unknown token)", Http.api(port).withToken("wka_unknown").get("/api/v1/neighbourhoods"),
				"401 (no token)", Http.api(port).get("/api/v1/me"),
				"404", Http.api(port).get("/api/v1/neighbourhoods/00000000-0000-0000-0000-000000000000"),
				"400", Http.api(port).post("/api/v1/password-resets", "application/json", "{not json"),
				"404 (no such path)", Http.api(port).get("/api/v1/no-such-thing"),
				"openapi.json", Http.api(port).get("/api/v1/openapi.json"));
		answers.forEach((what, answer) -> assertThat(answer.header("API-Version")).as(what + " (" + answer.status() + ")")
				.isEqualTo(version));
		assertThat(answers.get("401 (unknown token)").status()).isEqualTo(401);
		assertThat(answers.get("401 (unknown token)").header("Content-Type")).startsWith("application/problem+json");
		assertThat(answers.get("400").status()).isEqualTo(400);
		assertThat(answers.get("404").status()).isEqualTo(404);
	}

	@Test
	void everyOperationDescribesItsSecurityAndItsProblemAnswers() {
		JsonNode doc = Http.api(port).get("/api/v1/openapi.json").json();
		JsonNode bearer = doc.at("/components/securitySchemes/bearer");
		assertThat(bearer.get("type").asString()).isEqualTo("http");
		assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
		assertThat(doc.at("/components/schemas/Problem/properties").has("status")).isTrue();

		List<String> checked = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
				String name = op.getKey().toUpperCase() + " " + path.getKey();
				JsonNode operation = op.getValue();
				checked.add(name);
				if (!schemes(operation).contains("bearer") && !schemes(operation).contains("basic")) {
					wrong.add(name + ": no bearer (or basic) security requirement");
				}
				List<String> expected = new ArrayList<>(List.of("401"));
				if (path.getKey().contains("{")) {
					expected.add("404");
				}
				if (operation.has("requestBody")) {
					expected.addAll(List.of("400", "422"));
				}
				if (CHANGING.contains(op.getKey())) {
					expected.addAll(List.of("403", "409"));
				}
				if (op.getKey().equals("post")) {
					expected.add("429");
				}
				JsonNode responses = operation.get("responses");
				for (String status : expected) {
					if (!responses.has(status)) {
						wrong.add(name + ": no " + status + " answer");
					}
				}
				for (Map.Entry<String, JsonNode> response : responses.properties()) {
					if (response.getKey().startsWith("4") && !response.getValue().at("/content/application~1problem+json/schema/$ref")
							.asString("").equals("#/components/schemas/Problem")) {
						wrong.add(name + ": " + response.getKey() + " is not described as application/problem+json");
					}
					if (!response.getValue().at("/headers/API-Version/$ref").asString("").equals(
							"#/components/headers/API-Version")) {
						wrong.add(name + ": " + response.getKey() + " does not name the API-Version header");
					}
				}
			}
		}
		assertThat(checked).as("operations in the document").hasSizeGreaterThan(50);
		assertThat(wrong).isEmpty();
	}

	private static List<String> schemes(JsonNode operation) {
		List<String> names = new ArrayList<>();
		for (JsonNode requirement : operation.path("security")) {
			requirement.propertyNames().forEach(names::add);
		}
		return names;
	}
}
