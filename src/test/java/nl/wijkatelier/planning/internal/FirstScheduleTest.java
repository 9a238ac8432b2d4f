package nl.wijkatelier.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The construction phase on its own, no Spring and no solver: what it places where, and that it keeps the rules. */
class FirstScheduleTest {

	private static final int MONDAY_JAN_4_2027 = (int) LocalDate.of(2027, 1, 4).toEpochDay();

	/** Every Monday of 2027 and 2028. */
	private static List<Integer> mondays() {
		List<Integer> starts = new ArrayList<>();
		for (int day = MONDAY_JAN_4_2027; day < LocalDate.of(2029, 1, 1).toEpochDay() - 30; day += 7) {
			starts.add(day);
		}
		return starts;
	}

	private static TaskStart task(int index, int duration, long shareable, int preferred, boolean pinned,
			List<FundingLine> funding) {
		List<Integer> starts = pinned ? List.of(preferred) : mondays();
		return new TaskStart(index, "T" + index, duration, shareable, (long) preferred, 50_00, pinned, starts, funding,
				preferred);
	}

	@Test
	void joinsACandidateWhenItsSavingOutweighsTheShift() {
		// 70 days apart: joining costs 63 days (the nearest Monday that overlaps) × € 50 of shift and saves € 10,000
		TaskStart rider = task(0, 14, 10_000_00, MONDAY_JAN_4_2027, false, List.of());
		TaskStart larger = task(1, 14, 20_000_00, MONDAY_JAN_4_2027 + 70, false, List.of());
		PlanSolution solution = new PlanSolution(List.of(rider, larger), List.of(new CandidatePair(0, 1)), List.of());
		FirstSchedule.build(solution);
		assertThat(rider.overlaps(larger)).isTrue();
		assertThat(rider.shiftDays() + larger.shiftDays()).isEqualTo(63);
	}

	@Test
	void leavesACandidateAloneWhenTheShiftCostsMoreThanItSaves() {
		// € 1,000 of saving against 70 days × € 50 of shift
		TaskStart rider = task(0, 14, 1_000_00, MONDAY_JAN_4_2027, false, List.of());
		TaskStart larger = task(1, 14, 20_000_00, MONDAY_JAN_4_2027 + 70, false, List.of());
		PlanSolution solution = new PlanSolution(List.of(rider, larger), List.of(new CandidatePair(0, 1)), List.of());
		FirstSchedule.build(solution);
		assertThat(rider.getStart()).isEqualTo(MONDAY_JAN_4_2027);
		assertThat(larger.getStart()).isEqualTo(MONDAY_JAN_4_2027 + 70);
	}

	@Test
	void keepsEveryPotsYearlyBudgetWhereThePreferredDatesOverspendIt() {
		Map<Integer, Long> caps = Map.of(2027, 100_000L, 2028, 100_000L);
		FundingLine share = new FundingLine("P", 80_000, Long.MAX_VALUE, caps);
		List<TaskStart> tasks = List.of(task(0, 20, 0, MONDAY_JAN_4_2027 + 70, false, List.of(share)),
				task(1, 20, 0, MONDAY_JAN_4_2027 + 140, false, List.of(share)));
		FirstSchedule.build(new PlanSolution(tasks, List.of(), List.of()));
		Map<Integer, Long> spent = new HashMap<>();
		for (TaskStart task : tasks) {
			for (Spend spend : task.spending()) {
				spent.merge(spend.potYear().year(), spend.milliCents(), Long::sum);
			}
		}
		assertThat(spent.values()).allSatisfy(milli -> assertThat(milli).isLessThanOrEqualTo(100_000L * 1000));
		assertThat(tasks.get(0).getStart()).as("the task placed first keeps its preferred start")
				.isEqualTo(MONDAY_JAN_4_2027 + 70);
	}

	@Test
	void keepsPinnedDatesAndStartsDependentTasksAfterWhatTheyDependOn() {
		TaskStart pinned = task(0, 30, 0, MONDAY_JAN_4_2027 + 35, true, List.of());
		TaskStart after = task(1, 10, 0, MONDAY_JAN_4_2027, false, List.of());
		PlanSolution solution = new PlanSolution(List.of(pinned, after), List.of(), List.of(new DependencyLink(0, 1)));
		FirstSchedule.build(solution);
		assertThat(pinned.getStart()).isEqualTo(MONDAY_JAN_4_2027 + 35);
		assertThat(after.getStart()).isGreaterThan(pinned.end());
		assertThat(after.getStart() - pinned.end()).isLessThanOrEqualTo(7);
	}

	@Test
	void keepsTheTasksOfAnAgreedPackageOnACommonDayThoughNoneSaves() {
		// no candidates, nothing to save: only the agreement brings the three together, each as near its own date
		TaskStart first = task(0, 14, 0, MONDAY_JAN_4_2027, false, List.of());
		TaskStart second = task(1, 21, 0, MONDAY_JAN_4_2027 + 140, false, List.of());
		TaskStart third = task(2, 7, 0, MONDAY_JAN_4_2027 + 280, false, List.of());
		PlanSolution solution = new PlanSolution(List.of(first, second, third), List.of(), List.of(),
				List.of(new AgreedPair(0, 1), new AgreedPair(0, 2), new AgreedPair(1, 2)));
		FirstSchedule.build(solution);
		assertThat(first.overlaps(second)).isTrue();
		assertThat(first.overlaps(third)).isTrue();
		assertThat(second.overlaps(third)).isTrue();
	}
}
