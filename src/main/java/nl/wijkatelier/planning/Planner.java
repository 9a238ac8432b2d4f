package nl.wijkatelier.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.wijkatelier.planning.internal.AgreedPair;
import nl.wijkatelier.planning.internal.CandidatePair;
import nl.wijkatelier.planning.internal.DependencyLink;
import nl.wijkatelier.planning.internal.FirstSchedule;
import nl.wijkatelier.planning.internal.JoinMoves;
import nl.wijkatelier.planning.internal.FundingLine;
import nl.wijkatelier.planning.internal.PlanConstraints;
import nl.wijkatelier.planning.internal.PlanSolution;
import nl.wijkatelier.planning.internal.PlanSolutionCloner;
import nl.wijkatelier.planning.internal.StreetTerm;
import nl.wijkatelier.planning.internal.TaskStart;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.IntegralValue;
import nl.wijkatelier.works.Task;

/**
 * Runs the Timefold optimiser on a {@link PlanningProblem}. Plain Java, no Spring needed (the command line uses
 * it directly; the web application runs it on its own threads). A construction phase ({@link FirstSchedule})
 * builds a schedule that keeps the hard rules and already joins most candidates; local search (simulated
 * annealing over the aimed moves of {@link JoinMoves}: it sometimes takes a worse move, so it leaves a schedule
 * that no single move improves, where late acceptance stayed stuck in the exactness test and on the 2,000-task
 * benchmark; first one that cools quickly, then six cooler ones, each from the best schedule so far) then moves
 * starts to join more candidates while keeping the hard rules. The returned schedule is
 * judged by {@link ScheduleEvaluator}, not by the solver.
 */
public final class Planner {

	/**
	 * Simulated annealing's starting temperature: early on it accepts, now and then, a schedule worse by about
	 * this much, cooling to none by the end of the run. 20 hard (about 20 days of a dependency overlap or € 20
	 * of overspending) lets two tasks that must move together pass through a briefly infeasible schedule;
	 * 2,000,000 soft (€ 20,000, a typical shareable cost) lets a task give up its join to make room for a better
	 * one. Found on the exactness test (ExactReferenceTest): without a hard part, 2 of 20 instances stayed short.
	 * Checked again after the construction phase came in, on the 2,000-task benchmark at 200,000 moves: starting at
	 * 500,000 soft did as well (within the spread between seeds), 100,000 or 5,000,000 soft did worse.
	 */
	private static final String START_TEMPERATURE = "20hard/2000000soft";

	/**
	 * The starting temperature of the annealings after the first: they start from a schedule that is already good,
	 * where a tenth of the first one's temperature (€ 2,000) lets a few tasks move by a week, each at a small loss,
	 * to make room for two tasks that join elsewhere. On the dense 200-task benchmark portfolio, annealings from
	 * 20hard/2000000soft ended where they started.
	 */
	private static final String REPEAT_TEMPERATURE = "2hard/200000soft";

	/**
	 * The construction phase's descent rounds may use at most 1 / this share of the run's time limit; the greedy
	 * placement itself always completes. At 2,000 tasks the rounds end by themselves in about a second; at 20,000
	 * tasks on a busy machine they take 10 to 40 s and use that time far better than local search would (from
	 * their schedule, 47 s of local search added 0.03 %; a quarter of a minute cut them short at 99.6 % of what
	 * they reach).
	 */
	private static final int CONSTRUCTION_SHARE = 2;

	private Planner() {
	}

	/**
	 * How long a cancelled run may go on looking for its first schedule that keeps every hard rule. A cancel must end
	 * a run within 5 s: the cancel reaches the owning instance within one heartbeat (1 s), then this grace, then the
	 * solver's current step; a run stopped before it has such a schedule ends CANCELLED without one.
	 */
	static final Duration CANCEL_GRACE = Duration.ofSeconds(2);

	/** Solves until the run's limits, reporting each new best schedule; blocks the calling thread. */
	public static PlanResult plan(PlanningProblem problem, PlanRun run, Consumer<PlanProgress> progress) {
		return plan(problem, run, progress, () -> false);
	}

