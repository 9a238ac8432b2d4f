package nl.wijkatelier.planning.internal;

import java.util.List;

/** Binary search over a task's allowed starts: epoch days in ascending order, each once. */
final class SortedDays {

	private SortedDays() {
	}

	/** The position of the first day at or after {@code day}; {@code sorted.size()} when there is none. */
	static int lowerBound(List<Integer> sorted, long day) {
		int lo = 0;
		int hi = sorted.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted.get(mid) < day) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/** The position of the first day after {@code day}; {@code sorted.size()} when there is none. */
	static int upperBound(List<Integer> sorted, long day) {
		int lo = 0;
		int hi = sorted.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted.get(mid) <= day) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/** The position of the day nearest {@code day}, the earlier one on a tie; {@code sorted} must not be empty. */
	static int nearestIndex(List<Integer> sorted, long day) {
		int at = lowerBound(sorted, day);
		if (at == sorted.size()) {
			return at - 1;
		}
		if (at > 0 && day - sorted.get(at - 1) <= sorted.get(at) - day) {
			return at - 1;
		}
		return at;
	}
}
