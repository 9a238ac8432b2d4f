package nl.wijkatelier.planning.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The second descent phase, over candidate pairs that are not joined: both tasks move together to the starts where
 * they overlap and gain the most, within {@link #PAIR_REACH} of their preferred starts, when that gains more than
 * where they are. This finds joins no single task can make, e.g. when each task's pot is full in the year the other
 * runs but both have room in a year around their preferred starts. The pair moves only to starts that keep the hard
 * rules, and only when that gains, so it never lowers the objective.
 */
final class PairDescent {

	/** How far beyond the two preferred starts a pair may move together, in days (eight weeks). */
	private static final int PAIR_REACH = 56;

	private final PartialSchedule schedule;
	private final BooleanSupplier stop;

	/** @param stop polled before each pair; once it answers true the remaining pairs stay where they are */
	PairDescent(PartialSchedule schedule, BooleanSupplier stop) {
		this.schedule = schedule;
		this.stop = stop;
	}

	/**
	 * One round over the candidate pairs.
	 *
	 * @return whether any pair moved
	 */
	boolean round() {
		boolean moved = false;
		for (TaskStart[] pair : schedule.pairs()) {
			TaskStart rider = pair[0];
			TaskStart larger = pair[1];
			if (rider.isPinned() || larger.isPinned() || rider.overlaps(larger) || stop.getAsBoolean()) {
				continue;
			}
			int wasRider = rider.getStart();
			int wasLarger = larger.getStart();
			schedule.unplace(rider);
			schedule.unplace(larger);
			long now = Long.MIN_VALUE;
			if (schedule.fits(larger, wasLarger)) {
				long first = schedule.gain(larger, wasLarger);
				schedule.place(larger, wasLarger);
				if (schedule.fits(rider, wasRider)) {
					now = first + schedule.gain(rider, wasRider);
				}
				schedule.unplace(larger);
			}
			long best = now;
			int bestLarger = wasLarger;
			int bestRider = wasRider;
			List<Integer> largerStarts = larger.getStarts();
			int[] bounds = schedule.bounds(larger);
			long lo = Math.min(larger.preferredOrFirst(), rider.preferredOrFirst()) - rider.getDurationDays() - PAIR_REACH;
			long hi = Math.max(larger.preferredOrFirst(), rider.preferredOrFirst()) + PAIR_REACH;
			int from = Math.max(bounds[0], SortedDays.lowerBound(largerStarts, lo));
			int to = Math.min(bounds[1], SortedDays.upperBound(largerStarts, hi) - 1);
			for (int k = from; k <= to; k++) {
				int atLarger = largerStarts.get(k);
				if (!schedule.fits(larger, atLarger)) {
					continue;
				}
				long first = schedule.gain(larger, atLarger);
				schedule.place(larger, atLarger);
				List<Integer> riderStarts = rider.getStarts();
				int[] riderBounds = schedule.bounds(rider);
				int rFrom = Math.max(riderBounds[0],
						SortedDays.lowerBound(riderStarts, (long) atLarger - rider.getDurationDays() + 1));
				int rTo = Math.min(riderBounds[1], SortedDays.upperBound(riderStarts, larger.end()) - 1);
				for (int m = rFrom; m <= rTo; m++) {
					int atRider = riderStarts.get(m);
					long total = first + schedule.gain(rider, atRider);
					if (total > best && schedule.fits(rider, atRider)) {
						best = total;
						bestLarger = atLarger;
						bestRider = atRider;
					}
				}
				schedule.unplace(larger);
			}
			schedule.place(larger, bestLarger);
			schedule.place(rider, bestRider);
			moved |= bestLarger != wasLarger || bestRider != wasRider;
		}
		return moved;
	}
}
