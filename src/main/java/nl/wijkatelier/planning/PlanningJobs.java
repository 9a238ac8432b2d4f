package nl.wijkatelier.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.WorksProperties;
import nl.wijkatelier.works.WorksRegister;

/**
 * The registry of planner runs of the web application: each runs on the planner's own thread, never on a web
 * request's, and keeps its best objective so far for live progress; a run can be cancelled and then keeps the best
 * schedule found. Finished runs stay until the application stops or a newer run of the same neighbourhood
 * replaces them (at most {@value #KEEP_PER_NEIGHBOURHOOD} per neighbourhood).
 */
@Component
public class PlanningJobs {

	private static final int KEEP_PER_NEIGHBOURHOOD = 20;

	public enum Status { RUNNING, DONE, CANCELLED, NO_SCHEDULE, FAILED }

	/** A run as others see it. */
	public record JobView(UUID id, NeighbourhoodId neighbourhood, Status status, Instant started, int seconds,
			Optional<PlanProgress> best, List<Conflict> conflicts, Optional<UUID> basedOn, Map<String, LocalDate> pinned) {
	}

	/**
	 * A finished run's problem and result, ready to save as a scenario.
	 *
	 * @param basedOn the scenario it was re-planned from, with {@code pinned} tasks kept on that scenario's dates
	 */
	public record Finished(UUID id, NeighbourhoodId neighbourhood, PlanningProblem problem, PlanResult result,
			Optional<UUID> basedOn, Map<String, LocalDate> pinned) {
	}

	/**
	 * What a new run starts from: the neighbourhood's portfolio as registered, with some tasks pinned.
	 *
	 * @param basedOn the saved scenario the pins come from, when it is a re-plan
	 * @param pinned task id to the date it must keep; these override a task's own pinned start
	 */
	public record Start(NeighbourhoodId neighbourhood, Optional<Integer> seconds, Optional<UUID> basedOn,
			Map<String, LocalDate> pinned) {

		public Start {
			pinned = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(pinned));
		}

