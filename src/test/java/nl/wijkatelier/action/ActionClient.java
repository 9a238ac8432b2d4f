package nl.wijkatelier.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import nl.wijkatelier.support.Http;
import tools.jackson.databind.JsonNode;

/** Calls of the actions API that the shared {@link Http} client lacks: sign-ups with an Idempotency-Key. */
final class ActionClient {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	record Answer(int status, JsonNode json, HttpHeaders headers) {

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}

	private final int port;
	/** The client address a trusted proxy would pass on in X-Forwarded-For; none sends from loopback itself. */
	private final String forwardedFor;

	ActionClient(int port) {
		this(port, null);
	}

	private ActionClient(int port, String forwardedFor) {
		this.port = port;
		this.forwardedFor = forwardedFor;
	}

	/** This client as seen from another address (X-Forwarded-For from loopback, the trusted proxy). */
	ActionClient from(String address) {
		return new ActionClient(port, address);
	}

	Answer signUp(String actionId, String idempotencyKey, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/actions/"
				+ actionId + "/signups")).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Http.JSON.writeValueAsString(body)));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? null : Http.JSON.readTree(response.body());
			return new Answer(response.statusCode(), json, response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, Object> tiles(int tiles) {
		return Map.of("household", Map.of(), "quantity", Map.of("tiles", tiles), "followUpConsent", false);
	}
}
