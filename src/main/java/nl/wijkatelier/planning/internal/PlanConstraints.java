package nl.wijkatelier.planning.internal;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Issue 5's model as constraints, hard first. The window rule and pinned dates need no constraint: a task can
 * only take a start from its own value range (grid dates that keep it inside its window, or its pinned date).
 * The soft score is in euro cents and equals the objective: the saving of the riders plus the value weight × the
 * integral value, minus the shift penalty and the nuisance cost × street-open days.
 */
public class PlanConstraints implements ConstraintProvider {

	public static final String DEPENDENCY = "Starts after what it depends on has ended";
	public static final String BUDGET = "Pot spending per year within that year's amount";
	public static final String AGREED = "Tasks of an agreed package share a running day";
	public static final String DEADLINE = "Nothing spent from a pot after its deadline";
	public static final String RIDES_ALONG = "Riding along on larger joined work saves its shareable cost";
	public static final String CO_BENEFITS = "Joined pairs bring their co-benefits, weighted by the joint picture";
	public static final String STREET_OPEN = "Street-open days cost the nuisance cost and the integral value of days avoided";
	public static final String SHIFT = "Shift from the preferred start costs the shift cost per day";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] {
				startsAfterDependencies(factory),
				budgetPerPotPerYear(factory),
				nothingSpentAfterDeadline(factory),
				agreedTasksShareADay(factory),
				ridingAlongSaves(factory),
				coBenefitsOfJoinedPairs(factory),
				streetOpenDays(factory),
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
	 * Rule: a candidate pair whose running days overlap brings its co-benefits (its co-benefit points, weighted by the
	 * joint picture). Reward: those points × the value weight, in cents; nothing when the plan weighs money alone.
	 */
	Constraint coBenefitsOfJoinedPairs(ConstraintFactory factory) {
		return factory.forEach(CandidatePair.class)
				.filter(pair -> pair.valueCents() > 0)
				.join(TaskStart.class, equal(CandidatePair::rider, TaskStart::getIndex))
				.join(TaskStart.class, equal((pair, rider) -> pair.larger(), TaskStart::getIndex))
				.filter((pair, rider, larger) -> rider.overlaps(larger))
				.rewardLong(HardSoftLongScore.ONE_SOFT, (pair, rider, larger) -> pair.valueCents())
				.justifyWith((pair, rider, larger, score) -> new Justifications.CoBenefits(rider.getId(),
						larger.getId(), pair.valueCents()))
				.asConstraint(CO_BENEFITS);
	}

	/**
	 * Rule: every street-open day (per package the days on which one of its street-opening tasks runs, counted once;
	 * every other street-opening task its own days) costs the nuisance cost, and each day avoided earns the integral
	 * value of a street day. Impact: value weight × street points of all street-opening durations − (nuisance cost +
	 * value weight × street points a day) × street-open days, in cents; absent when both weights are 0.
	 */
	Constraint streetOpenDays(ConstraintFactory factory) {
		return factory.forEach(StreetTerm.class)
				.join(TaskStart.class, filtering((term, task) -> term.concerns(task.getIndex())))
				.groupBy((term, task) -> term, toList((term, task) -> task))
				.impactLong(HardSoftLongScore.ONE_SOFT, StreetTerm::impactCents)
				.justifyWith((term, tasks, score) -> new Justifications.StreetOpen(term.impactCents(tasks)))
				.asConstraint(STREET_OPEN);
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