		public static Start of(NeighbourhoodId neighbourhood, Optional<Integer> seconds) {
			return new Start(neighbourhood, seconds, Optional.empty(), Map.of());
		}
	}

	private static final class Job {
		final UUID id = UUID.randomUUID();
		final NeighbourhoodId neighbourhood;
		final Instant started = Instant.now();
		final int seconds;
		final PlanningProblem problem;
		final Optional<UUID> basedOn;
		final Map<String, LocalDate> pinned;
		final AtomicBoolean cancel = new AtomicBoolean();
		final AtomicReference<PlanProgress> best = new AtomicReference<>();
		volatile Status status = Status.RUNNING;
		volatile PlanResult result;
		volatile List<Conflict> conflicts = List.of();

		Job(NeighbourhoodId neighbourhood, int seconds, PlanningProblem problem, Optional<UUID> basedOn,
				Map<String, LocalDate> pinned) {
			this.neighbourhood = neighbourhood;
			this.seconds = seconds;
			this.problem = problem;
			this.basedOn = basedOn;
			this.pinned = pinned;
		}

		JobView view() {
			return new JobView(id, neighbourhood, status, started, seconds, Optional.ofNullable(best.get()), conflicts,
					basedOn, pinned);
		}
	}

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
	private final ExecutorService solverThreads = Executors.newFixedThreadPool(1, r -> {
		Thread t = new Thread(r, "planner");
		t.setDaemon(true);
		return t;
	});
	private final WorksRegister register;
	private final WorksProperties works;
	private final PlanningProperties properties;

	PlanningJobs(WorksRegister register, WorksProperties works, PlanningProperties properties) {
		this.register = register;
		this.works = works;
		this.properties = properties;
	}

	/**
	 * Checks the neighbourhood's portfolio and starts planning it in the background.
	 *
	 * @throws PlanInputException when a task cannot be planned (nothing is started)
	 * @throws NoScheduleException when a task has no grid date in its window
	 */
	public JobView start(NeighbourhoodId neighbourhood, Optional<Integer> seconds) {
		return start(Start.of(neighbourhood, seconds));
	}

	/**
	 * Checks the portfolio with the pins and starts planning it in the background.
	 *
	 * @throws nl.wijkatelier.shared.InvalidInputException when a pin names a task the neighbourhood does not have
	 * @throws PlanInputException when a task cannot be planned, e.g. a pin outside its window (nothing is started)
	 * @throws NoScheduleException when a task has no grid date in its window
	 */
	public JobView start(Start request) {
		NeighbourhoodId neighbourhood = request.neighbourhood();
		int limit = Math.max(1, Math.min(request.seconds().orElse(properties.defaultSeconds()), properties.maxSeconds()));
		List<Task> tasks = register.tasks(neighbourhood).stream().map(WorksRegister.RegisteredTask::task).toList();
		java.util.Set<String> ids = new java.util.HashSet<>(tasks.stream().map(Task::id).toList());
		for (String pinnedId : request.pinned().keySet()) {
			if (!ids.contains(pinnedId)) {
				throw new nl.wijkatelier.shared.InvalidInputException("pins", "planning.error.unknownPin", pinnedId);
			}
		}
		tasks = tasks.stream().map(t -> pinned(t, Optional.ofNullable(request.pinned().get(t.id())))).toList();
		List<BudgetPot> pots = register.pots(neighbourhood).stream().map(WorksRegister.RegisteredPot::pot).toList();
		PlanningProblem problem = PlanningProblem.prepare(new Portfolio(tasks, pots), works.rule(), properties.settings());
		Job job = new Job(neighbourhood, limit, problem, request.basedOn(), request.pinned());
		jobs.put(job.id, job);
		forgetOld(neighbourhood);
		solverThreads.submit(() -> run(job));
		return job.view();
	}

	private static Task pinned(Task t, Optional<LocalDate> pin) {
		if (pin.isEmpty()) {
			return t;
		}
		return new Task(t.id(), t.title(), t.owner(), t.type(), t.earliestStart(), t.latestEnd(), t.durationDays(),
				t.preferredStart(), t.costCents(), t.shareableCostCents(), t.themes(), t.dependsOn(), t.funding(), pin,
				t.geometry());
	}

	private void run(Job job) {
		try {
			job.result = Planner.plan(job.problem, PlanRun.of(Duration.ofSeconds(job.seconds)), job.best::set,
					job.cancel::get);
			job.status = job.cancel.get() ? Status.CANCELLED : Status.DONE;
		}
		catch (NoScheduleException ex) {
			job.conflicts = ex.conflicts();
			job.status = Status.NO_SCHEDULE;
		}
		catch (RuntimeException ex) {
			job.status = Status.FAILED;
		}
	}

	public Optional<JobView> find(UUID id) {
		return Optional.ofNullable(jobs.get(id)).map(Job::view);
	}

	/** Asks a run to stop; it keeps the best schedule found so far. */
	public Optional<JobView> cancel(UUID id) {
		Job job = jobs.get(id);
		if (job == null) {
			return Optional.empty();
		}
		job.cancel.set(true);
		return Optional.of(job.view());
	}

	/** The run's schedule once it has one (done, or cancelled after it started). */
	public Optional<Finished> finished(UUID id) {
		Job job = jobs.get(id);
		if (job == null || job.result == null) {
			return Optional.empty();
		}
		return Optional.of(new Finished(job.id, job.neighbourhood, job.problem, job.result, job.basedOn,
				job.pinned));
	}

	private void forgetOld(NeighbourhoodId neighbourhood) {
		List<Job> mine = jobs.values().stream().filter(j -> j.neighbourhood.equals(neighbourhood) && j.status != Status.RUNNING)
				.sorted(java.util.Comparator.comparing((Job j) -> j.started).reversed()).toList();
		mine.stream().skip(KEEP_PER_NEIGHBOURHOOD).forEach(j -> jobs.remove(j.id));
	}

	@PreDestroy
	void stop() {
		jobs.values().forEach(j -> j.cancel.set(true));
		solverThreads.shutdownNow();
	}
}
