package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wijkatelier.planning.internal.PlanRunStore;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import nl.wijkatelier.works.CouplingProposals;
import nl.wijkatelier.works.Couplings;
import nl.wijkatelier.works.WorksProperties;
import nl.wijkatelier.works.WorksRegister;
import tools.jackson.databind.JsonNode;

/**
 * Plan runs shared by several instances over one database: the application's own {@link PlanningJobs} is instance A,
 * and each test starts other instances on the same database with their own instance ids, as separate jars would.
 */
@WijkatelierTest
class PlanRunsAcrossInstancesTest {

	@LocalServerPort
	int port;
	@Autowired
	PlanningJobs a;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	WorksRegister register;
	@Autowired
	CouplingProposals agreements;
	@Autowired
	Couplings couplings;
	@Autowired
	WorksProperties works;
	@Autowired
	PlanningProperties planning;
	@Autowired
	PlanRunProperties runs;
	@Autowired
	ObjectProvider<MeterRegistry> meters;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Scenarios scenarios;
	@Autowired
	People people;

	private final List<PlanningJobs> started = new ArrayList<>();

	private PlanningJobs instance(String name, PlanRunProperties properties) {
		PlanningJobs jobs = new PlanningJobs(jdbc, register, agreements, couplings, works, planning,
				properties.withInstanceId(name + "-" + UUID.randomUUID().toString().substring(0, 8)), meters);
		jobs.start();
		started.add(jobs);
		return jobs;
	}

	@AfterEach
	void stopInstances() {
		started.forEach(PlanningJobs::stop);
	}