	/**
	 * @param cancelled polled about every 100 ms; when it answers true the run stops early and returns the best
	 *        schedule found so far
	 * @throws NoScheduleException when the best schedule found still breaks a hard rule
	 */
	public static PlanResult plan(PlanningProblem problem, PlanRun run, Consumer<PlanProgress> progress,
			BooleanSupplier cancelled) {
		long started = System.currentTimeMillis();
		PlanSolution initial = solution(problem);
		long descentEnds = started + run.limit().toMillis() / CONSTRUCTION_SHARE;
		List<PlanProgress> curve = Collections.synchronizedList(new ArrayList<>());
		ConstructionProgress construction = new ConstructionProgress(problem, initial, started, p -> {
			curve.add(p);
			progress.accept(p);
		});
		// the construction phase polls this between tasks of its descent rounds, where every task is placed: the
		// first poll reports the greedy schedule, later ones (about every second) each better schedule the rounds
		// find; the rounds end at the time limit's share, on a cancel, or when they stop finding better schedules
		FirstSchedule.build(initial, () -> {
			construction.report(false);
			return System.currentTimeMillis() > descentEnds || cancelled.getAsBoolean() || construction.stagnant();
		});
		Evaluation baseline = ScheduleEvaluator.evaluate(problem, problem.baseline());
		// the solver reports only improvements on the schedule it is given, so report that schedule itself
		Evaluation constructed = construction.report(true);
		PlanSolution best;
		if (initial.getTasks().stream().allMatch(TaskStart::isPinned) || initial.getTasks().isEmpty()) {
			best = initial;
		}
		else {
			Duration left = run.limit().minusMillis(System.currentTimeMillis() - started);
			PlanRun rest = new PlanRun(left.toMillis() < 1 ? Duration.ofMillis(1) : left,
					run.unimprovedLimit(), run.seed(), run.stopAtObjectiveCents());
			best = search(initial, rest, run.searches(), constructed.feasible(), cancelled, started, p -> {
				curve.add(p);
				progress.accept(p);
			});
		}
		Evaluation schedule = ScheduleEvaluator.evaluate(problem, starts(best));
		if (!schedule.feasible()) {
			throw new NoScheduleException(schedule.violations());
		}

		return new PlanResult(schedule, baseline, curve);
	}

