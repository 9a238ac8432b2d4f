package nl.wijkatelier.planning;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.wijkatelier.planning.internal.PlanRunJson;
import nl.wijkatelier.planning.internal.PlanRunStore;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingProposals;
import nl.wijkatelier.works.Couplings;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.WorksProperties;
import nl.wijkatelier.works.WorksRegister;

/**
 * The planner runs of the web application, kept as {@code plan_run} rows so that every instance over the same
 * database reads, cancels and saves every run. A new run is queued with the portfolio as it is then; the instance that
 * was asked starts it at once when it has a free solver thread, otherwise any instance with a free thread claims it
 * (oldest first; at most one RUNNING run per neighbourhood over all instances, so a second run in a neighbourhood
 * stays QUEUED and says which run it waits behind). The owner writes a heartbeat with the best schedule so
 * far every {@link PlanRunProperties#heartbeat()} and reads whether another instance asked for a cancel; the result is
 * stored with the row when the run ends. A run whose owner stopped sending heartbeats is marked ABANDONED by any
 * instance, on reading it and by a periodic sweep (both idempotent conditional updates, so it needs no lock).
 */
@Component
public class PlanningJobs implements SmartLifecycle {

	private static final Logger LOG = LoggerFactory.getLogger(PlanningJobs.class);

	/** Who asked for a run the application starts by itself. */
	public static final String SYSTEM = "system";

	public enum Status {
		QUEUED, RUNNING, DONE, CANCELLED, NO_SCHEDULE, FAILED, ABANDONED;

		public boolean ended() {
			return this != QUEUED && this != RUNNING;
		}
	}

	/**
	 * A run as others see it.
	 *
	 * @param started when it was asked for
	 * @param cancelRequested a cancel was asked for; a running run ends CANCELLED at its owner's next heartbeat
	 * @param finished when it ended, once it has
	 * @param waitingBehind while QUEUED: the run RUNNING in the same neighbourhood, which this one waits for (one
	 *        running run per neighbourhood); empty when it only waits for a free solver thread
	 */
	public record JobView(UUID id, NeighbourhoodId neighbourhood, Status status, Instant started, int seconds,
			Optional<PlanProgress> best, List<Conflict> conflicts, Optional<UUID> basedOn, Map<String, LocalDate> pinned,
			boolean cancelRequested, Optional<Instant> finished, Optional<UUID> waitingBehind) {
	}

	/**
	 * A finished run's problem and result, ready to save as a scenario.
	 *
	 * @param basedOn the scenario it was re-planned from, with {@code pinned} tasks kept on that scenario's dates
	 */
	public record Finished(UUID id, NeighbourhoodId neighbourhood, PlanningProblem problem, PlanResult result,
			Optional<UUID> basedOn, Map<String, LocalDate> pinned, Optional<String> weightsFrom) {
	}

	/**
	 * What a new run starts from: the neighbourhood's portfolio as registered, with some tasks pinned.
	 *
	 * @param seconds the computing time, from 1 to the configured maximum; the configured default when empty
	 * @param basedOn the saved scenario the pins come from, when it is a re-plan
	 * @param pinned task id to the date it must keep; these override a task's own pinned start
	 * @param agreedPackages the agreed packages (werk-met-werk afspraken), each a list of task ids whose tasks must
	 *        run on at least one common day (see {@link PlanningProblem#withAgreedPackages})
	 * @param weights what the run weighs beside money (none by default)
	 */
	public record Start(NeighbourhoodId neighbourhood, Optional<Integer> seconds, Optional<UUID> basedOn,
			Map<String, LocalDate> pinned, List<List<String>> agreedPackages, PlanWeights weights) {

		public Start {
			pinned = Collections.unmodifiableMap(new TreeMap<>(pinned));
			agreedPackages = agreedPackages.stream().map(List::copyOf).toList();
		}

		public Start(NeighbourhoodId neighbourhood, Optional<Integer> seconds, Optional<UUID> basedOn,
				Map<String, LocalDate> pinned) {
			this(neighbourhood, seconds, basedOn, pinned, List.of(), PlanWeights.NONE);
		}

		/** The same request with these weights beside money. */
		public Start withWeights(PlanWeights weights) {
			return new Start(neighbourhood, seconds, basedOn, pinned, agreedPackages, weights);
		}

		public static Start of(NeighbourhoodId neighbourhood, Optional<Integer> seconds) {
			return new Start(neighbourhood, seconds, Optional.empty(), Map.of());
		}

		/** The same request keeping these agreed packages together. */
		public Start withAgreedPackages(List<List<String>> packages) {
			return new Start(neighbourhood, seconds, basedOn, pinned, packages, weights);
		}
	}

