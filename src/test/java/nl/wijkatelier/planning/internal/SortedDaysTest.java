package nl.wijkatelier.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Binary search over allowed starts, as the construction phase and the local-search moves use it. */
class SortedDaysTest {

	private static final List<Integer> MONDAYS = List.of(100, 107, 114);

	@Test
	void findsTheFirstDayAtOrAfterAndTheFirstDayAfter() {
		assertThat(SortedDays.lowerBound(MONDAYS, 107)).isEqualTo(1);
		assertThat(SortedDays.upperBound(MONDAYS, 107)).isEqualTo(2);
		assertThat(SortedDays.lowerBound(MONDAYS, 99)).isZero();
		assertThat(SortedDays.lowerBound(MONDAYS, 115)).isEqualTo(3);
		assertThat(SortedDays.upperBound(MONDAYS, 114)).isEqualTo(3);
	}

	@Test
	void findsTheNearestDayTheEarlierOnATie() {
		assertThat(SortedDays.nearestIndex(MONDAYS, 110)).isEqualTo(1);
		assertThat(SortedDays.nearestIndex(MONDAYS, 111)).isEqualTo(2);
		assertThat(SortedDays.nearestIndex(MONDAYS, 103)).isZero();
		assertThat(SortedDays.nearestIndex(List.of(100, 106), 103)).as("3 days from both: the earlier").isZero();
		assertThat(SortedDays.nearestIndex(MONDAYS, 500)).isEqualTo(2);
		assertThat(SortedDays.nearestIndex(MONDAYS, 0)).isZero();
	}
}
