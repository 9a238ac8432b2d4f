package nl.wijkatelier.planning.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The third descent phase, over candidate pairs that are not joined: one task moves to the start overlapping the
 * other that gains the most, and when its pot has no room in that year another task that spends from the pot then
 * moves to its own best start elsewhere. The two moves are kept only when both keep the hard rules and together
 * they gain; otherwise both tasks go back where they were.
 */
final class JoinMakingRoom {

	/** Tasks tried as the one that makes room, per join; bounds a round at 20,000 tasks to seconds. */
	private static final int ROOM_TRIES = 40;

	private final PartialSchedule schedule;
	private final BooleanSupplier stop;

	/** @param stop polled before each side of each pair; once it answers true the rest stay where they are */
	JoinMakingRoom(PartialSchedule schedule, BooleanSupplier stop) {
		this.schedule = schedule;
		this.stop = stop;
	}

	/**
	 * One round over the candidate pairs, each side in turn as the task that moves.
	 *
	 * @return whether any task moved
	 */
	boolean round() {
		boolean moved = false;
		for (TaskStart[] pair : schedule.pairs()) {
			for (int side = 0; side < 2 && !stop.getAsBoolean(); side++) {
				TaskStart mover = pair[side];
				TaskStart other = pair[1 - side];
				if (mover.isPinned() || mover.overlaps(other) || mover.getFunding().isEmpty()) {
					continue;
				}
				moved |= join(mover, other);
			}
		}
		return moved;
	}

	private boolean join(TaskStart mover, TaskStart other) {
		int was = mover.getStart();
		schedule.unplace(mover);
		long before = schedule.gain(mover, was);
		List<Integer> starts = mover.getStarts();
		int[] bounds = schedule.bounds(mover);
		int lo = Math.max(bounds[0],
				SortedDays.lowerBound(starts, (long) other.getStart() - mover.getDurationDays() + 1));
		int hi = Math.min(bounds[1], SortedDays.upperBound(starts, other.end()) - 1);
		int target = -1;
		long targetGain = before;
		for (int k = lo; k <= hi; k++) {
			long g = schedule.gain(mover, starts.get(k));
			if (g > targetGain && mover.keepsDeadlinesAt(starts.get(k))) {
				target = starts.get(k);
				targetGain = g;
			}
		}
		if (target < 0 || schedule.fits(mover, target)) {
			// nothing to gain, or the plain descent takes it without making room
			schedule.place(mover, target < 0 ? was : target);
			return target >= 0;
		}
		int end = target + mover.getDurationDays() - 1;
		int tries = 0;
		for (FundingLine line : mover.getFunding()) {
			for (TaskStart blocker : schedule.ledger().spenders(line.pot())) {
				if (blocker == mover || blocker == other || blocker.isPinned() || !schedule.isPlaced(blocker)
						|| !PotBudgetLedger.sharesAYear(blocker, target, end)) {
					continue;
				}
				if (++tries > ROOM_TRIES) {
					schedule.place(mover, was);
					return false;
				}
				int blockerWas = blocker.getStart();
				schedule.unplace(blocker);
				long blockerBefore = schedule.gain(blocker, blockerWas);
				if (schedule.fits(mover, target)) {
					long moverGain = schedule.gain(mover, target);
					schedule.place(mover, target);
					int elsewhere = schedule.bestStart(blocker);
					if (elsewhere != blockerWas && schedule.fits(blocker, elsewhere)
							&& moverGain - before + schedule.gain(blocker, elsewhere) - blockerBefore > 0) {
						schedule.place(blocker, elsewhere);
						return true;
					}
					schedule.unplace(mover);
				}
				schedule.place(blocker, blockerWas);
			}
		}
		schedule.place(mover, was);
		return false;
	}
}
