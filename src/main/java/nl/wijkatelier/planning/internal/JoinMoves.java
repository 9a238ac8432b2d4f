package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * The moves of local search. A task's value range is every grid date in its window (about 50 to 520 of them),
 * and a random one rarely joins anything, so most moves pick starts that matter:
 * <ul>
 * <li>join: one task of a candidate pair moves to a start where it overlaps the other (the one nearest its
 * preferred start, or a random one of them);</li>
 * <li>pair shift: both tasks of a candidate pair move by the same number of grid steps, so a joined pair stays
 * joined while it moves out of a full year or closer to the preferred starts;</li>
 * <li>towards preferred: a task moves to a start between its current one and the one nearest its preferred start,
 * taking back a shift a join or a full year no longer needs;</li>
 * <li>nudge: a task moves one to four grid steps, to make room in a full year;</li>
 * <li>anywhere: a task moves to any start in its window, so every schedule stays reachable;</li>
 * <li>meet: both tasks of a candidate pair move to where they overlap, for two tasks that can only join elsewhere
 * than where either of them is (and half of the time their candidates are then placed anew around them);</li>
 * <li>recreate: a few tasks that are candidates of each other are taken out and put back one by one, each at its
 * best start ({@link Recreate}).</li>
 * </ul>
 * On a dense portfolio (200 tasks, some 1,100 candidate pairs) the last two took the minute's result from 0.04 %
 * below CP-SAT's to level with it or just below; the other moves alone ended in one schedule run after run.
 * They replace Timefold's generic change and swap moves: a swap of two tasks' starts is rarely allowed by both
 * windows, and picking one that is cost more time than evaluating the score (measured with a profiler at 2,000
 * tasks), and the generic change move is the "anywhere" move here.
 */
public class JoinMoves implements MoveIteratorFactory<PlanSolution, StartsMove> {

	private TaskStart[] movable = new TaskStart[0];
	/** Candidate pairs and agreed pairs as task pairs, each with at least one task that may move. */
	private TaskStart[][] pairs = new TaskStart[0][];
	private Recreate recreate;

	@Override
	public void phaseStarted(ScoreDirector<PlanSolution> scoreDirector) {
		List<TaskStart> tasks = scoreDirector.getWorkingSolution().getTasks();
		movable = tasks.stream().filter(t -> !t.isPinned() && t.getStarts().size() > 1).toArray(TaskStart[]::new);
		List<TaskStart[]> found = new ArrayList<>();
		for (CandidatePair pair : scoreDirector.getWorkingSolution().getPairs()) {
			TaskStart rider = tasks.get(pair.rider());
			TaskStart larger = tasks.get(pair.larger());
			if (!rider.isPinned() || !larger.isPinned()) {
				found.add(new TaskStart[] {rider, larger});
			}
		}
		// an agreed pair is moved like a candidate pair: one onto the other, or both by the same steps
		for (AgreedPair pair : scoreDirector.getWorkingSolution().getAgreed()) {
			TaskStart a = tasks.get(pair.a());
			TaskStart b = tasks.get(pair.b());
			if (!a.isPinned() || !b.isPinned()) {
				found.add(new TaskStart[] {a, b});
			}
		}
		pairs = found.toArray(TaskStart[][]::new);
		recreate = new Recreate(scoreDirector.getWorkingSolution());
	}

	@Override
	public long getSize(ScoreDirector<PlanSolution> scoreDirector) {
		return (long) movable.length * 8 + pairs.length * 16L;
	}

	@Override
	public Iterator<StartsMove> createOriginalMoveIterator(ScoreDirector<PlanSolution> scoreDirector) {
		throw new UnsupportedOperationException("join moves are only selected at random");
	}

	@Override
	public Iterator<StartsMove> createRandomMoveIterator(ScoreDirector<PlanSolution> scoreDirector, Random random) {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return movable.length > 0;
			}

