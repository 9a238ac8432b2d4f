package nl.wijkatelier.planning.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The construction phase: a greedy first schedule that keeps the hard rules wherever it can, built in plain Java
 * before local search starts. Tasks are placed one by one in {@link DependencyOrder} (pinned tasks first, on their
 * date), each by {@link GreedyPlacement} at the allowed start with the best gain that keeps every pot's yearly
 * budget ({@link PotBudgetLedger}), its deadlines, its dependencies and a common day with the placed tasks of its
 * agreed packages, where the gain of a start is the saving it adds by joining coupling candidates already placed
 * minus its shift penalty; a task that fits nowhere gets room from {@link EjectionChains}. Then rounds of three
 * descent phases ({@link TaskDescent}, {@link PairDescent}, {@link JoinMakingRoom}) improve it, none of them ever
 * breaking a hard rule that holds or lowering the objective. The same solution and stop answers give the same
 * schedule.
 *
 * <p>Local search from the nearest grid date to every preferred start needed about 70 s to repair the budgets of a
 * 20,000-task portfolio (benchmarks/results, before this phase); this phase gives it a schedule that keeps every
 * hard rule in about a second, so the search spends its time on the objective.
 */
public final class FirstSchedule {

	/** Rounds of descent; later rounds rarely find more (benchmarks/plan.sh at 2,000 tasks). */
	private static final int ROUNDS = 5;

	private FirstSchedule() {
	}

	/** Sets every unpinned task's start in {@code solution} to its greedy first start, with full descent rounds. */
	public static void build(PlanSolution solution) {
		build(solution, () -> false);
	}

	/**
	 * @param stop polled between tasks of the descent rounds: the greedy placement always completes (it is what
	 *        makes the schedule keep the hard rules), the rounds that improve it stop as soon as this answers true
	 */
	public static void build(PlanSolution solution, BooleanSupplier stop) {
		List<TaskStart> tasks = solution.getTasks();
		DependencyOrder dependencies = new DependencyOrder(tasks, solution.getDependencies());
		PotBudgetLedger ledger = new PotBudgetLedger(tasks);
		List<TaskStart> order = dependencies.order();
		if (order.size() < tasks.size()) {
			return; // a cycle: the input checks reject it before planning, so there is nothing to build on
		}
		PartialSchedule schedule = new PartialSchedule(solution, dependencies, ledger, dependencies.latestStarts(order));
		GreedyPlacement.placeAll(schedule, order);
		TaskDescent taskDescent = new TaskDescent(schedule, stop);
		PairDescent pairDescent = new PairDescent(schedule, stop);
		JoinMakingRoom joinMakingRoom = new JoinMakingRoom(schedule, stop);
		for (int round = 0; round < ROUNDS && !stop.getAsBoolean()
				&& (taskDescent.round(order) | pairDescent.round() | joinMakingRoom.round()); round++) {
			// each round moves every task, then every candidate pair, to its best start given all the others
		}
	}
}