	private NeighbourhoodId spijkerkwartier() {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals("Spijkerkwartier")).findFirst().orElseThrow()
				.id();
	}

	private static <T> T waitFor(Duration limit, Supplier<T> read, Predicate<T> until) {
		long end = System.nanoTime() + limit.toNanos();
		T value = read.get();
		while (!until.test(value) && System.nanoTime() < end) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				throw new AssertionError(ex);
			}
			value = read.get();
		}
		return value;
	}

	@Test
	void aRunStartedOnOneInstanceIsReadCancelledAndSavedThroughAnother() {
		PlanningJobs b = instance("B", runs);
		String person = "cancel-" + UUID.randomUUID() + "@example.org";
		PlanningJobs.JobView run = a.start(PlanningJobs.Start.of(spijkerkwartier(), Optional.of(120)), person);

		PlanningJobs.JobView seen = waitFor(Duration.ofSeconds(60), () -> b.find(run.id()).orElseThrow(),
				v -> v.status() == PlanningJobs.Status.RUNNING && v.best().isPresent());
		assertThat(seen.status()).as("B sees the run going, with its progress").isEqualTo(PlanningJobs.Status.RUNNING);
		assertThat(seen.best()).isPresent();

		long asked = System.nanoTime();
		PlanningJobs.JobView answer = b.cancel(run.id()).orElseThrow();
		assertThat(answer.cancelRequested()).isTrue();
		PlanningJobs.JobView ended = waitFor(Duration.ofSeconds(5), () -> b.find(run.id()).orElseThrow(),
				v -> v.status().ended());
		assertThat(ended.status()).as("cancelled through B, ended within 5 s").isEqualTo(PlanningJobs.Status.CANCELLED);
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(8));
		assertThat(ended.finished()).isPresent();

		PlanningJobs.Finished finished = b.finished(run.id()).orElseThrow();
		assertThat(finished.result().schedule().feasible()).isTrue();
		assertThat(finished.problem().tasks()).hasSize(finished.result().schedule().starts().size());
		Scenarios.Summary saved = scenarios.save(finished, "Afgebroken op A, bewaard via B", false);
		assertThat(saved.totalSavingCents()).isEqualTo(finished.result().schedule().totalSavingCents());
	}

	@Test
	void aQueuedRunIsClaimedByAnInstanceWithAFreeThread() {
		PlanningJobs b = instance("B", runs);
		String person = "queue-" + UUID.randomUUID() + "@example.org";
		// queued as another instance would leave it: a row nobody has claimed yet
		UUID id = UUID.randomUUID();
		PlanningJobs.JobView template = a.start(PlanningJobs.Start.of(spijkerkwartier(), Optional.of(1)), person);
		jdbc.update("insert into plan_run (id, neighbourhood_id, requested_by, seconds, based_on, pinned, granularity,"
				+ " shift_cost_cents, portfolio, status, created_at) select ?, neighbourhood_id, requested_by, 1, based_on,"
				+ " pinned, granularity, shift_cost_cents, portfolio, 'QUEUED', current_timestamp from plan_run where id = ?",
				id, template.id());
		PlanningJobs.JobView done = waitFor(Duration.ofSeconds(60), () -> b.find(id).orElseThrow(), v -> v.status().ended());
		assertThat(done.status()).isEqualTo(PlanningJobs.Status.DONE);
		String owner = jdbc.queryForObject("select owner_instance from plan_run where id = ?", String.class, id);
		assertThat(owner).isIn(a.instanceId(), b.instanceId());
	}

	@Test
	void aRunningRunWhoseOwnerWentSilentIsMarkedAbandoned() {
		PlanningJobs b = instance("B", runs);
		UUID silent = runningRow("gone-for-good", jdbc.queryForObject("select current_timestamp", OffsetDateTime.class)
				.minusMinutes(10));
		UUID alive = runningRow("still-there", jdbc.queryForObject("select current_timestamp", OffsetDateTime.class));
		assertThat(b.find(silent).orElseThrow().status()).as("on read").isEqualTo(PlanningJobs.Status.ABANDONED);
		assertThat(b.find(alive).orElseThrow().status()).isEqualTo(PlanningJobs.Status.RUNNING);

		UUID swept = runningRow("gone-too", jdbc.queryForObject("select current_timestamp", OffsetDateTime.class)
				.minusMinutes(10));
		instance("C", runs.withAbandonAfter(Duration.ofSeconds(2)));
		String status = waitFor(Duration.ofSeconds(10),
				() -> jdbc.queryForObject("select status from plan_run where id = ?", String.class, swept),
				s -> s.equals("ABANDONED"));
		assertThat(status).as("by the periodic sweep, without anyone reading it").isEqualTo("ABANDONED");
		jdbc.update("delete from plan_run where id = ?", alive);
	}

	@Test
	void aRestartedInstanceClosesTheRunsItsEarlierProcessLeftRunning() {
		String name = "restarted-" + UUID.randomUUID().toString().substring(0, 8);
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		UUID left = runningRow(name, jdbc.queryForObject("select current_timestamp", OffsetDateTime.class)
				.minus(Duration.ofMillis(uptime + 1000)));
		PlanningJobs restarted = new PlanningJobs(jdbc, register, agreements, couplings, works, planning, runs.withInstanceId(name), meters);
		restarted.start();
		started.add(restarted);
		assertThat(jdbc.queryForObject("select status from plan_run where id = ?", String.class, left))
				.isEqualTo("ABANDONED");
	}

	@Test
	void aFinishedRunIsReadableBySomeInstanceStartedLater() {
		PlanningJobs.JobView run = a.start(PlanningJobs.Start.of(spijkerkwartier(), Optional.of(1)),
				"later-" + UUID.randomUUID() + "@example.org");
		waitFor(Duration.ofSeconds(60), () -> a.find(run.id()).orElseThrow(), v -> v.status().ended());
		PlanningJobs later = instance("later", runs);
		assertThat(later.find(run.id()).orElseThrow().status()).isEqualTo(PlanningJobs.Status.DONE);
		assertThat(later.finished(run.id())).isPresent();
	}

	@Test
	void secondsOutOfRangeAreRefusedNamingTheRange() {
		for (int seconds : new int[] {0, planning.maxSeconds() + 1}) {
			assertThatThrownBy(() -> a.start(PlanningJobs.Start.of(spijkerkwartier(), Optional.of(seconds)), "x"))
					.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations().get(0).arguments())
							.containsExactly(1, planning.maxSeconds()));
		}
		Http api = Http.api(port).withToken(people.admin().token());
		Http.Response refused = api.postJson("/api/v1/neighbourhoods/" + spijkerkwartier().value()
				+ "/plan-runs?seconds=" + (planning.maxSeconds() + 1), Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("seconds").contains(String.valueOf(planning.maxSeconds()));
	}

	@Test
	void onePersonMayHaveOnlySoManyRunsGoingInANeighbourhood() {
		Http api = Http.api(port).withToken(people.admin().token());
		String path = "/api/v1/neighbourhoods/" + spijkerkwartier().value() + "/plan-runs?seconds=120";
		List<String> going = new ArrayList<>();
		try {
			for (int i = 0; i < runs.activePerPerson(); i++) {
				Http.Response started = api.postJson(path, Map.of());
				assertThat(started.status()).as(started.body()).isEqualTo(202);
				going.add(started.json().get("id").asString());
			}
			Http.Response refused = api.postJson(path, Map.of());
			assertThat(refused.status()).isEqualTo(429);
			JsonNode problem = refused.json();
			assertThat(problem.get("limit").asInt()).isEqualTo(runs.activePerPerson());
			assertThat(problem.get("detail").asString()).contains(String.valueOf(runs.activePerPerson()));
		}
		finally {
			going.forEach(run -> api.delete("/api/v1/plan-runs/" + run));
		}
		for (String run : going) {
			String status = waitFor(Duration.ofSeconds(30),
					() -> api.get("/api/v1/plan-runs/" + run).json().get("status").asString(),
					s -> !s.matches("RUNNING|QUEUED"));
			assertThat(status).isEqualTo("CANCELLED");
		}
	}

	@Test
	void aRunCancelledRightAfterItStartedShowsCancelledWithinFiveSeconds() {
		Http api = Http.api(port).withToken(people.admin().token());
		String run = api.postJson("/api/v1/neighbourhoods/" + spijkerkwartier().value() + "/plan-runs?seconds=120",
				Map.of()).json().get("id").asString();
		waitFor(Duration.ofSeconds(30), () -> api.get("/api/v1/plan-runs/" + run).json().get("status").asString(),
				s -> !s.equals("QUEUED"));
		long asked = System.nanoTime();
		assertThat(api.delete("/api/v1/plan-runs/" + run).status()).isEqualTo(200);
		String status = waitFor(Duration.ofSeconds(5),
				() -> api.get("/api/v1/plan-runs/" + run).json().get("status").asString(), s -> s.equals("CANCELLED"));
		assertThat(status).isEqualTo("CANCELLED");
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThanOrEqualTo(Duration.ofSeconds(6));
	}

	@Test
	void aSecondRunInANeighbourhoodWaitsVisiblyBehindTheRunningOneEvenWithFreeThreadsElsewhere() {
		PlanningJobs b = instance("B", runs);
		PlanningJobs.JobView first = a.start(PlanningJobs.Start.of(spijkerkwartier(), Optional.of(120)),
				"first-" + UUID.randomUUID());
		PlanningJobs.JobView second = b.start(PlanningJobs.Start.of(spijkerkwartier(), Optional.of(120)),
				"second-" + UUID.randomUUID());
		try {
			assertThat(waitFor(Duration.ofSeconds(30), () -> a.find(first.id()).orElseThrow(),
					v -> v.status() == PlanningJobs.Status.RUNNING).status()).isEqualTo(PlanningJobs.Status.RUNNING);
			// B has a free solver thread and polls every second: the run must still wait
			sleep(Duration.ofSeconds(3));
			PlanningJobs.JobView waiting = b.find(second.id()).orElseThrow();
			assertThat(waiting.status()).isEqualTo(PlanningJobs.Status.QUEUED);
			assertThat(waiting.waitingBehind()).contains(first.id());

			Http api = Http.api(port).withToken(people.admin().token());
			Http.Response json = api.get("/api/v1/plan-runs/" + second.id());
			assertThat(json.json().get("waitingBehind").asString()).isEqualTo(first.id().toString());
			Http.Response page = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD).get("/planning/runs/" + second.id());
			assertThat(page.body()).contains("plan-waiting-behind").contains(first.id().toString());

			a.cancel(first.id());
			PlanningJobs.JobView next = waitFor(Duration.ofSeconds(15), () -> b.find(second.id()).orElseThrow(),
					v -> v.status() != PlanningJobs.Status.QUEUED);
			assertThat(next.status()).as("starts once the first has ended").isEqualTo(PlanningJobs.Status.RUNNING);
			assertThat(next.waitingBehind()).isEmpty();
		}
		finally {
			a.cancel(first.id());
			b.cancel(second.id());
		}
	}

	@Test
	void claimsAtTheSameMomentStartOnlyOneRunPerNeighbourhood() throws Exception {
		UUID neighbourhood = UUID.randomUUID();
		List<UUID> queued = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			UUID id = UUID.randomUUID();
			jdbc.update("insert into plan_run (id, neighbourhood_id, requested_by, seconds, pinned, granularity,"
					+ " shift_cost_cents, portfolio, status, created_at) values (?, ?, 'test', 30, '{}', 'WEEK', 5000,"
					+ " '{\"tasks\":[],\"pots\":[]}', 'QUEUED', current_timestamp)", id, neighbourhood);
			queued.add(id);
		}
		PlanRunStore store = new PlanRunStore(jdbc);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(queued.size());
		try {
			List<Future<Boolean>> claims = new ArrayList<>();
			for (UUID id : queued) {
				claims.add(pool.submit(() -> {
					go.await();
					return store.claim(id, "instance-" + id);
				}));
			}
			go.countDown();
			int won = 0;
			for (Future<Boolean> claim : claims) {
				won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(won).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from plan_run where neighbourhood_id = ? and status = 'RUNNING'",
					Integer.class, neighbourhood)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
			jdbc.update("delete from plan_run where neighbourhood_id = ?", neighbourhood);
		}
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException ex) {
			throw new AssertionError(ex);
		}
	}

	private UUID runningRow(String owner, OffsetDateTime heartbeat) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into plan_run (id, neighbourhood_id, requested_by, seconds, pinned, granularity,"
				+ " shift_cost_cents, portfolio, status, owner_instance, heartbeat_at, created_at, started_at)"
				+ " values (?, ?, 'test', 30, '{}', 'WEEK', 5000, '{\"tasks\":[],\"pots\":[]}', 'RUNNING', ?, ?, ?, ?)", id,
				spijkerkwartier().value(), owner, heartbeat, heartbeat, heartbeat);
		return id;
	}
}
