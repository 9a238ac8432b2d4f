package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes room for a task that fits nowhere: moves a task already placed that spends from one of the same pots in
 * the same years elsewhere, and when that one then fits nowhere, it in turn makes room, up to {@link #CHAIN} steps.
 * The task's starts nearest its preferred one are tried first. Either the task and every task moved end up at
 * starts that keep the hard rules with what is placed, or nothing changes. Pinned tasks never move.
 */
final class EjectionChains {

	/** Ejection chains this long repair every benchmark portfolio (benchmarks/plan.sh); each step adds little. */
	private static final int CHAIN = 3;
	/** Tasks tried as the one to move, per chain, to bound the time a task that truly does not fit costs. */
	private static final int TRIES = 5_000;

	private final PartialSchedule schedule;
	/** Tries left for the chain of the current task. */
	private int budget;

	EjectionChains(PartialSchedule schedule) {
		this.schedule = schedule;
	}

	/**
	 * Places the unplaced {@code task} by moving others out of its way; answers false, and changes nothing, when no
	 * chain within the bounds makes room.
	 */
	boolean makeRoom(TaskStart task) {
		budget = TRIES;
		return makeRoom(task, CHAIN, new HashSet<>());
	}

	private boolean makeRoom(TaskStart task, int depth, Set<TaskStart> locked) {
		List<Integer> starts = task.getStarts();
		int[] bounds = schedule.bounds(task);
		List<Integer> byDistance = new ArrayList<>();
		for (int k = bounds[0]; k <= bounds[1]; k++) {
			byDistance.add(starts.get(k));
		}
		long preferred = task.preferredOrFirst();
		byDistance.sort((a, b) -> Long.compare(Math.abs(a - preferred), Math.abs(b - preferred)));
		List<String> pots = task.getFunding().stream().map(FundingLine::pot).distinct().toList();
		locked.add(task);
		try {
			for (int start : byDistance) {
				if (!task.keepsDeadlinesAt(start)) {
					continue;
				}
				int end = start + task.getDurationDays() - 1;
				for (TaskStart other : schedule.tasks()) {
					if (!schedule.isPlaced(other) || other.isPinned() || locked.contains(other)
							|| !PotBudgetLedger.sharesAYear(other, start, end)
							|| other.getFunding().stream().noneMatch(l -> pots.contains(l.pot()))) {
						continue;
					}
					if (--budget < 0) {
						return false;
					}
					int was = other.getStart();
					schedule.unplace(other);
					if (schedule.fits(task, start)) {
						schedule.place(task, start);
						int moved = schedule.bestStart(other);
						if (moved != was && schedule.fits(other, moved)) {
							schedule.place(other, moved);
							return true;
						}
						if (depth > 1 && makeRoom(other, depth - 1, locked)) {
							return true;
						}
						schedule.unplace(task);
					}
					schedule.place(other, was);
				}
			}
			return false;
		}
		finally {
			locked.remove(task);
		}
	}
}
