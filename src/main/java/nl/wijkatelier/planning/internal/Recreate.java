package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ruin and recreate for local search: takes a few tasks that are coupling candidates of each other out of the
 * schedule at once (a random walk over the candidate pairs from a first task), then puts them back one by one in a
 * random order, each at the start with the highest gain given everything placed: the shareable cost of each placed
 * smaller candidate it overlaps that does not ride along yet, its own shareable cost when it overlaps a placed
 * larger candidate, the co-benefits of every placed candidate it overlaps, minus its shift penalty (equal gains: a
 * random one). Budgets, dependencies and agreed packages are left to the score: a move that breaks one is judged
 * as such. Not thread-safe: one per move factory and phase.
 */
final class Recreate {

	/** At most this many tasks are taken out at once (at least two). */
	static final int MAX_TAKEN = 16;

	private final List<TaskStart> tasks;
	/** Per task index: its coupling candidates, whether each is the larger side, and the pair's co-benefits. */
	private final int[][] partners;
	private final boolean[][] larger;
	private final long[][] values;
	/** Per task index: the number of the move that took it out, and the start it was given back (-1: not yet). */
	private final int[] takenBy;
	private final int[] given;
	private int current;

	Recreate(PlanSolution solution) {
		this.tasks = solution.getTasks();
		int n = tasks.size();
		int[] degree = new int[n];
		List<CandidatePair> pairs = solution.getPairs();
		for (CandidatePair pair : pairs) {
			degree[pair.rider()]++;
			degree[pair.larger()]++;
		}
		partners = new int[n][];
		larger = new boolean[n][];
		values = new long[n][];
		for (int i = 0; i < n; i++) {
			partners[i] = new int[degree[i]];
			larger[i] = new boolean[degree[i]];
			values[i] = new long[degree[i]];
		}
		int[] filled = new int[n];
		for (CandidatePair pair : pairs) {
			int r = filled[pair.rider()]++;
			partners[pair.rider()][r] = pair.larger();
			larger[pair.rider()][r] = true;
			values[pair.rider()][r] = pair.valueCents();
			int l = filled[pair.larger()]++;
			partners[pair.larger()][l] = pair.rider();
			values[pair.larger()][l] = pair.valueCents();
		}
		takenBy = new int[n];
		given = new int[n];
	}

	/** Takes out the task and some of its candidates and puts them back; null when nothing would change. */
	StartsMove move(TaskStart first, Random random) {
		if (partners[first.getIndex()].length == 0) {
			return null;
		}
		return rebuild(new TaskStart[] {first}, null, random);
	}

	/**
	 * Gives the tasks the starts, then takes out some of their candidates and puts them back around them; null when
	 * nothing would change.
	 */
	StartsMove around(TaskStart[] fixed, int[] fixedStarts, Random random) {
		return rebuild(fixed, fixedStarts, random);
	}

	private StartsMove rebuild(TaskStart[] core, int[] coreStarts, Random random) {
		current++;
		int size = core.length + 1 + random.nextInt(MAX_TAKEN - 1);
		List<TaskStart> taken = new ArrayList<>(size);
		for (int i = 0; i < core.length; i++) {
			take(core[i], taken);
			if (coreStarts != null) {
				given[core[i].getIndex()] = coreStarts[i];
			}
		}
		int fixed = coreStarts == null ? 0 : core.length;
		for (int tries = 0; taken.size() < size && tries < size * 4; tries++) {
			int[] around = partners[taken.get(random.nextInt(taken.size())).getIndex()];
			if (around.length == 0) {
				continue;
			}
			TaskStart next = tasks.get(around[random.nextInt(around.length)]);
			if (!next.isPinned() && next.getStarts().size() > 1 && takenBy[next.getIndex()] != current) {
				take(next, taken);
			}
		}
		for (int i = taken.size() - 1; i > fixed; i--) {
			int j = fixed + random.nextInt(i - fixed + 1);
			TaskStart t = taken.get(i);
			taken.set(i, taken.get(j));
			taken.set(j, t);
		}
		TaskStart[] moved = taken.toArray(TaskStart[]::new);
		int[] starts = new int[moved.length];
		boolean changes = false;
		for (int r = 0; r < moved.length; r++) {
			starts[r] = r < fixed ? coreStarts[r] : best(moved[r], random);
			given[moved[r].getIndex()] = starts[r];
			changes |= starts[r] != moved[r].getStart();
		}
		return changes ? new StartsMove(moved, starts) : null;
	}

	private void take(TaskStart task, List<TaskStart> taken) {
		takenBy[task.getIndex()] = current;
		given[task.getIndex()] = -1;
		taken.add(task);
	}

	/** The task's start in the schedule being recreated, or -1 while it is out. */
	private int startOf(int index) {
		return takenBy[index] == current ? given[index] : tasks.get(index).getStart();
	}

	private boolean overlaps(int index, int start, int end) {
		int other = startOf(index);
		return other >= 0 && other <= end && start <= other + tasks.get(index).getDurationDays() - 1;
	}

	private boolean ridesAlong(int index) {
		int start = startOf(index);
		int end = start + tasks.get(index).getDurationDays() - 1;
		for (int k = 0; k < partners[index].length; k++) {
			if (larger[index][k] && overlaps(partners[index][k], start, end)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The start with the highest gain: each placed candidate adds its part to the range of starts that overlap it
	 * (a difference array over the task's allowed starts), so one sweep gives every start's gain.
	 */
	private int best(TaskStart task, Random random) {
		List<Integer> starts = task.getStarts();
		int size = starts.size();
		int duration = task.getDurationDays();
		int index = task.getIndex();
		long[] added = new long[size + 1];
		int[] riding = new int[size + 1];
		for (int k = 0; k < partners[index].length; k++) {
			int partner = partners[index][k];
			int partnerStart = startOf(partner);
			if (partnerStart < 0) {
				continue;
			}
			int lo = SortedDays.lowerBound(starts, (long) partnerStart - duration + 1);
			int hi = SortedDays.upperBound(starts, (long) partnerStart + tasks.get(partner).getDurationDays() - 1) - 1;
			if (lo > hi) {
				continue;
			}
			long part = values[index][k];
			if (larger[index][k]) {
				riding[lo]++;
				riding[hi + 1]--;
			}
			else if (!ridesAlong(partner)) {
				part += tasks.get(partner).getShareableCents();
			}
			added[lo] += part;
			added[hi + 1] -= part;
		}
		long sum = 0;
		int ridingNow = 0;
		long bestGain = Long.MIN_VALUE;
		int bestAt = 0;
		int ties = 0;
		for (int p = 0; p < size; p++) {
			sum += added[p];
			ridingNow += riding[p];
			long gain = sum + (ridingNow > 0 ? task.getShareableCents() : 0) - task.shiftPenaltyCentsAt(starts.get(p));
			if (gain > bestGain) {
				bestGain = gain;
				bestAt = p;
				ties = 1;
			}
			else if (gain == bestGain && random.nextInt(++ties) == 0) {
				bestAt = p;
			}
		}
		return starts.get(bestAt);
	}
}