			@Override
			public StartsMove next() {
				for (int attempt = 0; attempt < 8; attempt++) {
					int kind = random.nextInt(100);
					StartsMove move;
					if (pairs.length == 0 || kind >= SINGLE_FROM) {
						move = single(random, kind);
					}
					else if (kind < MEET) {
						move = meet(random);
					}
					else if (kind < MEET + RECREATE) {
						move = recreate.move(movable[random.nextInt(movable.length)], random);
					}
					else {
						move = kind < MEET + RECREATE + JOIN ? join(random) : pairShift(random);
					}
					if (move != null) {
						return move;
					}
				}
				return nudge(movable[random.nextInt(movable.length)], random);
			}
		};
	}

	/**
	 * Percentages of meet, recreate, join and pair-shift moves (half of the meets also rebuild around the pair); the
	 * rest is split evenly over the three single-task moves.
	 */
	private static final int MEET = 20;
	private static final int RECREATE = 8;
	private static final int JOIN = 29;
	private static final int PAIR_SHIFT = 14;
	private static final int SINGLE_FROM = MEET + RECREATE + JOIN + PAIR_SHIFT;
	private static final int MEET_REBUILD = 50;

	private StartsMove single(Random random, int kind) {
		TaskStart task = movable[random.nextInt(movable.length)];
		return switch (kind % 3) {
			case 0 -> towardsPreferred(task, random);
			case 1 -> nudge(task, random);
			default -> StartsMove.of(task, task.getStarts().get(random.nextInt(task.getStarts().size())));
		};
	}

	private StartsMove join(Random random) {
		TaskStart[] pair = pairs[random.nextInt(pairs.length)];
		boolean moveRider = pair[1].isPinned() || !pair[0].isPinned() && random.nextBoolean();
		TaskStart task = moveRider ? pair[0] : pair[1];
		TaskStart other = moveRider ? pair[1] : pair[0];
		int start = startOnto(task, other.getStart(), other.end(), random);
		return start < 0 ? null : StartsMove.of(task, start);
	}

	/**
	 * A start at which the task overlaps the days {@code from} to {@code to}: the one nearest its preferred start, or,
	 * half of the time when {@code random} is given, a random one of them; -1 when none overlaps.
	 */
	private static int startOnto(TaskStart task, long from, long to, Random random) {
		List<Integer> starts = task.getStarts();
		int lo = SortedDays.lowerBound(starts, from - task.getDurationDays() + 1);
		int hi = SortedDays.upperBound(starts, to) - 1;
		if (lo > hi) {
			return -1;
		}
		int at = random == null || random.nextBoolean()
				? Math.max(lo, Math.min(hi, SortedDays.nearestIndex(starts, task.preferredOrFirst())))
				: lo + random.nextInt(hi - lo + 1);
		return starts.get(at);
	}

	/**
	 * Both tasks of a candidate pair move to where they overlap: one to a start (nearest its preferred start, or a
	 * random one) from which the other can still reach it, the other onto it, nearest its own preferred start.
	 */
	private StartsMove meet(Random random) {
		TaskStart[] pair = pairs[random.nextInt(pairs.length)];
		if (pair[0].isPinned() || pair[1].isPinned()) {
			return null;
		}
		boolean firstLeads = random.nextBoolean();
		TaskStart lead = firstLeads ? pair[0] : pair[1];
		TaskStart follow = firstLeads ? pair[1] : pair[0];
		List<Integer> followStarts = follow.getStarts();
		int leadStart = startOnto(lead, followStarts.get(0),
				(long) followStarts.get(followStarts.size() - 1) + follow.getDurationDays() - 1, random);
		if (leadStart < 0) {
			return null;
		}
		int followStart = startOnto(follow, leadStart, (long) leadStart + lead.getDurationDays() - 1, null);
		if (followStart < 0) {
			return null;
		}
		TaskStart[] both = {lead, follow};
		int[] starts = {leadStart, followStart};
		return random.nextInt(100) < MEET_REBUILD ? recreate.around(both, starts, random)
				: new StartsMove(both, starts);
	}

	private StartsMove pairShift(Random random) {
		TaskStart[] pair = pairs[random.nextInt(pairs.length)];
		if (pair[0].isPinned() || pair[1].isPinned()) {
			return null;
		}
		int steps = (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
		int a = SortedDays.nearestIndex(pair[0].getStarts(), pair[0].getStart()) + steps;
		int b = SortedDays.nearestIndex(pair[1].getStarts(), pair[1].getStart()) + steps;
		if (a < 0 || b < 0 || a >= pair[0].getStarts().size() || b >= pair[1].getStarts().size()) {
			return null;
		}
		return new StartsMove(new TaskStart[] {pair[0], pair[1]},
				new int[] {pair[0].getStarts().get(a), pair[1].getStarts().get(b)});
	}

	private static StartsMove towardsPreferred(TaskStart task, Random random) {
		if (!task.hasPreferredStart()) {
			return null;
		}
		List<Integer> starts = task.getStarts();
		int current = SortedDays.nearestIndex(starts, task.getStart());
		int home = SortedDays.nearestIndex(starts, task.preferredOrFirst());
		if (current == home) {
			return null;
		}
		int step = 1 + random.nextInt(Math.abs(home - current));
		return StartsMove.of(task, starts.get(current + (home > current ? step : -step)));
	}

	private static StartsMove nudge(TaskStart task, Random random) {
		List<Integer> starts = task.getStarts();
		int current = SortedDays.nearestIndex(starts, task.getStart());
		int at = current + (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
		at = Math.max(0, Math.min(starts.size() - 1, at));
		return StartsMove.of(task, starts.get(at));
	}
}
