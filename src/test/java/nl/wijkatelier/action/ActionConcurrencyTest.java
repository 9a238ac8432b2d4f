package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/**
 * An evening's worth of sign-ups at once: 1,000 households over real HTTP from 32 threads, 200 of them sending
 * their request twice with the same Idempotency-Key (a retry or a double click), all in random order.
 * All come from one address (this test's loopback), so the limit per address and action is raised above them.
 */
@WijkatelierTest
// Far above the 1,200 requests here, and the same setting as HostileInputTest and AuthorisationMatrixTest, so the three
// share one cached application context instead of starting one more.
@TestPropertySource(properties = "wijkatelier.limits.signups-per-minute=100000")
class ActionConcurrencyTest {

	static final int HOUSEHOLDS = 1_000;
	static final int REPEATS = 200;
	static final List<Integer> THRESHOLDS = List.of(1, 100, 250, 500, 999, 1_000);

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Mails mails;

	record Sent(String key, int tiles, ActionClient.Answer answer) {
	}

	@Test
	void aThousandHouseholdsSigningUpAtOnceAreCountedOnceEachAndEveryThresholdFiresOnce() throws Exception {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Craneveer"))
				.findFirst().orElseThrow().id();
		People.Person organiser = people.facilitator(where);
		List<Map<String, Object>> thresholds = THRESHOLDS.stream()
				.map(h -> Map.<String, Object>of("households", h, "label", "Drempel " + h)).toList();
		Http.Response created = Http.api(port).withToken(organiser.token()).postJson("/api/v1/actions",
				Map.of("neighbourhoodId", where.toString(), "template", "TILE_REMOVAL",
						"title", "Drukte " + UUID.randomUUID(), "target", HOUSEHOLDS, "thresholds", thresholds));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();

		Random random = new Random(42);
		List<String> keys = new ArrayList<>();
		Map<String, Integer> tilesByKey = new HashMap<>();
		for (int i = 0; i < HOUSEHOLDS; i++) {
			String key = "household-" + i + "-" + UUID.randomUUID();
			keys.add(key);
			tilesByKey.put(key, 1 + random.nextInt(200));
		}
		List<String> requests = new ArrayList<>(keys);
		for (int i = 0; i < REPEATS; i++) {
			requests.add(keys.get(random.nextInt(HOUSEHOLDS)));
		}
		Collections.shuffle(requests, random);

		ActionClient client = new ActionClient(port);
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<Sent>> futures = new ArrayList<>();
		long started = System.nanoTime();
		try {
			for (String key : requests) {
				futures.add(pool.submit(() -> new Sent(key, tilesByKey.get(key),
						client.signUp(id, key, ActionClient.tiles(tilesByKey.get(key))))));
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("[action] %d sign-up requests (%d households, %d repeats) in %d ms%n", requests.size(),
				HOUSEHOLDS, REPEATS, (System.nanoTime() - started) / 1_000_000);

		Map<String, String> signupByKey = new HashMap<>();
		Map<String, String> tokenByKey = new HashMap<>();
		for (Future<Sent> future : futures) {
			Sent sent = future.get();
			assertThat(sent.answer().status()).as(String.valueOf(sent.answer().json())).isEqualTo(201);
			String signup = sent.answer().json().get("signupId").asString();
			String token = sent.answer().json().get("manageToken").asString();
			String earlier = signupByKey.putIfAbsent(sent.key(), signup);
			assertThat(earlier == null || earlier.equals(signup)).as("same key, same sign-up").isTrue();
			String earlierToken = tokenByKey.putIfAbsent(sent.key(), token);
			assertThat(earlierToken == null || earlierToken.equals(token)).as("same key, same token").isTrue();
		}
		Set<String> distinct = new HashSet<>(signupByKey.values());
		assertThat(distinct).hasSize(HOUSEHOLDS);

		JsonNode action = Http.api(port).get("/api/v1/actions/" + id).json();
		assertThat(action.get("households").asInt()).isEqualTo(HOUSEHOLDS);
		long expectedTiles = tilesByKey.values().stream().mapToLong(Integer::longValue).sum();
		assertThat(action.at("/totals/tiles").asLong()).isEqualTo(expectedTiles);
		assertThat(action.get("thresholdsReached")).hasSize(THRESHOLDS.size());

		JsonNode events = Http.api(port).get("/api/v1/actions/" + id + "/events").json();
		List<Integer> fired = new ArrayList<>();
		for (JsonNode event : events) {
			if (event.get("kind").asString().equals("THRESHOLD_REACHED")) {
				fired.add(event.get("households").asInt());
			}
		}
		assertThat(fired).containsExactlyInAnyOrderElementsOf(THRESHOLDS);
		assertThat(mails.to(organiser.email())).hasSize(THRESHOLDS.size());
	}
}
