package nl.wijkatelier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import nl.wijkatelier.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the packaged application on one PostgreSQL database, as a cluster runs them behind a load
 * balancer: A on one port (actuator on the same port), B with its actuator on a separate management port. Whatever
 * one instance stores or starts, the other must see: sign-ups and their thresholds, the login session, the live
 * screen of an atelier, plan runs, the search index and the login throttle. The last test kills A with SIGKILL in
 * a sign-up burst; B goes on serving. Figures go to the console and {@code target/it-logs/two-instances.txt}.
 */
@JarOnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

	static final int SIGNUPS = 1_000;
	static final int THREADS = 16;
	/** What the other instance may take to see a change: a screen or a search a few seconds behind is fine. */
	static final Duration PROPAGATION = Duration.ofSeconds(5);
	/** LoginThrottle's default: 20 failed logins per client address in 15 minutes. */
	static final int THROTTLE_FAILURES = 20;

	private static final Path FIGURES = Path.of("target", "it-logs", "two-instances.txt");
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER).build();

	private String database;
	private RunningJar a;
	private RunningJar b;

	@BeforeAll
	void startTwoInstances() throws IOException {
		Files.createDirectories(FIGURES.getParent());
		Files.writeString(FIGURES, "");
		database = Databases.fresh("it_two");
		// Both at once on the empty database, as a Deployment's replicas start: one creates the schema, the first
		// admin and the demo while the other waits (Flyway's lock, FirstStartLock), and both come up.
		long started = System.nanoTime();
		a = RunningJar.launch("two-a", database, false);
		b = RunningJar.launch("two-b", database, true);
		a.awaitHealthy();
		long aUp = System.nanoTime();
		b.awaitHealthy();
		figure("started together on an empty database (migrations and demo data): A up in %d ms, B in %d ms "
				+ "(port %d, management %d)", (aUp - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000,
				b.port(), b.managementPort());
		assertThat(Api.anonymous(b).get("/api/v1/programmes").json().size())
				.as("one demo programme, however the two first starts interleaved").isEqualTo(1);
	}

	@AfterAll
	void stopBoth() {
		for (RunningJar jar : new RunningJar[] { a, b }) {
			if (jar != null) {
				jar.stop();
			}
		}
	}

	@Test
	@Order(1)
	void probesAreOpenAndMetricsOpenOnlyOnTheManagementPortOrToAnAdmin() {
		for (RunningJar jar : List.of(a, b)) {
			// http_server_requests appears with the first request served on the application's port.
			assertThat(Api.anonymous(jar).get("/api/v1/neighbourhoods").status()).isEqualTo(200);
			for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
				Api.Answer answer = get(jar.managementPort(), probe, Map.of());
				assertThat(answer.status()).as(probe + " on port " + jar.managementPort()).isEqualTo(200);
				assertThat(answer.body()).contains("\"status\":\"UP\"");
			}
		}
		// A: the actuator on the public port, so metrics need an admin.
		assertThat(get(a.port(), "/actuator/prometheus", Map.of()).status()).isEqualTo(401);
		Api.Answer metricsOfA = get(a.port(), "/actuator/prometheus", Map.of("Authorization", "Bearer " + adminToken(a)));
		assertThat(metricsOfA.status()).isEqualTo(200);
		// B: open on its management port, not served on its public port.
		Api.Answer metricsOfB = get(b.managementPort(), "/actuator/prometheus", Map.of());
		assertThat(metricsOfB.status()).isEqualTo(200);
		assertThat(get(b.port(), "/actuator/prometheus", Map.of()).status()).isIn(401, 404);
		assertThat(get(b.port(), "/actuator/prometheus", Map.of("Authorization", "Bearer " + adminToken(b))).status())
				.isEqualTo(404);
		for (Api.Answer metrics : List.of(metricsOfA, metricsOfB)) {
			assertThat(metrics.body()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes",
					"hikaricp_connections_active", "wijkatelier_signups_total", "wijkatelier_contributions_total");
		}
	}

	@Test
	@Order(2)
	void aThousandSignUpsSpreadOverBothInstancesCountEveryHouseholdOnceAndEachThresholdOnce() throws Exception {
		Api admin = Api.admin(a);
		String neighbourhood = admin.neighbourhoodWithParty(Api.unique("Tweelingwijk"), Api.unique("Gemeente"));
		String action = action(admin, neighbourhood, List.of(10, 500, SIGNUPS));
		double countedBefore = signupsCounted();

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Callable<Integer>> signUps = new ArrayList<>();
		for (int i = 0; i < SIGNUPS; i++) {
			Api household = Api.anonymous(i % 2 == 0 ? a : b);
			String key = "two-instances-household-" + i;
			signUps.add(() -> household.signUp(action, key, 3).status());
		}
		long started = System.nanoTime();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : pool.invokeAll(signUps)) {
			statuses.add(f.get());
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		pool.shutdown();
		figure("%d sign-ups over A and B from %d threads in %d ms (%.0f a second)", SIGNUPS, THREADS, millis,
				SIGNUPS * 1000.0 / millis);
		assertThat(statuses).as("every sign-up answered 201").containsOnly(201);

		for (RunningJar jar : List.of(a, b)) {
			JsonNode view = Api.anonymous(jar).get("/api/v1/actions/" + action).json();
			assertThat(view.get("households").asInt()).as("households as port " + jar.port() + " reports them")
					.isEqualTo(SIGNUPS);
			assertThat(view.at("/totals/tiles").asInt()).isEqualTo(SIGNUPS * 3);
		}
		UUID id = UUID.fromString(action);
		assertThat(Databases.number(database, "select count(*) from action_signup where action_id = ? and status = 'ACTIVE'", id))
				.isEqualTo(SIGNUPS);
		assertThat(Databases.number(database,
				"select count(*) from action_event where action_id = ? and kind = 'THRESHOLD_REACHED'", id))
				.as("each of the three thresholds recorded exactly once").isEqualTo(3);
		assertThat(Databases.number(database,
				"select count(*) from action_threshold where action_id = ? and reached_at is not null", id)).isEqualTo(3);
		assertThat(signupsCounted() - countedBefore).as("wijkatelier_signups_total of A and B added up")
				.isEqualTo(SIGNUPS);
	}

	@Test
	@Order(3)
	void aSessionLoggedInThroughAIsLoggedInOnB() throws Exception {
		WebSession session = new WebSession();
		session.login(a.port(), RunningJar.ADMIN_EMAIL, RunningJar.ADMIN_PASSWORD);
		Api.Answer onA = session.get(a.port(), "/profile");
		assertThat(onA.status()).as("the profile page on A, where the session was made").isEqualTo(200);
		assertThat(onA.body()).contains(RunningJar.ADMIN_EMAIL);

		Api.Answer onB = session.get(b.port(), "/profile");
		assertThat(onB.status()).as("the profile page on B with A's session cookie (302 = sent to the login page)")
				.isEqualTo(200);
		assertThat(onB.body()).contains(RunningJar.ADMIN_EMAIL);
	}

	@Test
	@Order(4)
	void aContributionPostedThroughAReachesTheLiveScreenFollowedOnB() throws Exception {
		Http adminOnA = Api.admin(a).http();
		Http.Response created = adminOnA.postJson("/api/v1/ateliers", Map.of("title", Api.unique("Tweelingatelier"),
				"date", "2026-12-10", "themes", List.of("ENERGY", "GREENERY")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String atelier = created.json().get("id").asString();
		String joinCode = created.json().get("joinCode").asString();
		assertThat(adminOnA.postJson("/api/v1/ateliers/" + atelier + "/open", "").status()).isEqualTo(200);

		WebSession facilitator = new WebSession();
		facilitator.login(b.port(), RunningJar.ADMIN_EMAIL, RunningJar.ADMIN_PASSWORD);
		try (EventStream screen = facilitator.follow(b.port(), "/ateliers/" + atelier + "/events")) {
			assertThat(screen.next("hello", Duration.ofSeconds(30))).as("B's stream is open").isTrue();

			Http.Response joined = Api.anonymous(a).http().postJson("/api/v1/ateliers/join/" + joinCode,
					Map.of("displayName", "Deelnemer", "partyType", "RESIDENT"));
			assertThat(joined.status()).as(joined.body()).isEqualTo(201);
			String participant = joined.json().get("participantToken").asString();
			long sent = System.nanoTime();
			Http.Response contributed = Http.api(a.port()).withToken(participant).postJson(
					"/api/v1/ateliers/" + atelier + "/contributions", Map.of("question", 1, "text", "Meer bomen in de straat"));
			assertThat(contributed.status()).as(contributed.body()).isEqualTo(201);

			boolean arrived = screen.next("changed", PROPAGATION);
			figure("contribution on A: live event on B %s", arrived
					? "after " + (System.nanoTime() - sent) / 1_000_000 + " ms" : "not within " + PROPAGATION.toSeconds() + " s");
			assertThat(arrived).as("the 'changed' event on B's live stream within " + PROPAGATION).isTrue();
		}
	}

	@Test
	@Order(5)
	void aPlanRunStartedOnAIsFollowedAndCancelledOnB() throws Exception {
		String token = adminToken(a);
		String demo = neighbourhoodNamed(a, "Spijkerkwartier");
		Http.Response started = Http.api(a.port()).withToken(token)
				.postJson("/api/v1/neighbourhoods/" + demo + "/plan-runs?seconds=120", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String run = started.json().get("id").asString();

		Http onB = Http.api(b.port()).withToken(token);
		Http.Response seen = onB.get("/api/v1/plan-runs/" + run);
		assertThat(seen.status()).as("the run of A as B reports it: " + seen.body()).isEqualTo(200);
		long cancelled = System.nanoTime();
		Http.Response cancel = onB.delete("/api/v1/plan-runs/" + run);
		assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
		String status = "RUNNING";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while ("RUNNING".equals(status) && System.nanoTime() < deadline) {
			RunningJar.sleep(200);
			status = onB.get("/api/v1/plan-runs/" + run).json().get("status").asString();
		}
		figure("plan run started on A, cancelled through B: %s after %d ms", status,
				(System.nanoTime() - cancelled) / 1_000_000);
		assertThat(status).isEqualTo("CANCELLED");
		assertThat(Http.api(a.port()).withToken(token).get("/api/v1/plan-runs/" + run).json().get("status").asString())
				.as("A agrees").isEqualTo("CANCELLED");
	}

	@Test
	@Order(6)
	void aResourceAddedThroughAIsFoundBySearchOnB() {
		String word = "tweelingzaad" + Long.toString(System.nanoTime() % 100_000);
		Http.Response added = Api.admin(a).http().postJson("/api/v1/resources", Map.of("title", "Zaad voor twee",
				"url", "https://example.org/twee", "description", "Een " + word + " voor de geveltuin.", "kind",
				"KNOW_HOW", "themes", List.of("BIODIVERSITY")));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(searchTotal(a, word)).as("found on A at once").isEqualTo(1);

		long sent = System.nanoTime();
		long deadline = sent + PROPAGATION.toNanos();
		long found = searchTotal(b, word);
		while (found == 0 && System.nanoTime() < deadline) {
			RunningJar.sleep(200);
			found = searchTotal(b, word);
		}
		figure("resource added on A: %s by search on B", found == 1
				? "found after " + (System.nanoTime() - sent) / 1_000_000 + " ms" : "not found within " + PROPAGATION.toSeconds() + " s");
		assertThat(found).as("found by search on B within " + PROPAGATION).isEqualTo(1);
	}

	@Test
	@Order(7)
	void failedLoginsSplitOverBothInstancesCountTowardsOneThrottle() {
		String address = "203.0.113." + (1 + new Random().nextInt(250));
		for (int i = 0; i < THROTTLE_FAILURES; i++) {
			RunningJar jar = i % 2 == 0 ? a : b;
			Http.Response failed = Http.api(jar.port()).withHeader("X-Forwarded-For", address)
					.postBasic("/api/v1/tokens", "niemand-" + i + "@example.org", "raden-" + i);
			assertThat(failed.status()).as("failure %d (on port %d)", i + 1, jar.port()).isEqualTo(401);
		}
		for (RunningJar jar : List.of(a, b)) {
			Http.Response next = Http.api(jar.port()).withHeader("X-Forwarded-For", address)
					.postBasic("/api/v1/tokens", RunningJar.ADMIN_EMAIL, RunningJar.ADMIN_PASSWORD);
			assertThat(next.status()).as("after %d failures from %s, %d on each instance, port %d refuses even the "
					+ "right password", THROTTLE_FAILURES, address, THROTTLE_FAILURES / 2, jar.port()).isEqualTo(429);
		}
		Http.Response elsewhere = Http.api(a.port()).withHeader("X-Forwarded-For", "198.51.100.9")
				.postBasic("/api/v1/tokens", RunningJar.ADMIN_EMAIL, RunningJar.ADMIN_PASSWORD);
		assertThat(elsewhere.status()).as("another address is not throttled").isEqualTo(201);
	}

	record Sent(String key, int tiles, String signupId, String manageToken) {
	}

	/** Last: A does not come back. */
	@Test
	@Order(99)
	void whenAIsKilledInASignUpBurstEveryAcknowledgedSignUpIsStoredOnceAndBKeepsServing() throws Exception {
		Api admin = Api.admin(b);
		String neighbourhood = admin.neighbourhoodWithParty(Api.unique("Valwijk"), Api.unique("Gemeente"));
		String action = action(admin, neighbourhood, List.of(10, 100));
		Queue<Sent> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<Sent> unanswered = new ConcurrentLinkedQueue<>();
		Queue<String> refused = new ConcurrentLinkedQueue<>();
		AtomicInteger acknowledgedByBAfterKill = new AtomicInteger();
		AtomicBoolean aDead = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		for (int t = 0; t < THREADS; t++) {
			long seed = t;
			pool.submit(() -> {
				Random random = new Random(seed);
				int n = 0;
				while (!stop.get()) {
					boolean toA = n++ % 2 == 0 && !aDead.get();
					boolean afterKill = aDead.get();
					String key = "kill-" + UUID.randomUUID();
					int tiles = 1 + random.nextInt(50);
					try {
						Api.Answer answer = Api.anonymous(toA ? a : b).signUp(action, key, tiles);
						if (answer.status() == 201) {
							JsonNode receipt = answer.json();
							acknowledged.add(new Sent(key, tiles, receipt.get("signupId").asString(),
									receipt.get("manageToken").asString()));
							if (!toA && afterKill) {
								acknowledgedByBAfterKill.incrementAndGet();
							}
						}
						else {
							refused.add(answer.status() + " " + answer.body());
						}
					}
					catch (IOException ex) {
						// A died under this request (or before it was sent): the household never heard back
						unanswered.add(new Sent(key, tiles, null, null));
						if (!toA) {
							refused.add("B failed: " + ex);
						}
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (acknowledged.size() < 300 && System.nanoTime() < deadline && refused.isEmpty()) {
			RunningJar.sleep(5);
		}
		a.kill();
		aDead.set(true);
		long killed = System.nanoTime();
		while (acknowledgedByBAfterKill.get() < 200 && System.nanoTime() < deadline && refused.isEmpty()) {
			RunningJar.sleep(5);
		}
		long afterKillMillis = (System.nanoTime() - killed) / 1_000_000;
		stop.set(true);
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		assertThat(refused).as("answers other than 201, and failures of B").isEmpty();
		assertThat(acknowledgedByBAfterKill.get()).as("sign-ups B acknowledged after A died").isGreaterThanOrEqualTo(200);

		List<Sent> acked = new ArrayList<>(acknowledged);
		UUID id = UUID.fromString(action);
		long stored = Databases.number(database,
				"select count(*) from action_signup where action_id = ? and status = 'ACTIVE'", id);
		figure("A killed in a sign-up burst: %d acknowledged (%d of them by B in the %d ms after the kill), %d unanswered, %d stored",
				acked.size(), acknowledgedByBAfterKill.get(), afterKillMillis, unanswered.size(), stored);
		assertThat(stored).as("acknowledged <= stored <= acknowledged + unanswered")
				.isBetween((long) acked.size(), (long) acked.size() + unanswered.size());
		Api onB = Api.anonymous(b);
		assertThat(onB.get("/api/v1/actions/" + action).json().get("households").asLong())
				.as("the household count equals the stored sign-ups").isEqualTo(stored);
		for (Sent sent : acked) {
			Api.Answer mine = onB.get("/api/v1/signups/" + sent.manageToken());
			assertThat(mine.status()).as("acknowledged sign-up " + sent.key()).isEqualTo(200);
			assertThat(mine.json().get("signupId").asString()).isEqualTo(sent.signupId());
		}
		for (Sent sent : unanswered) {
			assertThat(onB.signUp(action, sent.key(), sent.tiles()).status()).as("retry on B").isEqualTo(201);
		}
		long everyone = acked.size() + unanswered.size();
		assertThat(onB.get("/api/v1/actions/" + action).json().get("households").asLong()).isEqualTo(everyone);
		assertThat(Databases.number(database,
				"select count(*) from action_event where action_id = ? and kind = 'THRESHOLD_REACHED'", id)).isEqualTo(2);
	}

	private static String action(Api admin, String neighbourhood, List<Integer> thresholds) {
		Http.Response created = admin.http().postJson("/api/v1/actions", Map.of("neighbourhoodId", neighbourhood,
				"template", "TILE_REMOVAL", "title", Api.unique("Tegels eruit met twee"), "target", 5000,
				"thresholds", thresholds.stream().map(h -> Map.of("households", h, "label", h + " huishoudens")).toList()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String adminToken(RunningJar jar) {
		Http.Response issued = Http.api(jar.port()).postBasic("/api/v1/tokens", RunningJar.ADMIN_EMAIL,
				RunningJar.ADMIN_PASSWORD);
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		return issued.json().get("token").asString();
	}

	private static String neighbourhoodNamed(RunningJar jar, String name) {
		for (JsonNode n : Api.anonymous(jar).get("/api/v1/neighbourhoods").json()) {
			if (n.get("name").asString().equals(name)) {
				return n.get("id").asString();
			}
		}
		throw new AssertionError("no neighbourhood " + name);
	}

	private static long searchTotal(RunningJar jar, String word) {
		return Api.anonymous(jar).get("/api/v1/search?q=" + word).json().get("total").asLong();
	}

	/** wijkatelier_signups_total of both instances: A's on its public port as an admin, B's on its management port. */
	private double signupsCounted() {
		return metric(get(a.port(), "/actuator/prometheus", Map.of("Authorization", "Bearer " + adminToken(a))), "wijkatelier_signups_total")
				+ metric(get(b.managementPort(), "/actuator/prometheus", Map.of()), "wijkatelier_signups_total");
	}

	/** The sum of every series of a metric in Prometheus' text format. */
	static double metric(Api.Answer prometheus, String name) {
		assertThat(prometheus.status()).isEqualTo(200);
		Pattern series = Pattern.compile("^" + name + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
		Matcher m = series.matcher(prometheus.body());
		double sum = 0;
		boolean any = false;
		while (m.find()) {
			sum += Double.parseDouble(m.group(2));
			any = true;
		}
		assertThat(any).as(name + " in the metrics").isTrue();
		return sum;
	}

	private static Api.Answer get(int port, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		return send(request.GET().build());
	}

	private static Api.Answer send(HttpRequest request) {
		try {
			HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Api.Answer(r.statusCode(), r.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void figure(String format, Object... args) {
		String line = String.format(format, args);
		System.out.println("[it] " + line);
		try {
			Files.writeString(FIGURES, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A browser's cookies for localhost, whatever the port: what a load balancer in front of both instances gives
	 * the browser, one origin with one cookie jar.
	 */
	static final class WebSession {

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		void login(int port, String email, String password) {
			Api.Answer form = get(port, "/login");
			Matcher csrf = CSRF.matcher(form.body());
			assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
			String body = Stream.of(Map.entry("username", email), Map.entry("password", password),
					Map.entry("_csrf", csrf.group(1)))
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
			HttpResponse<String> answer = exchange(request(port, "/login")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			String location = answer.headers().firstValue("Location").orElse("");
			assertThat(answer.statusCode()).as("login answer").isEqualTo(302);
			assertThat(location).as("login redirect").doesNotContain("error").doesNotContain("login");
		}

		Api.Answer get(int port, String path) {
			HttpResponse<String> r = exchange(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
			return new Api.Answer(r.statusCode(), r.body());
		}

		/** Opens a server-sent event stream; its lines are read in the background. */
		EventStream follow(int port, String path) {
			HttpRequest request = request(port, path).header("Accept", "text/event-stream").GET().build();
			HttpResponse<Stream<String>> response = exchange(request, HttpResponse.BodyHandlers.ofLines());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return new EventStream(response.body());
		}

		private HttpRequest.Builder request(int port, String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.timeout(Duration.ofSeconds(60));
			if (!cookies.isEmpty()) {
				builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
			}
			return builder;
		}

		private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
			try {
				HttpResponse<T> response = CLIENT.send(request, handler);
				for (String set : response.headers().allValues("Set-Cookie")) {
					String pair = set.split(";", 2)[0];
					int eq = pair.indexOf('=');
					if (eq > 0) {
						cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
					}
				}
				return response;
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

	/** The event names of a server-sent event stream as they arrive. */
	static final class EventStream implements AutoCloseable {

		private final Stream<String> lines;
		private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
		private final Thread reader;

		EventStream(Stream<String> lines) {
			this.lines = lines;
			this.reader = new Thread(() -> {
				try {
					lines.forEach(line -> {
						if (line.startsWith("event:")) {
							events.add(line.substring("event:".length()).trim());
						}
					});
				}
				catch (UncheckedIOException ex) {
					// the stream was closed
				}
			}, "event-stream");
			reader.setDaemon(true);
			reader.start();
		}

		/** Whether an event of this name arrives within the time (earlier events of other names are passed over). */
		boolean next(String name, Duration within) throws InterruptedException {
			long deadline = System.nanoTime() + within.toNanos();
			while (true) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				String event = events.poll(left, TimeUnit.NANOSECONDS);
				if (event == null) {
					return false;
				}
				if (event.equals(name)) {
					return true;
				}
			}
		}

		@Override
		public void close() {
			lines.close();
			reader.interrupt();
		}
	}
}
