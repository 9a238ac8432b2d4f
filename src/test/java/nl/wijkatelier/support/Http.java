package nl.wijkatelier.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests against the running application: JSON calls with an optional bearer token,
 * and a browser-like session (cookies, CSRF token from the last page) for form posts.
 */
public final class Http {

	public static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public record Response(int status, String body, HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}

	private final String base;
	private final HttpClient client;
	private String bearer;
	private String csrf;
	private final Map<String, String> headers = new LinkedHashMap<>();

	private Http(String base, boolean session) {
		this.base = base;
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
				.followRedirects(HttpClient.Redirect.NEVER);
		if (session) {
			builder.cookieHandler(new CookieManager());
		}
		this.client = builder.build();
	}

	private Http(String base, HttpClient client) {
		this.base = base;
		this.client = client;
	}

	/**
	 * The same browser (its cookies, CSRF token and headers) talking to the instance of the application on another
	 * port; cookies do not depend on the port, so the session cookie goes along.
	 */
	public Http sameBrowserAt(int port) {
		Http other = new Http("http://localhost:" + port, client);
		other.csrf = csrf;
		other.bearer = bearer;
		other.headers.putAll(headers);
		return other;
	}

	/** A stateless API client. */
	public static Http api(int port) {
		return new Http("http://localhost:" + port, false);
	}

	/** A browser-like client that keeps cookies and the CSRF token of the last page it read. */
	public static Http browser(int port) {
		return new Http("http://localhost:" + port, true);
	}

	/** Sends this header with every request of this client (e.g. X-Forwarded-For, as a trusted proxy would). */
	public Http withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public Http withToken(String token) {
		Http copy = new Http(base, false);
		copy.bearer = token;
		return copy;
	}

	public Response get(String path) {
		Response response = send(request(path).GET().build());
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return response;
	}

	/** Reads only the status and headers, for endless answers such as server-sent event streams. */
	public Response open(String path) {
		try {
			HttpResponse<InputStream> response = client.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			response.body().close();
			return new Response(response.statusCode(), "", response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Opens an endless answer (server-sent events) and hands its lines to the queue as they arrive, on a daemon thread
	 * that ends with the stream.
	 */
	public BlockingQueue<String> stream(String path) {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try {
				client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofLines()).body().forEach(lines::add);
			}
			catch (IOException | UncheckedIOException ex) {
				lines.add("# closed: " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "sse-" + path);
		reader.setDaemon(true);
		reader.start();
		return lines;
	}

	/** Reads a page (for its cookies and CSRF token) and answers this client. */
	public Http getting(String path) {
		get(path);
		return this;
	}

	/** Posts a raw body with the CSRF token of the last page read in the {@code X-CSRF-TOKEN} header. */
	public Response postRaw(String path, String contentType, byte[] body) {
		HttpRequest.Builder request = request(path).header("Content-Type", contentType).header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request.build());
	}

	/** Posts a multipart body built by the caller, with the CSRF token in a header. */
	public Response postMultipart(String path, String boundary, byte[] body) {
		return postRaw(path, "multipart/form-data; boundary=" + boundary, body);
	}

	public Response postJson(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
				.build());
	}

	public Response putJson(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
				.build());
	}

	/** Posts a body of any content type (GeoJSON, CSV ...). */
	public Response post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** Posts a multipart form with one file and the CSRF token of the last page read, like a browser's upload. */
	public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			String fileContent) {
		String boundary = "----wijkatelier" + System.nanoTime();
		StringBuilder body = new StringBuilder();
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
				.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
				.append("\r\n"));
		body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
				.append(fileField).append("\"; filename=\"").append(fileName).append("\"\r\n")
				.append("Content-Type: application/octet-stream\r\n\r\n").append(fileContent).append("\r\n--")
				.append(boundary).append("--\r\n");
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
	}

	public Response delete(String path) {
		return send(request(path).DELETE().build());
	}

	public Response postBasic(String path, String user, String password) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Authorization", "Basic " + credentials)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
	}

	/** Posts a form with the CSRF token of the last page read (unless {@code withCsrf} is false). */
	public Response postForm(String path, Map<String, String> fields, boolean withCsrf) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (withCsrf && csrf != null) {
			all.put("_csrf", csrf);
		}
		String form = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build());
	}

	public Response postForm(String path, Map<String, String> fields) {
		return postForm(path, fields, true);
	}

	/** Logs in through the login form; the session then carries the person. */
	public Http login(String email, String password) {
		get("/login");
		Response response = postForm("/login", Map.of("username", email, "password", password));
		if (response.status() != 302 || response.header("Location").contains("error")) {
			throw new IllegalStateException("login failed for " + email + ": " + response.status());
		}
		return this;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		headers.forEach(builder::header);
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