	/**
	 * Local search from the first schedule: {@code searches} solvers side by side (the first on the calling thread,
	 * the others each on their own thread with a copy of the schedule and their own seed), reporting each schedule
	 * better than every one reported before, and returning the best of their results.
	 */
	private static PlanSolution search(PlanSolution initial, PlanRun run, int searches, boolean constructedFeasible,
			BooleanSupplier cancelled, long started, Consumer<PlanProgress> progress) {
		List<Solver<PlanSolution>> solvers = new ArrayList<>(searches);
		for (int k = 0; k < searches; k++) {
			solvers.add(factory(new PlanRun(run.limit(), run.unimprovedLimit(), run.seed() + k,
					run.stopAtObjectiveCents())).buildSolver());
		}
		// the best score reported so far; a better one keeps every hard rule once one did, since hard comes first
		AtomicReference<HardSoftLongScore> reported = new AtomicReference<>();
		for (Solver<PlanSolution> solver : solvers) {
			solver.addEventListener(event -> {
				HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
				synchronized (reported) {
					if (reported.get() != null && score.compareTo(reported.get()) <= 0) {
						return;
					}
					reported.set(score);
					progress.accept(new PlanProgress(System.currentTimeMillis() - started, -score.hardScore(),
							score.softScore()));
				}
				// a search that reaches the objective asked for ends the others too
				if (searches > 1 && run.stopAtObjectiveCents().filter(target -> score.isFeasible()
						&& score.softScore() >= target).isPresent()) {
					solvers.forEach(Solver::terminateEarly);
				}
			});
		}
		Thread watch = new Thread(() -> {
			// A cancel stops the run once it has a schedule that keeps every hard rule (or at most CANCEL_GRACE after
			// the cancel), so a cancelled run still has something to save. A cancel that comes before a solver has
			// started (a queued run) must not be lost: a solver clears an early termination when it starts, so keep
			// asking until the run ends.
			long cancelledAt = -1;
			while (!Thread.currentThread().isInterrupted()) {
				if (cancelled.getAsBoolean() && solvers.stream().anyMatch(Solver::isSolving)) {
					if (cancelledAt < 0) {
						cancelledAt = System.currentTimeMillis();
					}
					boolean feasible = constructedFeasible || reported.get() != null && reported.get().isFeasible();
					if (feasible || System.currentTimeMillis() - cancelledAt > CANCEL_GRACE.toMillis()) {
						solvers.forEach(Solver::terminateEarly);
					}
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "plan-cancel-watch");
		watch.setDaemon(true);
		watch.start();
		List<PlanSolution> results = Collections.synchronizedList(new ArrayList<>());
		List<Thread> others = new ArrayList<>();
		AtomicReference<RuntimeException> failed = new AtomicReference<>();
		try {
			for (int k = 1; k < searches; k++) {
				Solver<PlanSolution> solver = solvers.get(k);
				PlanSolution copy = new PlanSolutionCloner().cloneSolution(initial);
				Thread thread = new Thread(() -> {
					try {
						results.add(solver.solve(copy));
					}
					catch (RuntimeException ex) {
						failed.compareAndSet(null, ex);
					}
				}, "plan-search-" + k);
				thread.setDaemon(true);
				thread.start();
				others.add(thread);
			}
			results.add(solvers.get(0).solve(initial));
			for (Thread thread : others) {
				thread.join();
			}
		}
		catch (InterruptedException ex) {
			solvers.forEach(Solver::terminateEarly);
			Thread.currentThread().interrupt();
		}
		finally {
			watch.interrupt();
		}
		if (failed.get() != null) {
			throw failed.get();
		}
		List<PlanSolution> done;
		synchronized (results) {
			done = new ArrayList<>(results);
		}
		PlanSolution best = done.get(0);
		for (PlanSolution result : done) {
			if (result.getScore().compareTo(best.getScore()) > 0) {
				best = result;
			}
		}
		return best;
	}

	private static Map<String, LocalDate> starts(PlanSolution solution) {
		Map<String, LocalDate> starts = new HashMap<>();
		for (TaskStart t : solution.getTasks()) {
			starts.put(t.getId(), LocalDate.ofEpochDay(t.getStart()));
		}
		return starts;
	}

	static SolverFactory<PlanSolution> factory(PlanRun run) {
		return SolverFactory.create(config(run));
	}

	static SolverConfig config(PlanRun run) {
		TerminationConfig termination = new TerminationConfig().withSpentLimit(run.limit());
		run.unimprovedLimit().ifPresent(termination::withUnimprovedSpentLimit);
		run.stopAtObjectiveCents().ifPresent(target -> termination.withBestScoreLimit("0hard/" + target + "soft"));
		SolverConfig config = new SolverConfig()
				.withSolutionClass(PlanSolution.class)
				.withEntityClasses(TaskStart.class)
				.withConstraintProviderClass(PlanConstraints.class)
				.withEnvironmentMode(EnvironmentMode.NON_REPRODUCIBLE)
				.withRandomSeed(run.seed())
				.withTerminationConfig(termination);
		long quick = Math.min(run.limit().toMillis() / QUICK_SHARE, QUICK_MAX_MILLIS);
		if (quick >= QUICK_MIN_MILLIS) {
			// a first annealing that cools to zero within a short time, so the anytime curve rises early; then the
			// rest of the run in cooler annealings of equal length, each from the best schedule so far (the last one
			// ends at the run's limit)
			long each = (run.limit().toMillis() - quick) / REPEATS;
			List<PhaseConfig> phases = new ArrayList<>();
			phases.add(annealing(START_TEMPERATURE).withTerminationConfig(
					new TerminationConfig().withSpentLimit(Duration.ofMillis(quick))));
			for (int r = 1; r < REPEATS; r++) {
				phases.add(annealing(REPEAT_TEMPERATURE).withTerminationConfig(
						new TerminationConfig().withSpentLimit(Duration.ofMillis(each))));
			}
			phases.add(annealing(REPEAT_TEMPERATURE));
			config.withPhases(phases.toArray(PhaseConfig[]::new));
		}
		else {
			config.withPhases(annealing(START_TEMPERATURE));
		}
		return config;
	}

	/** Share of the run's time (1 / this) of the first, quickly cooling annealing, at most {@link #QUICK_MAX_MILLIS}. */
	private static final int QUICK_SHARE = 10;
	private static final long QUICK_MAX_MILLIS = 6_000;
	/** The cooler annealings after the first one: more of them end in more descents from the best schedule. */
	private static final int REPEATS = 6;
	/** Below this the run is too short for two annealings (the exactness tests' runs stop at the optimum anyway). */
	private static final long QUICK_MIN_MILLIS = 1_000;

	private static LocalSearchPhaseConfig annealing(String temperature) {
		return new LocalSearchPhaseConfig()
				.withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(JoinMoves.class))
				.withAcceptorConfig(new LocalSearchAcceptorConfig()
						.withSimulatedAnnealingStartingTemperature(temperature)
						.withEntityTabuSize(1))
				.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
	}

	/** The optimiser's model of the problem, every start set to the grid date nearest the preferred start. */
	public static PlanSolution solution(PlanningProblem problem) {
		List<TaskStart> tasks = new ArrayList<>(problem.tasks().size());
		long shiftCost = problem.settings().shiftCostCentsPerDay();
		for (int i = 0; i < problem.tasks().size(); i++) {
			Task task = problem.task(i);
			List<Integer> starts = problem.starts(i).stream().map(d -> (int) d.toEpochDay()).toList();
			List<FundingLine> funding = new ArrayList<>();
			for (Funding f : task.funding()) {
				BudgetPot pot = problem.pots().get(f.pot());
				funding.add(new FundingLine(f.pot(), f.amountCents(),
						pot.deadline().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE), pot.amountsByYear()));
			}
			Long preferred = task.preferredStart().map(LocalDate::toEpochDay).orElse(null);
			tasks.add(new TaskStart(i, task.id(), task.durationDays(), task.shareableCostCents(), preferred,
					shiftCost, task.pinnedStart().isPresent(), starts, funding,
					nearest(starts, (int) task.preferredOrEarliestStart().toEpochDay())));
		}
		long centsPerPoint = problem.settings().valueCentsPerPoint();
		List<CandidatePair> pairs = new ArrayList<>();
		for (int k = 0; k < problem.candidates().size(); k++) {
			PlanningProblem.Candidate c = problem.candidates().get(k);
			pairs.add(new CandidatePair(c.rider(), c.larger(), problem.candidatePoints(k) * centsPerPoint));
		}
		List<DependencyLink> links = problem.links().stream()
				.map(l -> new DependencyLink(l.before(), l.after())).toList();
		List<AgreedPair> agreed = problem.agreedPairs().stream().map(a -> new AgreedPair(a.a(), a.b())).toList();
		return new PlanSolution(tasks, pairs, new ArrayList<>(links), new ArrayList<>(agreed), streetTerms(problem));
	}

	/** The street-open days' term, when a weight makes them count. */
	private static List<StreetTerm> streetTerms(PlanningProblem problem) {
		PlanSettings settings = problem.settings();
		if (settings.centsPerStreetOpenDay() == 0) {
			return List.of();
		}
		int n = problem.tasks().size();
		boolean[] opensStreet = new boolean[n];
		long apart = 0;
		for (int i = 0; i < n; i++) {
			opensStreet[i] = problem.task(i).type().opensStreet();
			apart += opensStreet[i] ? problem.task(i).durationDays() : 0;
		}
		int[][] pairs = problem.candidates().stream().map(c -> new int[] {c.rider(), c.larger()}).toArray(int[][]::new);
		return List.of(new StreetTerm(opensStreet, pairs, settings.centsPerStreetOpenDay(),
				settings.valueCentsPerPoint() * IntegralValue.POINTS_PER_STREET_DAY * apart));
	}

	private static int nearest(List<Integer> sorted, int day) {
		int at = Collections.binarySearch(sorted, day);
		if (at >= 0) {
			return sorted.get(at);
		}
		int insertion = -at - 1;
		if (insertion == 0) {
			return sorted.get(0);
		}
		if (insertion == sorted.size()) {
			return sorted.get(sorted.size() - 1);
		}
		int below = sorted.get(insertion - 1);
		int above = sorted.get(insertion);
		return day - below <= above - day ? below : above;
	}
}
