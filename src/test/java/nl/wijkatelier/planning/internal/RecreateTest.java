package nl.wijkatelier.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ruin and recreate on its own, no solver: which tasks it takes out and where it puts them back. */
class RecreateTest {

	private static final int MONDAY_JAN_4_2027 = (int) LocalDate.of(2027, 1, 4).toEpochDay();

	private static List<Integer> mondays(int weeks) {
		List<Integer> starts = new ArrayList<>();
		for (int w = 0; w < weeks; w++) {
			starts.add(MONDAY_JAN_4_2027 + 7 * w);
		}
		return starts;
	}

	private static TaskStart task(int index, int duration, long shareable, Long preferred, int start, boolean pinned) {
		List<Integer> starts = pinned ? List.of(start) : mondays(104);
		return new TaskStart(index, "T" + index, duration, shareable, preferred, 50_00, pinned, starts, List.of(),
				start);
	}

	private static void apply(StartsMove move) {
		List<TaskStart> tasks = move.tasks();
		List<?> starts = new ArrayList<>(move.getPlanningValues());
		for (int i = 0; i < tasks.size(); i++) {
			tasks.get(i).setStart((Integer) starts.get(i));
		}
	}

	@Test
	void putsARiderBackOnItsLargerCandidateNearestItsPreferredStart() {
		// the larger task runs 20 weeks from week 30; the rider prefers week 10 and is at week 10
		TaskStart larger = task(0, 140, 50_000_00, null, MONDAY_JAN_4_2027 + 7 * 30, true);
		TaskStart rider = task(1, 14, 10_000_00, (long) MONDAY_JAN_4_2027 + 7 * 10, MONDAY_JAN_4_2027 + 7 * 10, false);
		Recreate recreate = new Recreate(new PlanSolution(List.of(larger, rider), List.of(new CandidatePair(1, 0)),
				List.of()));
		StartsMove move = recreate.move(rider, new Random(1));
		apply(move);
		// the nearest start that overlaps the larger task: week 29 (its 14 days reach into week 30)
		assertThat(rider.getStart()).isEqualTo(MONDAY_JAN_4_2027 + 7 * 29);
		assertThat(larger.getStart()).as("a pinned task is never taken out").isEqualTo(MONDAY_JAN_4_2027 + 7 * 30);
	}

	@Test
	void placesCandidatesAroundTasksGivenAStart() {
		TaskStart larger = task(0, 70, 50_000_00, null, MONDAY_JAN_4_2027, false);
		TaskStart rider = task(1, 14, 10_000_00, null, MONDAY_JAN_4_2027, false);
		Recreate recreate = new Recreate(new PlanSolution(List.of(larger, rider), List.of(new CandidatePair(1, 0)),
				List.of()));
		int moved = MONDAY_JAN_4_2027 + 7 * 50;
		StartsMove move = recreate.around(new TaskStart[] {larger}, new int[] {moved}, new Random(2));
		apply(move);
		assertThat(larger.getStart()).isEqualTo(moved);
		assertThat(rider.overlaps(larger)).as("the rider follows the larger task").isTrue();
	}

	@Test
	void changesNothingForATaskWithoutCandidates() {
		TaskStart alone = task(0, 14, 10_000_00, null, MONDAY_JAN_4_2027, false);
		Recreate recreate = new Recreate(new PlanSolution(List.of(alone), List.of(), List.of()));
		assertThat(recreate.move(alone, new Random(3))).isNull();
	}

	/**
	 * On random portfolios: it takes out only tasks connected to the first one by candidate pairs, never a pinned
	 * one and at most {@link Recreate#MAX_TAKEN}; and the task it puts back last gets a start that no other start of
	 * its window beats on the objective (the others being where the move leaves them).
	 */
	@ParameterizedTest
	@ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
	void takesConnectedTasksAndPutsTheLastOneAtItsBestStart(long seed) {
		Random random = new Random(seed);
		int n = 12 + random.nextInt(20);
		List<TaskStart> tasks = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			boolean pinned = random.nextInt(8) == 0;
			Long preferred = random.nextBoolean() ? null : (long) MONDAY_JAN_4_2027 + random.nextInt(600);
			tasks.add(task(i, 7 + random.nextInt(120), (1 + random.nextInt(200)) * 100_00L, preferred,
					MONDAY_JAN_4_2027 + 7 * random.nextInt(104), pinned));
		}
		List<CandidatePair> pairs = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int k = 0; k < n * 2; k++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b && seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
				long rank = Long.compare(tasks.get(a).getShareableCents(), tasks.get(b).getShareableCents());
				boolean aLarger = rank > 0 || rank == 0 && a > b;
				pairs.add(new CandidatePair(aLarger ? b : a, aLarger ? a : b, random.nextInt(3) * 1_000_00L));
			}
		}
		Recreate recreate = new Recreate(new PlanSolution(tasks, pairs, List.of()));
		int checked = 0;
		for (int round = 0; round < 40; round++) {
			TaskStart first = tasks.get(random.nextInt(n));
			if (first.isPinned()) {
				continue;
			}
			StartsMove move = recreate.move(first, random);
			if (move == null) {
				continue;
			}
			List<TaskStart> taken = move.tasks();
			assertThat(taken).hasSizeBetween(1, Recreate.MAX_TAKEN).noneMatch(TaskStart::isPinned)
					.doesNotHaveDuplicates();
			assertThat(connected(first, taken, pairs)).as("tasks taken out are reached from the first one").isTrue();
			apply(move);
			TaskStart last = taken.get(taken.size() - 1);
			int chosen = last.getStart();
			long atChosen = objective(tasks, pairs);
			for (int start : last.getStarts()) {
				last.setStart(start);
				assertThat(objective(tasks, pairs)).as("start %d against the chosen %d", start, chosen)
						.isLessThanOrEqualTo(atChosen);
			}
			last.setStart(chosen);
			checked++;
		}
		assertThat(checked).isGreaterThan(5);
	}

	private static boolean connected(TaskStart first, List<TaskStart> taken, List<CandidatePair> pairs) {
		Set<Integer> in = new HashSet<>();
		taken.forEach(t -> in.add(t.getIndex()));
		Set<Integer> reached = new HashSet<>(Set.of(first.getIndex()));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (CandidatePair pair : pairs) {
				if (in.contains(pair.rider()) && in.contains(pair.larger())
						&& reached.contains(pair.rider()) != reached.contains(pair.larger())) {
					reached.add(pair.rider());
					reached.add(pair.larger());
					grew = true;
				}
			}
		}
		return reached.equals(in);
	}

	/** Riders' savings plus joined pairs' co-benefits minus shift penalties, in cents, counted from scratch. */
	private static long objective(List<TaskStart> tasks, List<CandidatePair> pairs) {
		long total = 0;
		Set<Integer> riding = new HashSet<>();
		for (CandidatePair pair : pairs) {
			TaskStart rider = tasks.get(pair.rider());
			if (rider.overlaps(tasks.get(pair.larger()))) {
				total += pair.valueCents();
				if (riding.add(pair.rider())) {
					total += rider.getShareableCents();
				}
			}
		}
		for (TaskStart task : tasks) {
			total -= task.shiftPenaltyCents();
		}
		return total;
	}
}
