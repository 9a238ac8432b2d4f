package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import nl.wijkatelier.shared.UnionFind;

/**
 * Problem fact, present only when street-open days weigh in the objective: what the street-open days of a schedule
 * add to it, {@code constantCents − centsPerDay × streetOpenDays}. Street-open days: per package (a connected group
 * of joined candidates) the days on which at least one of its street-opening tasks runs, counted once; every other
 * street-opening task its own running days. A package can join tasks far apart in the list, so this term is not a
 * sum over pairs: it is computed over all tasks that open the street or have a candidate, at each change, which
 * costs time linear in those tasks (only when a weight is above 0).
 *
 * @param opensStreet per task position
 * @param pairs the candidate pairs, {rider, larger}
 * @param centsPerDay the nuisance cost plus the value weight × the points of a street day avoided, in cents
 * @param constantCents the value weight × the points of every street-opening task's days, in cents (the integral
 *        value counts days avoided: durations minus street-open days)
 */
public record StreetTerm(boolean[] opensStreet, int[][] pairs, long centsPerDay, long constantCents) {

	/** Whether the task at this position takes part: it opens the street or has a candidate. */
	public boolean concerns(int position) {
		if (opensStreet[position]) {
			return true;
		}
		for (int[] pair : pairs) {
			if (pair[0] == position || pair[1] == position) {
				return true;
			}
		}
		return false;
	}

	/** The term's contribution to the objective, in cents, for the tasks that take part (others are ignored). */
	public long impactCents(List<TaskStart> tasks) {
		return constantCents - centsPerDay * streetOpenDays(tasks);
	}

	long streetOpenDays(List<TaskStart> tasks) {
		int n = opensStreet.length;
		int[] start = new int[n];
		int[] end = new int[n];
		boolean[] present = new boolean[n];
		for (TaskStart task : tasks) {
			present[task.getIndex()] = true;
			start[task.getIndex()] = task.getStart();
			end[task.getIndex()] = task.end();
		}
		UnionFind sets = new UnionFind(n);
		for (int[] pair : pairs) {
			int a = pair[0];
			int b = pair[1];
			if (present[a] && present[b] && start[a] <= end[b] && start[b] <= end[a]) {
				sets.union(a, b);
			}
		}
		List<int[]> street = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (present[i] && opensStreet[i]) {
				street.add(new int[] {sets.find(i), start[i], end[i]});
			}
		}
		street.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
		long days = 0;
		int group = -1;
		long coveredTo = Long.MIN_VALUE;
		for (int[] s : street) {
			if (s[0] != group) {
				group = s[0];
				coveredTo = Long.MIN_VALUE;
			}
			long from = Math.max(s[1], coveredTo + 1);
			if (s[2] >= from) {
				days += s[2] - from + 1;
				coveredTo = s[2];
			}
		}
		return days;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StreetTerm t && Arrays.equals(opensStreet, t.opensStreet)
				&& Arrays.deepEquals(pairs, t.pairs) && centsPerDay == t.centsPerDay && constantCents == t.constantCents;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(opensStreet) * 31 + Long.hashCode(centsPerDay);
	}

	@Override
	public String toString() {
		return "StreetTerm[" + centsPerDay + " cents a day]";
	}
}
