package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import nl.wijkatelier.planning.internal.PlanSolution;
import nl.wijkatelier.planning.internal.TaskStart;

/**
 * Reports the construction phase's schedules on the run's curve while it is still improving them, so a run has a
 * schedule that keeps every hard rule as soon as the greedy placement has one, also when the descent rounds after
 * it take long (a dense portfolio, where each task has tens of coupling candidates). Each report judges the
 * schedule with {@link ScheduleEvaluator}; to keep that cheap beside the rounds, reports after the first come at
 * most about once a second and never more often than five times the last evaluation's duration.
 */
final class ConstructionProgress {

	private static final long EVERY_MILLIS = 1_000;

	private final PlanningProblem problem;
	private final PlanSolution solution;
	private final long started;
	private final Consumer<PlanProgress> report;
	private long lastReport = -1;
	private long lastCost;
	private long best = Long.MIN_VALUE;
	private long improvedAt;
	private int unimproved;

	ConstructionProgress(PlanningProblem problem, PlanSolution solution, long started, Consumer<PlanProgress> report) {
		this.problem = problem;
		this.solution = solution;
		this.started = started;
		this.report = report;
	}

	/**
	 * Judges the current schedule and reports it when it keeps every hard rule and is better than the last one
	 * reported; without {@code now}, only the first time and then when a report is due.
	 *
	 * @return the evaluation, or {@code null} when no report was due
	 */
	Evaluation report(boolean now) {
		long at = System.currentTimeMillis();
		if (!now && lastReport >= 0 && at - lastReport < Math.max(EVERY_MILLIS, 5 * lastCost)) {
			return null;
		}
		Evaluation evaluation = ScheduleEvaluator.evaluate(problem, starts(solution));
		long done = System.currentTimeMillis();
		lastReport = done;
		lastCost = done - at;
		if (evaluation.feasible() && evaluation.objectiveCents() > best) {
			best = evaluation.objectiveCents();
			improvedAt = done;
			unimproved = 0;
			report.accept(new PlanProgress(done - started, 0, evaluation.objectiveCents()));
		}
		else {
			unimproved++;
		}
		return evaluation;
	}

	/**
	 * Whether the descent rounds have stopped paying: a schedule that keeps every hard rule was reported, and the
	 * last {@link #STAGNANT_REPORTS} reports, over at least {@link #STAGNANT_MILLIS} and half the time until the
	 * last better one, found nothing better. On a
	 * dense portfolio a round over the candidate pairs may go on moving tasks between starts of equal gain for
	 * tens of seconds; local search uses that time better.
	 */
	boolean stagnant() {
		// a descent that has paid for a long time may pause between finds longer than a short one (the deterministic
		// rounds on 2,000 dense tasks found nothing for 3 s before gaining another € 1.3 million): wait at least
		// half the time it took to get here
		return best > Long.MIN_VALUE && unimproved >= STAGNANT_REPORTS
				&& System.currentTimeMillis() - improvedAt >= Math.max(STAGNANT_MILLIS, (improvedAt - started) / 2);
	}

	private static final int STAGNANT_REPORTS = 3;
	private static final long STAGNANT_MILLIS = 3_000;

	static Map<String, LocalDate> starts(PlanSolution solution) {
		Map<String, LocalDate> starts = new HashMap<>();
		for (TaskStart t : solution.getTasks()) {
			starts.put(t.getId(), LocalDate.ofEpochDay(t.getStart()));
		}
		return starts;
	}
}
