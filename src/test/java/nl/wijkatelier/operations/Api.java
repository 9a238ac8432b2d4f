package nl.wijkatelier.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.works.GeoJsonTaskWriter;
import nl.wijkatelier.works.SyntheticPortfolio;
import nl.wijkatelier.works.Task;
import tools.jackson.databind.JsonNode;

/** What the integration tests do through the running jar's API, as an admin or anonymously. */
final class Api {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	record Answer(int status, String body) {

		JsonNode json() {
			return Http.JSON.readTree(body);
		}
	}

	private final int port;
	private final String token;

	private Api(int port, String token) {
		this.port = port;
		this.token = token;
	}

	/** The admin of the jar ({@link RunningJar#ADMIN_EMAIL}) with a fresh API token. */
	static Api admin(RunningJar jar) {
		Http.Response issued = Http.api(jar.port()).postBasic("/api/v1/tokens", RunningJar.ADMIN_EMAIL,
				RunningJar.ADMIN_PASSWORD);
		if (issued.status() != 201) {
			throw new IllegalStateException("no admin token: " + issued.status() + " " + issued.body());
		}
		return new Api(jar.port(), issued.json().get("token").asString());
	}

	static Api anonymous(RunningJar jar) {
		return new Api(jar.port(), null);
	}

	Http http() {
		return token == null ? Http.api(port) : Http.api(port).withToken(token);
	}

	/** A new neighbourhood of the default programme with one party of the given name. */
	String neighbourhoodWithParty(String name, String party) {
		Http.Response n = http().postJson("/api/v1/neighbourhoods", Map.of("name", name, "municipality", "Arnhem"));
		check(n, 201);
		String id = n.json().get("id").asString();
		check(http().postJson("/api/v1/neighbourhoods/" + id + "/parties", Map.of("name", party, "type", "MUNICIPALITY")), 201);
		return id;
	}

	/**
	 * A task file of {@code count} synthetic tasks (the benchmark's realistic grid portfolio), all owned by the
	 * party, without funding (the neighbourhood has no pots).
	 */
	static byte[] taskFile(int count, String party, String idPrefix) {
		List<Task> tasks = new ArrayList<>();
		for (Task t : SyntheticPortfolio.tasks(count, 7)) {
			tasks.add(new Task(idPrefix + t.id(), t.title(), party, t.type(), t.earliestStart(), t.latestEnd(),
					t.durationDays(), t.preferredStart(), t.costCents(), t.shareableCostCents(), t.themes(),
					List.of(), List.of(), t.pinnedStart(), t.geometry()));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GeoJsonTaskWriter.write(tasks, out);
		return out.toByteArray();
	}

	/** Posts a GeoJSON task file; completes with the answer, or exceptionally when the connection dies. */
	CompletableFuture<Answer> importTasks(String neighbourhood, byte[] geojson) {
		HttpRequest request = request("/api/v1/neighbourhoods/" + neighbourhood + "/tasks", Duration.ofMinutes(5))
				.header("Content-Type", "application/geo+json").POST(HttpRequest.BodyPublishers.ofByteArray(geojson))
				.build();
		return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
				.thenApply(r -> new Answer(r.statusCode(), r.body()));
	}

	String createAction(String neighbourhood, String title) {
		Http.Response created = http().postJson("/api/v1/actions", Map.of("neighbourhoodId", neighbourhood,
				"template", "TILE_REMOVAL", "title", title, "target", 5000,
				"thresholds", List.of(Map.of("households", 10, "label", "Tien"), Map.of("households", 100, "label", "Honderd"))));
		check(created, 201);
		return created.json().get("id").asString();
	}

	/** A household's sign-up with its Idempotency-Key; throws when the connection fails. */
	Answer signUp(String action, String idempotencyKey, int tiles) throws IOException, InterruptedException {
		String body = Http.JSON.writeValueAsString(Map.of("household", Map.of(), "quantity", Map.of("tiles", tiles),
				"followUpConsent", false));
		HttpRequest request = request("/api/v1/actions/" + action + "/signups", Duration.ofSeconds(60))
				.header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	Answer get(String path) {
		try {
			HttpResponse<String> r = CLIENT.send(request(path, Duration.ofSeconds(60)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(r.statusCode(), r.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path, Duration timeout) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(timeout);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static void check(Http.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("expected " + status + ", got " + response.status() + ": " + response.body());
		}
	}
}
