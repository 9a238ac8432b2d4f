package nl.wijkatelier.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The dependency order on its own: which task the construction phase places when, and how late each may start. */
class DependencyOrderTest {

	private static final int DAY = 20_000;

	/** {@code count} allowed starts a week apart from {@link #DAY}. */
	private static List<Integer> weeks(int count) {
		List<Integer> starts = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			starts.add(DAY + 7 * k);
		}
		return starts;
	}

	private static TaskStart task(int index, int duration, int windowWeeks, Long preferred) {
		List<Integer> starts = weeks(windowWeeks);
		return new TaskStart(index, "T" + index, duration, 0, preferred, 0, false, starts, List.of(), starts.get(0));
	}

	private static TaskStart pinned(int index, int duration, int day) {
		return new TaskStart(index, "T" + index, duration, 0, (long) day, 0, true, List.of(day), List.of(), day);
	}

	@Test
	void placesEveryTaskAfterWhatItDependsOnAndTheNarrowestWindowFirst() {
		TaskStart wide = task(0, 7, 20, null);
		TaskStart narrow = task(1, 7, 3, null);
		TaskStart dependsOnNarrow = task(2, 7, 2, null);
		TaskStart middle = task(3, 7, 10, null);
		List<TaskStart> tasks = List.of(wide, narrow, dependsOnNarrow, middle);
		DependencyOrder dependencies = new DependencyOrder(tasks, List.of(new DependencyLink(1, 2)));

		assertThat(dependencies.order()).containsExactly(narrow, dependsOnNarrow, middle, wide);
		assertThat(dependencies.before(dependsOnNarrow)).containsExactly(narrow);
		assertThat(dependencies.after(narrow)).containsExactly(dependsOnNarrow);
	}

	@Test
	void breaksTiesByPreferredStartThenByPosition() {
		TaskStart late = task(0, 7, 5, (long) DAY + 21);
		TaskStart early = task(1, 7, 5, (long) DAY + 7);
		TaskStart noPreference = task(2, 7, 5, null);
		TaskStart sameAsNoPreference = task(3, 7, 5, (long) DAY);
		DependencyOrder dependencies = new DependencyOrder(List.of(late, early, noPreference, sameAsNoPreference),
				List.of());

		assertThat(dependencies.order()).containsExactly(noPreference, sameAsNoPreference, early, late);
	}

	@Test
	void leavesOutTheTasksOfACycle() {
		TaskStart free = task(0, 7, 5, null);
		TaskStart a = task(1, 7, 5, null);
		TaskStart b = task(2, 7, 5, null);
		DependencyOrder dependencies = new DependencyOrder(List.of(free, a, b),
				List.of(new DependencyLink(1, 2), new DependencyLink(2, 1)));

		assertThat(dependencies.order()).containsExactly(free);
	}

	@Test
	void bringsTheLatestStartForwardForAPinnedTaskFurtherOn() {
		// first (10 days) before second (14 days) before the pinned task on DAY + 70
		TaskStart first = task(0, 10, 20, null);
		TaskStart second = task(1, 14, 20, null);
		TaskStart fixed = pinned(2, 5, DAY + 70);
		TaskStart unrelated = task(3, 7, 20, null);
		List<TaskStart> tasks = List.of(first, second, fixed, unrelated);
		DependencyOrder dependencies = new DependencyOrder(tasks,
				List.of(new DependencyLink(0, 1), new DependencyLink(1, 2)));

		long[] latest = dependencies.latestStarts(dependencies.order());

		assertThat(latest[2]).isEqualTo(DAY + 70);
		assertThat(latest[1]).isEqualTo(DAY + 70 - 14);
		assertThat(latest[0]).isEqualTo(DAY + 70 - 14 - 10);
		assertThat(latest[3]).as("its last allowed start").isEqualTo(DAY + 7 * 19);
	}
}
