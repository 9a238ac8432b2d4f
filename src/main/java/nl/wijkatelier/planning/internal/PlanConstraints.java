package nl.wijkatelier.planning.internal;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Issue 5's model as constraints, hard first. The window rule and pinned dates need no constraint: a task can
 * only take a start from its own value range (grid dates that keep it inside its window, or its pinned date).
 * The soft score is in euro cents: the saving of the riders minus the shift penalty, i.e. the objective.
 */
public class PlanConstraints implements ConstraintProvider {

	public static final String DEPENDENCY = "Starts after what it depends on has ended";
	public static final String BUDGET = "Pot spending per year within that year's amount";
	public static final String AGREED = "Tasks of an agreed package share a running day";
	public static final String DEADLINE = "Nothing spent from a pot after its deadline";
	public static final String RIDES_ALONG = "Riding along on larger joined work saves its shareable cost";
	public static final String SHIFT = "Shift from the preferred start costs the shift cost per day";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] {
				startsAfterDependencies(factory),
				budgetPerPotPerYear(factory),
				nothingSpentAfterDeadline(factory),
				agreedTasksShareADay(factory),
				ridingAlongSaves(factory),
				shiftFromPreferredStart(factory)
		};
	}

	/**
	 * Rule: a task starts only after every task it depends on has ended. Penalty: the days it starts too early
	 * (its start up to and including the other's last running day).
	 */
	Constraint startsAfterDependencies(ConstraintFactory factory) {
		return factory.forEach(DependencyLink.class)
				.join(TaskStart.class, equal(DependencyLink::before, TaskStart::getIndex))
				.join(TaskStart.class, equal((link, before) -> link.after(), TaskStart::getIndex))
				.filter((link, before, after) -> after.getStart() <= before.end())
				.penalizeLong(HardSoftLongScore.ONE_HARD, (link, before, after) -> before.end() - after.getStart() + 1L)
				.justifyWith((link, before, after, score) -> new Justifications.DependencyBroken(before.getId(),
						after.getId(), before.end() - after.getStart() + 1L))
				.asConstraint(DEPENDENCY);
	}

	/**
	 * Rule: a pot's spending in a calendar year, each task's funding share spread pro rata over its running days,
	 * does not exceed that year's amount; a year without an amount allows nothing. Penalty: the excess in whole
	 * euros (rounded up).
	 */
	Constraint budgetPerPotPerYear(ConstraintFactory factory) {
		return factory.forEach(TaskStart.class)
				.filter(TaskStart::isFunded)
				.flattenLast(TaskStart::spending)
				.groupBy(Spend::potYear, sumLong(Spend::milliCents))
				.filter((potYear, milli) -> milli > potYear.capMilliCents())
				.penalizeLong(HardSoftLongScore.ONE_HARD,
						(potYear, milli) -> ceilEuros(milli - potYear.capMilliCents()))
				.justifyWith((potYear, milli, score) -> new Justifications.BudgetExceeded(potYear.pot(),
						potYear.year(), milli - potYear.capMilliCents()))
				.asConstraint(BUDGET);
	}

	/**
	 * Rule: nothing is spent from a pot after its deadline, so a task funded from it has ended by then.
	 * Penalty: the running days past each such deadline.
	 */
	Constraint nothingSpentAfterDeadline(ConstraintFactory factory) {
		return factory.forEach(TaskStart.class)
				.filter(task -> task.daysAfterDeadlines() > 0)
				.penalizeLong(HardSoftLongScore.ONE_HARD, TaskStart::daysAfterDeadlines)
				.justifyWith((task, score) -> new Justifications.SpentAfterDeadline(task.getId(),
						task.potsPastDeadline(), task.daysAfterDeadlines()))
				.asConstraint(DEADLINE);
	}

	/**
	 * Rule: two tasks of an agreed package (werk-met-werk afspraak) run on at least one common day. Penalty: the days
	 * between them, from the earlier one's last running day to the later one's start (1 when they only just miss).
	 */
	Constraint agreedTasksShareADay(ConstraintFactory factory) {
		return factory.forEach(AgreedPair.class)
				.join(TaskStart.class, equal(AgreedPair::a, TaskStart::getIndex))
				.join(TaskStart.class, equal((pair, a) -> pair.b(), TaskStart::getIndex))
				.filter((pair, a, b) -> !a.overlaps(b))
				.penalizeLong(HardSoftLongScore.ONE_HARD, (pair, a, b) -> a.daysApart(b))
				.justifyWith((pair, a, b, score) -> new Justifications.AgreedApart(a.getId(), b.getId(), a.daysApart(b)))
				.asConstraint(AGREED);
	}

	/**
	 * Rule: a task that is joined (a coupling candidate whose running days overlap) with at least one task with a
	 * larger shareable cost (on a tie, the larger id) rides along and saves its own shareable cost, once however
	 * many it is joined with. Reward: that shareable cost in cents.
	 */
	Constraint ridingAlongSaves(ConstraintFactory factory) {
		return factory.forEach(CandidatePair.class)
				.join(TaskStart.class, equal(CandidatePair::rider, TaskStart::getIndex))
				.join(TaskStart.class, equal((pair, rider) -> pair.larger(), TaskStart::getIndex))
				.filter((pair, rider, larger) -> rider.overlaps(larger))
				.groupBy((pair, rider, larger) -> rider)
				.rewardLong(HardSoftLongScore.ONE_SOFT, TaskStart::getShareableCents)
				.justifyWith((rider, score) -> new Justifications.RidesAlong(rider.getId(), rider.getShareableCents()))
				.asConstraint(RIDES_ALONG);
	}

	/**
	 * Rule: every day a task with a preferred start starts away from it costs the shift cost. Penalty: |start −
	 * preferred start| in days × the shift cost per day, in cents.
	 */
	Constraint shiftFromPreferredStart(ConstraintFactory factory) {
		return factory.forEach(TaskStart.class)
				.filter(task -> task.shiftDays() > 0)
				.penalizeLong(HardSoftLongScore.ONE_SOFT, TaskStart::shiftPenaltyCents)
				.justifyWith((task, score) -> new Justifications.Shifted(task.getId(), task.shiftDays(),
						task.shiftPenaltyCents()))
				.asConstraint(SHIFT);
	}

	private static long ceilEuros(long milliCents) {
		return (milliCents + 99_999) / 100_000;
	}
}
