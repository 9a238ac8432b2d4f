package nl.wijkatelier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * The packaged application killed with SIGKILL (no shutdown hook, no chance to finish anything) in the middle of
 * work, restarted on the same PostgreSQL database, and the database checked: an import is wholly there or wholly
 * absent; every sign-up whose 201 reached the household is there and counted once.
 */
@JarOnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashConsistencyIT {

	/** Enough tasks that the import's transaction writes for a few seconds on a shared 2-core machine. */
	static final int TASKS = 4_000;
	static final int THREADS = 24;
	/** Acknowledged sign-ups before the kill; the burst goes on at full speed when the process dies. */
	static final int ACKNOWLEDGED_BEFORE_KILL = 300;

	private String database;
	private RunningJar jar;

	@BeforeAll
	void start() {
		database = Databases.fresh("it_crash");
		jar = RunningJar.start("crash", database);
	}

	@AfterAll
	void stop() {
		if (jar != null) {
			jar.stop();
		}
	}

	private void restart() {
		jar = RunningJar.start("crash-restarted", database);
	}

	@Test
	@Order(1)
	void anImportKilledWhileWritingIsWhollyAbsentAfterTheRestartAndCanSimplyBeRepeated() throws Exception {
		Api admin = Api.admin(jar);
		String party = Api.unique("Gemeente");
		String neighbourhood = admin.neighbourhoodWithParty(Api.unique("Crashwijk"), party);
		byte[] file = Api.taskFile(TASKS, party, "K");

		long started = System.nanoTime();
		CompletableFuture<Api.Answer> answer = admin.importTasks(neighbourhood, file);
		boolean writing = awaitWritingTransaction(answer);
		long killedAfter = (System.nanoTime() - started) / 1_000_000;
		jar.kill();
		boolean answered = answered(answer);
		restart();

		long stored = tasksOf(neighbourhood);
		long audited = Databases.number(database,
				"select count(*) from audit_log where subject_type = 'task' and detail like 'import: K%' and subject_id in "
						+ "(select cast(id as varchar) from works_task where neighbourhood_id = ?)", UUID.fromString(neighbourhood));
		System.out.printf("[it] import of %d tasks (%d bytes) killed after %d ms (transaction writing: %s, answered: %s): "
				+ "%d tasks stored%n", TASKS, file.length, killedAfter, writing, answered, stored);
		assertThat(writing).as("the kill landed while the import's transaction was writing").isTrue();
		assertThat(stored).as("tasks of the neighbourhood after the restart").isIn(0L, (long) TASKS);
		if (answered) {
			assertThat(stored).isEqualTo(TASKS);
		}
		assertThat(audited).as("audit entries go with the tasks they describe").isEqualTo(stored);
		assertThat(Api.anonymous(jar).get("/api/v1/neighbourhoods/" + neighbourhood + "/tasks").json()
				.get("features")).hasSize((int) stored);

		long retried = System.nanoTime();
		Api.Answer again = Api.admin(jar).importTasks(neighbourhood, file).get(5, TimeUnit.MINUTES);
		System.out.printf("[it] the import sent again took %d ms%n", (System.nanoTime() - retried) / 1_000_000);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("created").asInt()).isEqualTo(TASKS - (int) stored);
		assertThat(tasksOf(neighbourhood)).isEqualTo(TASKS);
	}

	record Sent(String key, int tiles, String signupId, String manageToken) {
	}

	@Test
	@Order(2)
	void everyAcknowledgedSignUpOfABurstKilledMidwayIsStoredOnceAndTheCountAgrees() throws Exception {
		Api admin = Api.admin(jar);
		String neighbourhood = admin.neighbourhoodWithParty(Api.unique("Tegelwijk"), Api.unique("Gemeente"));
		String action = admin.createAction(neighbourhood, Api.unique("Tegelwippen tijdens een crash"));
		Api households = Api.anonymous(jar);

		Queue<Sent> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<Sent> unanswered = new ConcurrentLinkedQueue<>();
		Queue<String> refused = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		for (int t = 0; t < THREADS; t++) {
			long seed = t;
			pool.submit(() -> {
				Random random = new Random(seed);
				while (!stop.get()) {
					String key = "crash-" + UUID.randomUUID();
					int tiles = 1 + random.nextInt(50);
					try {
						Api.Answer answer = households.signUp(action, key, tiles);
						if (answer.status() == 201) {
							JsonNode receipt = answer.json();
							acknowledged.add(new Sent(key, tiles, receipt.get("signupId").asString(),
									receipt.get("manageToken").asString()));
						}
						else {
							refused.add(answer.status() + " " + answer.body());
						}
					}
					catch (IOException ex) {
						// the process died under this request: the household never heard whether it counted
						unanswered.add(new Sent(key, tiles, null, null));
						return;
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline && refused.isEmpty()) {
			RunningJar.sleep(5);
		}
		jar.kill();
		stop.set(true);
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		assertThat(refused).as("answers other than 201 before the kill").isEmpty();
		restart();

		List<Sent> acked = new ArrayList<>(acknowledged);
		long stored = activeSignups(action);
		System.out.printf("[it] sign-up burst killed: %d acknowledged, %d unanswered, %d stored after restart%n",
				acked.size(), unanswered.size(), stored);
		assertThat(acked.size()).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		assertThat(stored).as("acknowledged <= stored <= acknowledged + unanswered")
				.isBetween((long) acked.size(), (long) acked.size() + unanswered.size());
		Api after = Api.anonymous(jar);
		JsonNode restarted = after.get("/api/v1/actions/" + action).json();
		assertThat(restarted.get("households").asLong())
				.as("the action's household count equals its stored sign-ups").isEqualTo(stored);
		long ackedTiles = acked.stream().mapToLong(Sent::tiles).sum();
		assertThat(restarted.at("/totals/tiles").asLong()).as("tiles of the stored sign-ups")
				.isBetween(ackedTiles, ackedTiles + unanswered.stream().mapToLong(Sent::tiles).sum());
		for (Sent sent : acked) {
			Api.Answer mine = after.get("/api/v1/signups/" + sent.manageToken());
			assertThat(mine.status()).as("acknowledged sign-up " + sent.key()).isEqualTo(200);
			assertThat(mine.json().get("signupId").asString()).isEqualTo(sent.signupId());
			assertThat(mine.json().at("/quantity/tiles").asInt()).isEqualTo(sent.tiles());
		}

		// The households that never heard back retry with the same key; some acknowledged ones retry too.
		List<Sent> retries = new ArrayList<>(unanswered);
		retries.addAll(acked.subList(0, 20));
		for (Sent sent : retries) {
			Api.Answer answer = after.signUp(action, sent.key(), sent.tiles());
			assertThat(answer.status()).as(answer.body()).isEqualTo(201);
			if (sent.signupId() != null) {
				assertThat(answer.json().get("signupId").asString()).as("a repeat answers as the first did")
						.isEqualTo(sent.signupId());
			}
		}
		long everyone = acked.size() + unanswered.size();
		long tiles = acked.stream().mapToLong(Sent::tiles).sum() + unanswered.stream().mapToLong(Sent::tiles).sum();
		JsonNode view = after.get("/api/v1/actions/" + action).json();
		assertThat(view.get("households").asLong()).as("every household counted once").isEqualTo(everyone);
		assertThat(activeSignups(action)).isEqualTo(everyone);
		assertThat(view.at("/totals/tiles").asLong()).isEqualTo(tiles);
		assertThat(Databases.number(database, "select count(*) from action_event where action_id = ? and kind = 'THRESHOLD_REACHED'",
				UUID.fromString(action))).as("each threshold fired once").isEqualTo(2);
	}

	/**
	 * Waits until the import's database transaction is writing tasks (PostgreSQL gives a transaction an id at its
	 * first write); false if the import answered first.
	 */
	private boolean awaitWritingTransaction(CompletableFuture<Api.Answer> answer) throws Exception {
		// Only the import writes tasks and their audit entries (a fresh jar also saves the demo's plan scenario).
		String sql = "select count(*), max(left(query, 60)) from pg_stat_activity where datname = current_database() "
				+ "and pid <> pg_backend_pid() and backend_xid is not null "
				+ "and (query ilike 'insert into works_task%' or query ilike 'insert into audit_log%')";
		try (var connection = Databases.connect(Databases.url(database));
				var statement = connection.prepareStatement(sql)) {
			while (!answer.isDone()) {
				try (var rows = statement.executeQuery()) {
					rows.next();
					if (rows.getLong(1) > 0) {
						System.out.println("[it] the import's transaction is writing: " + rows.getString(2));
						return true;
					}
				}
				RunningJar.sleep(2);
			}
		}
		return false;
	}

	private static boolean answered(CompletableFuture<Api.Answer> answer) {
		try {
			Api.Answer a = answer.get(30, TimeUnit.SECONDS);
			return a.status() == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private long tasksOf(String neighbourhood) {
		return Databases.number(database, "select count(*) from works_task where neighbourhood_id = ?",
				UUID.fromString(neighbourhood));
	}

	private long activeSignups(String action) {
		return Databases.number(database, "select count(*) from action_signup where action_id = ? and status = 'ACTIVE'",
				UUID.fromString(action));
	}

}
