package nl.wijkatelier.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/** Each constraint on its own, no Spring: the rule, its edge, and the size of the penalty or reward. */
class PlanConstraintsTest {

	private static final ConstraintVerifier<PlanConstraints, PlanSolution> VERIFIER = ConstraintVerifier
			.build(new PlanConstraints(), PlanSolution.class, TaskStart.class);

	private static final int JAN_1_2027 = (int) LocalDate.of(2027, 1, 1).toEpochDay();

	private static TaskStart task(int index, int start, int duration) {
		return task(index, start, duration, 0, null, List.of());
	}

	private static TaskStart task(int index, int start, int duration, long shareable, Long preferred,
			List<FundingLine> funding) {
		return new TaskStart(index, "T" + index, duration, shareable, preferred, 50_00, false, List.of(start), funding,
				start);
	}

	@Test
	void dependentTaskStartingTheDayAfterTheOtherEndsIsFine() {
		TaskStart before = task(0, 100, 10);
		TaskStart after = task(1, 110, 5);
		VERIFIER.verifyThat(PlanConstraints::startsAfterDependencies)
				.given(new DependencyLink(0, 1), before, after).penalizesBy(0);
	}

	@Test
	void dependentTaskStartingOnTheOthersLastDayIsPenalisedPerDayTooEarly() {
		TaskStart before = task(0, 100, 10);
		VERIFIER.verifyThat(PlanConstraints::startsAfterDependencies)
				.given(new DependencyLink(0, 1), before, task(1, 109, 5)).penalizesBy(1);
		VERIFIER.verifyThat(PlanConstraints::startsAfterDependencies)
				.given(new DependencyLink(0, 1), before, task(1, 95, 5)).penalizesBy(15);
	}

	@Test
	void agreedTasksSharingADayAreFineAndTasksApartArePenalisedPerDayBetween() {
		TaskStart a = task(0, 100, 10);
		VERIFIER.verifyThat(PlanConstraints::agreedTasksShareADay)
				.given(new AgreedPair(0, 1), a, task(1, 109, 5)).penalizesBy(0);
		VERIFIER.verifyThat(PlanConstraints::agreedTasksShareADay)
				.given(new AgreedPair(0, 1), a, task(1, 110, 5)).penalizesBy(1);
		VERIFIER.verifyThat(PlanConstraints::agreedTasksShareADay)
				.given(new AgreedPair(0, 1), a, task(1, 80, 5)).penalizesBy(16);
	}

	@Test
	void budgetWithinTheYearsAmountIsFineAndTheExcessIsPenalisedInWholeEuros() {
		FundingLine fits = new FundingLine("P", 1_000_00, Long.MAX_VALUE, Map.of(2027, 1_500_00L));
		VERIFIER.verifyThat(PlanConstraints::budgetPerPotPerYear)
				.given(task(0, JAN_1_2027, 10, 0, null, List.of(fits)),
						task(1, JAN_1_2027 + 20, 10, 0, null, List.of(new FundingLine("P", 500_00, Long.MAX_VALUE,
								Map.of(2027, 1_500_00L)))))
				.penalizesBy(0);
		FundingLine over = new FundingLine("P", 1_600_00, Long.MAX_VALUE, Map.of(2027, 1_500_00L));
		VERIFIER.verifyThat(PlanConstraints::budgetPerPotPerYear)
				.given(task(0, JAN_1_2027, 10, 0, null, List.of(over))).penalizesBy(100);
	}

	@Test
	void spendingIsSplitProRataOverTheYearsAndAYearWithoutAmountAllowsNothing() {
		// 10 days, 4 in 2026 and 6 in 2027: € 400 falls in 2026, which the pot has no row for
		FundingLine line = new FundingLine("P", 1_000_00, Long.MAX_VALUE, Map.of(2027, 1_000_00L));
		VERIFIER.verifyThat(PlanConstraints::budgetPerPotPerYear)
				.given(task(0, JAN_1_2027 - 4, 10, 0, null, List.of(line))).penalizesBy(400);
	}

	@Test
	void workEndingOnTheDeadlineIsFineAndEachDayAfterIsPenalised() {
		long deadline = JAN_1_2027 + 9;
		FundingLine line = new FundingLine("P", 100_00, deadline, Map.of(2027, 1_000_00L));
		VERIFIER.verifyThat(PlanConstraints::nothingSpentAfterDeadline)
				.given(task(0, JAN_1_2027, 10, 0, null, List.of(line))).penalizesBy(0);
		VERIFIER.verifyThat(PlanConstraints::nothingSpentAfterDeadline)
				.given(task(0, JAN_1_2027 + 3, 10, 0, null, List.of(line))).penalizesBy(3);
	}

	@Test
	void riderSavesItsShareableCostOnceWhenItsDaysOverlapLargerCandidates() {
		TaskStart rider = task(0, 100, 10, 20_000_00, null, List.of());
		TaskStart larger = task(1, 109, 10, 50_000_00, null, List.of());
		TaskStart alsoLarger = task(2, 100, 3, 30_000_00, null, List.of());
		VERIFIER.verifyThat(PlanConstraints::ridingAlongSaves)
				.given(new CandidatePair(0, 1), new CandidatePair(0, 2), rider, larger, alsoLarger)
				.rewardsWith(20_000_00);
	}

	@Test
	void candidatesWhoseDaysDoNotOverlapSaveNothing() {
		TaskStart rider = task(0, 100, 10, 20_000_00, null, List.of());
		TaskStart larger = task(1, 110, 10, 50_000_00, null, List.of());
		VERIFIER.verifyThat(PlanConstraints::ridingAlongSaves)
				.given(new CandidatePair(0, 1), rider, larger).rewardsWith(0);
	}

	@Test
	void shiftCostsTheShiftCostPerDayEitherWay() {
		VERIFIER.verifyThat(PlanConstraints::shiftFromPreferredStart)
				.given(task(0, 100, 5, 0, 107L, List.of()), task(1, 100, 5, 0, 97L, List.of()),
						task(2, 100, 5, 0, null, List.of()))
				.penalizesBy(10 * 50_00);
	}
}
