package nl.wijkatelier.planning.internal;

import java.util.List;

/**
 * The construction phase's gain of every allowed start of one task at once, for portfolios where a task has many
 * coupling candidates. Asking the gain of each start separately costs the task's number of candidates per start,
 * and the construction phase asks it for every start that overlaps a placed candidate: on a dense portfolio
 * (2,000 tasks with some 35 candidates each, {@code generate --density 30}) that was most of the run. Here each
 * placed candidate adds its part to the range of starts that overlap it (a difference array over the positions
 * of the allowed starts), so one sweep gives every start's gain in time linear in the candidates and the starts.
 *
 * <p>The construction phase ({@link PartialSchedule}) and ruin and recreate ({@link Recreate}) both use it, each with
 * its own view of which candidates are placed where. The gain is the one of {@code FirstSchedule}: the co-benefits of every placed candidate it overlaps, the
 * shareable cost of each such candidate that is the smaller side and does not ride along yet, the task's own
 * shareable cost when it overlaps at least one placed larger candidate, minus the shift penalty. The street-open
 * days' estimate is not included (the construction phase asks start by start when they weigh).
 */
final class StartGains {

	/** Per position from {@code from} to {@code to}: the gain, and whether the start overlaps a placed candidate. */
	final long[] gain;
	final boolean[] joins;
	final int from;

	private StartGains(int from, int to) {
		this.from = from;
		this.gain = new long[to - from + 1];
		this.joins = new boolean[to - from + 1];
	}

	/** A task's coupling candidates as the sweep sees them, by position {@code 0 .. size() - 1}. */
	interface Candidates {

		int size();

		TaskStart task(int k);

		/** Its start as an epoch day, or -1 while it is not placed. */
		int start(int k);

		/** What the pair's co-benefits add when joined, in cents. */
		long value(int k);

		/** Whether it is the larger side (the task rides along on it). */
		boolean larger(int k);

		/** Whether it already rides along on a placed larger candidate of its own (asked only of smaller ones). */
		boolean ridesAlong(int k);
	}

	static StartGains of(TaskStart task, int from, int to, Candidates candidates) {
		StartGains gains = new StartGains(from, to);
		int size = to - from + 1;
		long[] added = new long[size + 1];
		int[] riding = new int[size + 1];
		int[] joined = new int[size + 1];
		List<Integer> starts = task.getStarts();
		int duration = task.getDurationDays();
		for (int k = 0; k < candidates.size(); k++) {
			int partnerStart = candidates.start(k);
			if (partnerStart < 0) {
				continue;
			}
			TaskStart partner = candidates.task(k);
			int lo = Math.max(from, SortedDays.lowerBound(starts, (long) partnerStart - duration + 1));
			int hi = Math.min(to,
					SortedDays.upperBound(starts, (long) partnerStart + partner.getDurationDays() - 1) - 1);
			if (lo > hi) {
				continue;
			}
			long part = candidates.value(k);
			if (candidates.larger(k)) {
				riding[lo - from]++;
				riding[hi - from + 1]--;
			}
			else if (!candidates.ridesAlong(k)) {
				part += partner.getShareableCents();
			}
			added[lo - from] += part;
			added[hi - from + 1] -= part;
			joined[lo - from]++;
			joined[hi - from + 1]--;
		}
		long sum = 0;
		int ridingNow = 0;
		int joinedNow = 0;
		for (int p = 0; p < size; p++) {
			sum += added[p];
			ridingNow += riding[p];
			joinedNow += joined[p];
			gains.gain[p] = sum + (ridingNow > 0 ? task.getShareableCents() : 0)
					- task.shiftPenaltyCentsAt(starts.get(from + p));
			gains.joins[p] = joinedNow > 0;
		}
		return gains;
	}

	/** The gain of the start at position {@code position} of the task's allowed starts. */
	long at(int position) {
		return gain[position - from];
	}
}
