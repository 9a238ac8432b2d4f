package nl.wijkatelier.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The grid that start dates lie on: every day, every Monday, or the first day of every month. */
public enum Granularity {
	DAY, WEEK, MONTH;

	/** The grid dates in {@code [from, to]}, both inclusive, in order; empty when none falls inside. */
	public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate d = first(from);
		while (!d.isAfter(to)) {
			dates.add(d);
			d = next(d);
		}
		return dates;
	}

	/** The first grid date on or after {@code day}. */
	public LocalDate first(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.getDayOfMonth() == 1 ? day : day.with(TemporalAdjusters.firstDayOfNextMonth());
		};
	}

	public boolean contains(LocalDate day) {
		return first(day).equals(day);
	}

	private LocalDate next(LocalDate gridDate) {
		return switch (this) {
			case DAY -> gridDate.plusDays(1);
			case WEEK -> gridDate.plusWeeks(1);
			case MONTH -> gridDate.plusMonths(1);
		};
	}

	public static Granularity parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}
}
