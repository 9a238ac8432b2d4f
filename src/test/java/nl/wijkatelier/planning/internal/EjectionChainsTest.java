package nl.wijkatelier.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Ejection chains on a partial schedule: a task that fits nowhere gets room, or nothing changes. */
class EjectionChainsTest {

	private static final int MONDAY_MAR_1_2027 = (int) LocalDate.of(2027, 3, 1).toEpochDay();
	private static final int MONDAY_MAR_6_2028 = (int) LocalDate.of(2028, 3, 6).toEpochDay();
	/** € 1,000 a year; each task below spends € 800 of it. */
	private static final FundingLine SHARE = new FundingLine("Riool", 800_00, Long.MAX_VALUE,
			Map.of(2027, 1_000_00L, 2028, 1_000_00L));

	private static List<Integer> mondaysFrom(int first, int count) {
		List<Integer> starts = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			starts.add(first + 7 * k);
		}
		return starts;
	}

	private static PartialSchedule schedule(List<TaskStart> tasks) {
		PlanSolution solution = new PlanSolution(tasks, List.of(), List.of());
		DependencyOrder dependencies = new DependencyOrder(tasks, List.of());
		return new PartialSchedule(solution, dependencies, new PotBudgetLedger(tasks),
				dependencies.latestStarts(dependencies.order()));
	}

	@Test
	void movesAPlacedTaskOfTheSamePotIntoAnotherYearToMakeRoom() {
		// either year: its preferred start in 2027, its window through 2028
		List<Integer> bothYears = new ArrayList<>(mondaysFrom(MONDAY_MAR_1_2027, 4));
		bothYears.addAll(mondaysFrom(MONDAY_MAR_6_2028, 4));
		TaskStart movable = new TaskStart(0, "movable", 10, 0, (long) MONDAY_MAR_1_2027, 50_00, false, bothYears,
				List.of(SHARE), MONDAY_MAR_1_2027);
		TaskStart only2027 = new TaskStart(1, "only2027", 10, 0, (long) MONDAY_MAR_1_2027, 50_00, false,
				mondaysFrom(MONDAY_MAR_1_2027, 4), List.of(SHARE), MONDAY_MAR_1_2027);
		PartialSchedule schedule = schedule(List.of(movable, only2027));
		schedule.place(movable, MONDAY_MAR_1_2027);
		assertThat(mondaysFrom(MONDAY_MAR_1_2027, 4)).noneMatch(start -> schedule.fits(only2027, start));

		boolean placed = new EjectionChains(schedule).makeRoom(only2027);

		assertThat(placed).isTrue();
		assertThat(schedule.isPlaced(only2027)).isTrue();
		assertThat(only2027.getStart()).as("its preferred start, tried first").isEqualTo(MONDAY_MAR_1_2027);
		assertThat(movable.getStart()).as("moved out of 2027").isEqualTo(MONDAY_MAR_6_2028);
		assertThat(schedule.ledger().leftMilliCents("Riool", 2027)).isEqualTo(200_00L * 1000);
		assertThat(schedule.ledger().leftMilliCents("Riool", 2028)).isEqualTo(200_00L * 1000);
	}

	@Test
	void changesNothingWhenTheOnlyTaskInTheWayIsPinned() {
		TaskStart pinned = new TaskStart(0, "pinned", 10, 0, (long) MONDAY_MAR_1_2027, 50_00, true,
				List.of(MONDAY_MAR_1_2027), List.of(SHARE), MONDAY_MAR_1_2027);
		TaskStart only2027 = new TaskStart(1, "only2027", 10, 0, (long) MONDAY_MAR_1_2027, 50_00, false,
				mondaysFrom(MONDAY_MAR_1_2027, 4), List.of(SHARE), MONDAY_MAR_1_2027 + 7);
		PartialSchedule schedule = schedule(List.of(pinned, only2027));
		schedule.place(pinned, MONDAY_MAR_1_2027);

		boolean placed = new EjectionChains(schedule).makeRoom(only2027);

		assertThat(placed).isFalse();
		assertThat(schedule.isPlaced(only2027)).isFalse();
		assertThat(pinned.getStart()).isEqualTo(MONDAY_MAR_1_2027);
		assertThat(schedule.ledger().leftMilliCents("Riool", 2027)).isEqualTo(200_00L * 1000);
	}
}