	/** A run this instance is planning. */
	private static final class Local {
		final AtomicBoolean cancel = new AtomicBoolean();
		final AtomicReference<PlanProgress> best = new AtomicReference<>();
		volatile boolean lost;
	}

	private final PlanRunStore store;
	private final WorksRegister register;
	private final CouplingProposals agreements;
	/** Values couplings by the programme's links and the joint picture. */
	private final Couplings couplings;
	private final WorksProperties works;
	private final PlanningProperties properties;
	private final PlanRunProperties runs;
	private final String instanceId;
	private final ObjectProvider<MeterRegistry> meters;
	/**
	 * The runs whose solver threads are in this process: per process by nature (a solver thread cannot be shared).
	 * What other instances need lives in {@code plan_run}: the status, the latest progress (written each heartbeat),
	 * {@code cancel_requested} (read each heartbeat into {@link Local#cancel}) and the heartbeat that tells them this
	 * process is alive.
	 */
	private final Map<UUID, Local> local = new ConcurrentHashMap<>();
	// Made at each start and shut down at each stop: a test context that is paused and resumed stops and starts
	// this bean again, and an executor cannot be restarted.
	private volatile Semaphore freeThreads = new Semaphore(0);
	private volatile ExecutorService solverThreads;
	private volatile ScheduledExecutorService housekeeping;
	private volatile boolean running;

	@Autowired
	PlanningJobs(JdbcTemplate jdbc, WorksRegister register, CouplingProposals agreements, Couplings couplings,
			WorksProperties works, PlanningProperties properties, PlanRunProperties runs, Environment environment,
			ObjectProvider<MeterRegistry> meters) {
		this(jdbc, register, agreements, couplings, works, properties, runs.instanceId().isBlank()
				? runs.withInstanceId(defaultInstanceId(environment)) : runs, meters);
	}

	/** For tests that run several instances over one database in one process: each with its own instance id. */
	public PlanningJobs(JdbcTemplate jdbc, WorksRegister register, CouplingProposals agreements, Couplings couplings,
			WorksProperties works, PlanningProperties properties, PlanRunProperties runs,
			ObjectProvider<MeterRegistry> meters) {
		this.store = new PlanRunStore(jdbc);
		this.register = register;
		this.agreements = agreements;
		this.couplings = couplings;
		this.works = works;
		this.properties = properties;
		this.runs = runs;
		this.instanceId = runs.instanceId();
		this.meters = meters;
	}

