package nl.wijkatelier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.wijkatelier.WijkatelierApplication;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;

/**
 * Two instances of the application in one JVM over one database, as two jars behind a load balancer: a session
 * opened on one serves on the other, failed logins count on both, and what one instance makes findable the other
 * finds within 5 seconds. Here on a shared in-memory H2 database (with the follower switched on, as it is on
 * PostgreSQL); {@link SeveralInstancesOnPostgresTest} runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTest {

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
	int a;
	int b;

	/** The database both instances share: url, user name, password. */
	List<String> database() {
		return List.of("jdbc:h2:mem:several-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

	@BeforeAll
	void startTwoInstances() {
		List<String> database = database();
		a = start(database);
		b = start(database);
	}

	private int start(List<String> database) {
		// As command-line arguments, which win over application.yml (default properties would not).
		ConfigurableApplicationContext context = new SpringApplicationBuilder(WijkatelierApplication.class)
				.profiles("test")
				.run("--server.port=0", "--spring.datasource.url=" + database.get(0),
						"--spring.datasource.username=" + database.get(1),
						"--spring.datasource.password=" + database.get(2), "--wijkatelier.search.follow=true",
						"--wijkatelier.login.throttle.max-failures=4", "--spring.jmx.enabled=false");
		instances.add(context);
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@AfterAll
	void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aSessionOpenedOnOneInstanceServesOnTheOtherUntilLoggedOutOnEither() {
		Http onA = Http.browser(a).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		assertThat(onA.get("/profile").status()).isEqualTo(200);

		Http onB = onA.sameBrowserAt(b);
		Http.Response profile = onB.get("/profile");
		assertThat(profile.status()).as("logged in on A, served by B").isEqualTo(200);
		assertThat(profile.body()).contains(People.ADMIN_EMAIL);

		Http.Response loggedOut = onB.postForm("/logout", Map.of());
		assertThat(loggedOut.status()).isEqualTo(302);
		assertThat(onA.get("/profile").status()).as("logged out on B, so on A too").isEqualTo(302);
	}

	@Test
	void failedLoginsOnBothInstancesCountTogether() {
		String address = "203.0.113." + (1 + new Random().nextInt(250));
		Http onA = Http.browser(a).withHeader("X-Forwarded-For", address);
		Http onB = Http.browser(b).withHeader("X-Forwarded-For", address);
		for (int i = 0; i < 4; i++) {
			Http instance = i % 2 == 0 ? onA : onB;
			instance.get("/login");
			Http.Response failed = instance.postForm("/login",
					Map.of("username", "nobody-" + i + "@example.org", "password", "guess-" + i));
			assertThat(failed.header("Location")).as("attempt %d", i + 1).endsWith("/login?error");
		}
		for (Http instance : List.of(onA, onB)) {
			instance.get("/login");
			Http.Response throttled = instance.postForm("/login",
					Map.of("username", People.ADMIN_EMAIL, "password", People.ADMIN_PASSWORD));
			assertThat(throttled.header("Location")).as("two failures on each make four on both")
					.endsWith("/login?throttled");
		}
		Http.browser(b).withHeader("X-Forwarded-For", "198.51.100.9").login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
	}

	@Test
	void whatOneInstanceMakesFindableTheOtherFindsWithinFiveSeconds() {
		String admin = Http.api(a).postBasic("/api/v1/tokens", People.ADMIN_EMAIL, People.ADMIN_PASSWORD).json()
				.get("token").asString();
		String word = "gierzwaluw" + UUID.randomUUID().toString().substring(0, 6);
		Http.Response added = Http.api(a).withToken(admin).postJson("/api/v1/resources", Map.of("title",
				"Nestkasten " + word, "url", "https://example.org/" + word, "kind", "KNOW_HOW"));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		String id = added.json().get("id").asString();
		assertThat(titlesWithin(a, word, Duration.ZERO)).as("on A at once").containsExactly("Nestkasten " + word);
		assertThat(titlesWithin(b, word, Duration.ofSeconds(5))).as("on B").containsExactly("Nestkasten " + word);

		Http.Response changed = Http.api(b).withToken(admin).putJson("/api/v1/resources/" + id, Map.of("title",
				"Vogelkasten " + word, "url", "https://example.org/" + word, "kind", "KNOW_HOW"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(titlesWithin(a, "Vogelkasten " + word, Duration.ofSeconds(5))).as("changed on B, found so on A")
				.containsExactly("Vogelkasten " + word);

		assertThat(Http.api(a).withToken(admin).delete("/api/v1/resources/" + id).status()).isEqualTo(204);
		assertThat(goneWithin(b, word, Duration.ofSeconds(5))).as("removed on A, gone on B").isTrue();
	}

	/** The titles a search on this instance finds, polled until it finds any or the time is up. */
	private static List<String> titlesWithin(int port, String query, Duration limit) {
		Instant end = Instant.now().plus(limit);
		while (true) {
			List<String> titles = titles(port, query);
			if (!titles.isEmpty() || Instant.now().isAfter(end)) {
				return titles;
			}
			pause();
		}
	}

	private static boolean goneWithin(int port, String query, Duration limit) {
		Instant end = Instant.now().plus(limit);
		while (!titles(port, query).isEmpty()) {
			if (Instant.now().isAfter(end)) {
				return false;
			}
			pause();
		}
		return true;
	}

	private static List<String> titles(int port, String query) {
		List<String> titles = new ArrayList<>();
		Http.api(port).get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
				.json().get("items").forEach(i -> titles.add(i.get("title").asString()));
		return titles;
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
