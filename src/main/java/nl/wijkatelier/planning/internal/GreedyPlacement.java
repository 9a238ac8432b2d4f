package nl.wijkatelier.planning.internal;

import java.util.List;

/**
 * The greedy first placement: pinned tasks on their dates, then every other task in dependency order at its best
 * start given the tasks placed before it ({@link PartialSchedule#bestStart}); when no start keeps the hard rules, an
 * ejection chain makes room, and when that fails too the task goes to the start nearest its preferred one inside its
 * dependency bounds, for local search to repair. It always completes and places every task.
 */
final class GreedyPlacement {

	private GreedyPlacement() {
	}

	/** @param order every task, {@link DependencyOrder#order()} */
	static void placeAll(PartialSchedule schedule, List<TaskStart> order) {
		EjectionChains chains = new EjectionChains(schedule);
		for (TaskStart task : schedule.tasks()) {
			if (task.isPinned()) {
				schedule.place(task, task.getStart());
			}
		}
		for (TaskStart task : order) {
			if (!task.isPinned()) {
				int start = schedule.bestStart(task);
				if (schedule.fits(task, start) || !chains.makeRoom(task)) {
					schedule.place(task, start);
				}
			}
		}
	}
}