	private static ThreadFactory daemon(String name) {
		return r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		};
	}

	/** The host name and server port; with a random port (tests) the process id and a random part instead. */
	private static String defaultInstanceId(Environment environment) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		String port = environment.getProperty("server.port", "8080");
		if (port.equals("0")) {
			return host + ":pid" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
		}
		return host + ":" + port;
	}

	public String instanceId() {
		return instanceId;
	}

	/**
	 * Checks the neighbourhood's portfolio and starts planning it in the background, for the application itself.
	 *
	 * @throws PlanInputException when a task cannot be planned (nothing is started)
	 * @throws NoScheduleException when a task has no grid date in its window
	 */
	public JobView start(NeighbourhoodId neighbourhood, Optional<Integer> seconds) {
		return start(Start.of(neighbourhood, seconds), SYSTEM);
	}

	/**
	 * Checks the portfolio with the pins and queues it for planning in the background. The neighbourhood's agreed
	 * packages ({@link CouplingProposals#agreedPackages}) are added to the request's own, so every run keeps them
	 * together, and are stored with the run.
	 *
	 * @param requestedBy who asked (an account id, or {@link #SYSTEM}); the limits count per person
	 * @throws InvalidInputException when the seconds are out of range, or a pin names a task the neighbourhood does
	 *         not have
	 * @throws PlanRunLimitException when the person has too many runs waiting or running in the neighbourhood, or too
	 *         many runs are waiting overall; a run that cannot start because another one is RUNNING in the
	 *         neighbourhood is not refused but stays QUEUED behind it
	 * @throws PlanInputException when a task cannot be planned, e.g. a pin outside its window (nothing is started)
	 * @throws NoScheduleException when a task has no grid date in its window
	 */
	public JobView start(Start given, String requestedBy) {
		NeighbourhoodId neighbourhood = given.neighbourhood();
		// every run keeps the neighbourhood's agreed packages together, until an agreement is withdrawn
		List<List<String>> agreed = new ArrayList<>(agreements.agreedPackages(neighbourhood));
		agreed.addAll(given.agreedPackages());
		Start request = given.withAgreedPackages(agreed);
		int seconds = request.seconds().orElse(properties.defaultSeconds());
		if (seconds < 1 || seconds > properties.maxSeconds()) {
			throw new InvalidInputException("seconds", "planning.error.seconds", 1, properties.maxSeconds());
		}
		List<Task> tasks = register.tasks(neighbourhood).stream().map(WorksRegister.RegisteredTask::task).toList();
		Set<String> ids = new HashSet<>(tasks.stream().map(Task::id).toList());
		for (String pinnedId : request.pinned().keySet()) {
			if (!ids.contains(pinnedId)) {
				throw new InvalidInputException("pins", "planning.error.unknownPin", pinnedId);
			}
		}
		tasks = tasks.stream().map(t -> pinned(t, Optional.ofNullable(request.pinned().get(t.id())))).toList();
		List<BudgetPot> pots = register.pots(neighbourhood).stream().map(WorksRegister.RegisteredPot::pot).toList();
		Portfolio portfolio = new Portfolio(tasks, pots);
		PlanSettings settings = properties.settings().withWeights(request.weights().nuisanceCostCentsPerDay(),
				request.weights().valueCentsPerPoint());
		Couplings.Valuation valuation = couplings.valuation(neighbourhood);
		PlanRunJson.Valuation stored = new PlanRunJson.Valuation(valuation.weights().points(),
				valuation.weights().fromJointPicture(), valuation.atelier().orElse(""), valuation.links().links());
		PlanningProblem.prepare(portfolio, works.rule(), settings).withAgreedPackages(request.agreedPackages());
		if (store.active(neighbourhood.value(), requestedBy) >= runs.activePerPerson()) {
			throw new PlanRunLimitException("planning.error.limitPerPerson", runs.activePerPerson());
		}
		if (store.queued() >= runs.queuedOverall()) {
			throw new PlanRunLimitException("planning.error.limitQueued", runs.queuedOverall());
		}
		UUID id = UUID.randomUUID();
		store.insert(new PlanRunStore.NewRun(id, neighbourhood.value(), requestedBy, seconds, request.basedOn(),
				PlanRunJson.pins(request.pinned()), settings.granularity().name(), settings.shiftCostCentsPerDay(),
				PlanRunJson.portfolio(portfolio), PlanRunJson.agreedPackages(request.agreedPackages()),
				settings.nuisanceCostCentsPerDay(), settings.valueCentsPerPoint(), PlanRunJson.valuation(stored)));
		store.forgetOld(neighbourhood.value(), runs.keepPerNeighbourhood());
		Semaphore permits = freeThreads;
		if (permits.tryAcquire()) {
			if (store.claim(id, instanceId)) {
				submit(id, permits);
			}
			else {
				permits.release();
			}
		}
		return find(id).orElseThrow();
	}

	private static Task pinned(Task t, Optional<LocalDate> pin) {
		if (pin.isEmpty()) {
			return t;
		}
		return new Task(t.id(), t.title(), t.owner(), t.type(), t.earliestStart(), t.latestEnd(), t.durationDays(),
				t.preferredStart(), t.costCents(), t.shareableCostCents(), t.themes(), t.dependsOn(), t.funding(), pin,
				t.geometry());
	}

	/** Plans a run this instance has claimed (one of {@code permits} taken for it) on a solver thread. */
	private void submit(UUID id, Semaphore permits) {
		Local job = new Local();
		local.put(id, job);
		try {
			solverThreads.submit(() -> {
				try {
					run(id, job);
				}
				finally {
					local.remove(id);
					permits.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			local.remove(id);
			permits.release();
			store.finish(id, instanceId, Status.ABANDONED.name(), Optional.empty(), Optional.empty(), Optional.empty());
		}
	}

	private void run(UUID id, Local job) {
		Status outcome;
		Optional<String> result = Optional.empty();
		Optional<String> conflicts = Optional.empty();
		try {
			PlanRunStore.Row row = store.find(id).orElseThrow();
			PlanningProblem problem = problem(row);
			PlanResult planned = Planner.plan(problem, PlanRun.of(Duration.ofSeconds(row.seconds())), job.best::set,
					job.cancel::get);
			result = Optional.of(PlanRunJson.result(planned));
			outcome = job.lost ? Status.ABANDONED : job.cancel.get() ? Status.CANCELLED : Status.DONE;
		}
		catch (NoScheduleException ex) {
			// a run cancelled before it found a schedule that keeps every hard rule was stopped, not refuted
			conflicts = job.cancel.get() ? Optional.empty() : Optional.of(PlanRunJson.conflicts(ex.conflicts()));
			outcome = job.lost ? Status.ABANDONED : job.cancel.get() ? Status.CANCELLED : Status.NO_SCHEDULE;
		}
		catch (RuntimeException ex) {
			LOG.warn("plan run {} failed", id, ex);
			outcome = Status.FAILED;
		}
		if (job.lost) {
			count(Status.ABANDONED);
			return;
		}
		if (store.finish(id, instanceId, outcome.name(), result, conflicts, best(job))) {
			count(outcome);
		}
	}

	private PlanningProblem problem(PlanRunStore.Row row) {
		Portfolio portfolio = PlanRunJson.portfolio(store.portfolio(row.id()).orElseThrow());
		PlanSettings settings = new PlanSettings(Granularity.valueOf(row.granularity()), row.shiftCostCents(),
				row.nuisanceCostCents(), row.valueCentsPerPoint());
		PlanningProblem problem = PlanningProblem.prepare(portfolio, works.rule(), settings)
				.withAgreedPackages(PlanRunJson.agreedPackages(row.agreedPackages()));
		return row.valuation().map(PlanRunJson::valuation)
				.map(v -> problem.withValues(v.themeLinks(), v.themeWeights())).orElse(problem);
	}

	private static Optional<long[]> best(Local job) {
		return Optional.ofNullable(job.best.get())
				.map(p -> new long[] {p.elapsedMillis(), p.hardPenalty(), p.objectiveCents()});
	}

	private void count(Status outcome) {
		MeterRegistry registry = meters.getIfAvailable();
		if (registry != null) {
			registry.counter("wijkatelier.plan.runs", "outcome", outcome.name().toLowerCase()).increment();
		}
	}

	/** The run as stored; a running run whose owner went silent is first marked ABANDONED. */
	public Optional<JobView> find(UUID id) {
		store.abandonIfStale(id, runs.abandonAfter());
		return store.find(id).map(this::view);
	}

	private JobView view(PlanRunStore.Row row) {
		Optional<PlanProgress> best = row.bestObjectiveCents().map(objective -> new PlanProgress(
				row.bestElapsedMillis().orElse(0L), row.bestHardPenalty().orElse(0L), objective));
		List<Conflict> conflicts = row.status().equals(Status.NO_SCHEDULE.name())
				? store.conflicts(row.id()).map(PlanRunJson::conflicts).orElse(List.of())
				: List.of();
		Optional<UUID> waitingBehind = row.status().equals(Status.QUEUED.name())
				? store.runningIn(row.neighbourhood()).filter(other -> !other.equals(row.id()))
				: Optional.empty();
		return new JobView(row.id(), new NeighbourhoodId(row.neighbourhood()), Status.valueOf(row.status()),
				row.created(), row.seconds(), best, conflicts, row.basedOn(), PlanRunJson.pins(row.pinned()),
				row.cancelRequested(), row.finished(), waitingBehind);
	}

	/**
	 * Asks a run to stop, on whichever instance it runs; it keeps the best schedule found so far. Waits up to
	 * {@link PlanRunProperties#cancelWait()} for the run to end and answers with its state then.
	 */
	public Optional<JobView> cancel(UUID id) {
		if (store.find(id).isEmpty()) {
			return Optional.empty();
		}
		store.requestCancel(id);
		Optional.ofNullable(local.get(id)).ifPresent(job -> job.cancel.set(true));
		long until = System.nanoTime() + runs.cancelWait().toNanos();
		Optional<JobView> view = find(id);
		while (view.isPresent() && !view.get().status().ended() && System.nanoTime() < until) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			view = find(id);
		}
		return view;
	}

	/** The run's schedule and baseline once it has them, without preparing its problem again. */
	public Optional<PlanResult> result(UUID id) {
		return store.result(id).map(PlanRunJson::result);
	}

	/** The run's schedule once it has one (done, or cancelled after it started), on any instance. */
	public Optional<Finished> finished(UUID id) {
		Optional<PlanRunStore.Row> row = store.find(id);
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> result = store.result(id);
		if (result.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> weightsFrom = row.get().valuation().map(PlanRunJson::valuation)
				.filter(PlanRunJson.Valuation::fromJointPicture).map(PlanRunJson.Valuation::atelier);
		return Optional.of(new Finished(id, new NeighbourhoodId(row.get().neighbourhood()), problem(row.get()),
				PlanRunJson.result(result.get()), row.get().basedOn(), PlanRunJson.pins(row.get().pinned()), weightsFrom));
	}

	/** Writes the heartbeat of every run planned here and passes on cancels asked for through other instances. */
	private void heartbeats() {
		local.forEach((id, job) -> {
			Optional<Boolean> cancel = store.heartbeat(id, instanceId, best(job));
			if (cancel.isEmpty()) {
				// declared abandoned by another instance (this one was silent too long): stop, keep nothing
				job.lost = true;
				job.cancel.set(true);
			}
			else if (cancel.get()) {
				job.cancel.set(true);
			}
		});
	}

	/** Claims queued runs while this instance has free solver threads. */
	private void claimQueued() {
		Semaphore permits = freeThreads;
		while (running && permits.tryAcquire()) {
			Optional<UUID> claimed = store.claimNext(instanceId);
			if (claimed.isEmpty()) {
				permits.release();
				return;
			}
			submit(claimed.get(), permits);
		}
	}

	private void sweep() {
		int abandoned = store.abandonStale(runs.abandonAfter());
		if (abandoned > 0) {
			LOG.warn("{} plan run(s) marked abandoned: no heartbeat for {}", abandoned, runs.abandonAfter());
		}
	}

	private Runnable safely(Runnable task) {
		return () -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				LOG.warn("plan-run housekeeping failed: {}", ex.getMessage());
			}
		};
	}

	/**
	 * Marks this instance's runs left running by an earlier process ABANDONED, then starts the heartbeats, the sweep
	 * and the claiming of queued runs.
	 */
	@Override
	public void start() {
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		OffsetDateTime processStart = store.now().minus(Duration.ofMillis(uptime));
		int own = store.abandonOwn(instanceId, processStart);
		if (own > 0) {
			LOG.warn("{} plan run(s) of an earlier process of instance {} marked abandoned", own, instanceId);
		}
		freeThreads = new Semaphore(runs.solverThreads());
		solverThreads = Executors.newFixedThreadPool(runs.solverThreads(), daemon("planner"));
		housekeeping = Executors.newSingleThreadScheduledExecutor(daemon("plan-runs"));
		running = true;
		long beat = runs.heartbeat().toMillis();
		housekeeping.scheduleWithFixedDelay(safely(this::heartbeats), beat, beat, TimeUnit.MILLISECONDS);
		housekeeping.scheduleWithFixedDelay(safely(this::sweep), beat, Math.max(beat, runs.abandonAfter().toMillis() / 2),
				TimeUnit.MILLISECONDS);
		housekeeping.scheduleWithFixedDelay(safely(this::claimQueued), runs.poll().toMillis(), runs.poll().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Stops planning: the runs planned here end ABANDONED (the process, not a person, stopped them). */
	@Override
	public void stop() {
		running = false;
		freeThreads = new Semaphore(0);
		if (housekeeping != null) {
			housekeeping.shutdownNow();
		}
		local.forEach((id, job) -> {
			job.lost = true;
			job.cancel.set(true);
			try {
				store.finish(id, instanceId, Status.ABANDONED.name(), Optional.empty(), Optional.empty(), best(job));
			}
			catch (RuntimeException ex) {
				LOG.warn("plan run {} could not be marked abandoned: {}", id, ex.getMessage());
			}
		});
		if (solverThreads != null) {
			solverThreads.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
