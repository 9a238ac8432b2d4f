package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ruin and recreate for local search: takes a few tasks that are coupling candidates of each other out of the
 * schedule at once (a random walk over the candidate pairs from a first task), then puts them back one by one in a
 * random order, each at the start with the highest gain given everything placed ({@link StartGains}: the
 * construction phase's gain; equal gains: a random one). Budgets, dependencies and agreed packages are left to the
 * score: a move that breaks one is judged as such. Not thread-safe: one per move factory and phase.
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

	/** The start with the highest gain ({@link StartGains}, over all its allowed starts); equal gains: a random one. */
	private int best(TaskStart task, Random random) {
		int index = task.getIndex();
		int[] around = partners[index];
		List<Integer> starts = task.getStarts();
		StartGains gains = StartGains.of(task, 0, starts.size() - 1, new StartGains.Candidates() {

			@Override
			public int size() {
				return around.length;
			}

			@Override
			public TaskStart task(int k) {
				return tasks.get(around[k]);
			}

			@Override
			public int start(int k) {
				return startOf(around[k]);
			}

			@Override
			public long value(int k) {
				return values[index][k];
			}

			@Override
			public boolean larger(int k) {
				return larger[index][k];
			}

			@Override
			public boolean ridesAlong(int k) {
				return Recreate.this.ridesAlong(around[k]);
			}
		});
		long bestGain = Long.MIN_VALUE;
		int bestAt = 0;
		int ties = 0;
		for (int p = 0; p < starts.size(); p++) {
			long gain = gains.at(p);
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
