package nl.wijkatelier.programme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON GET against a PDOK service, with the configured time-out ({@code wijkatelier.pdok.timeout}) for the
 * connection and the answer. Anything but a 200 with JSON — an error answer, a time-out, no connection — is a
 * {@link PdokUnavailable} naming what went wrong, so the callers can carry on without PDOK.
 */
final class PdokClient {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient client;
	private final Duration timeout;

	PdokClient(Duration timeout) {
		this.timeout = timeout;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	JsonNode get(URI uri, String accept) {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept).GET().build();
		HttpResponse<String> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new PdokUnavailable(ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdokUnavailable("interrupted");
		}
		if (response.statusCode() != 200) {
			throw new PdokUnavailable("HTTP " + response.statusCode());
		}
		try {
			return MAPPER.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new PdokUnavailable("answer is not JSON");
		}
	}

	/** PDOK did not give a usable answer; the message says why, for the log. */
	static final class PdokUnavailable extends RuntimeException {
		PdokUnavailable(String reason) {
			super(reason);
		}
	}
}
