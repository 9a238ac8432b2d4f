package nl.wijkatelier.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatelier.planning.Spending;

/**
 * What every funding pot may still spend per calendar year while a schedule is built: it starts at each pot's
 * yearly amounts and goes down by a task's share of each year it runs in when the task is placed, and up again by
 * the same figures when it is taken out. Amounts are kept in thousandths of a cent and a task's share of a year is
 * {@link Spending#milliCents}, as the budget constraint and the evaluator count it, so spending and refunding a task
 * restores every pot-year exactly. A year without an amount allows nothing. It covers the years from the earliest
 * allowed start to the latest possible end of the tasks it is made for; other years are outside it.
 */
final class PotBudgetLedger {

	private final Map<String, Integer> potIndex = new HashMap<>();
	/** Per pot, per year from {@link #firstYear}: what it may still spend, in thousandths of a cent. */
	private final List<long[]> left = new ArrayList<>();
	/** Per pot: the tasks that spend from it, in task order, each once. */
	private final List<List<TaskStart>> spenders = new ArrayList<>();
	private final int firstYear;

	PotBudgetLedger(List<TaskStart> tasks) {
		int minYear = Integer.MAX_VALUE;
		int maxYear = Integer.MIN_VALUE;
		for (TaskStart task : tasks) {
			List<Integer> starts = task.getStarts();
			minYear = Math.min(minYear, LocalDate.ofEpochDay(starts.get(0)).getYear());
			maxYear = Math.max(maxYear,
					LocalDate.ofEpochDay(starts.get(starts.size() - 1) + task.getDurationDays() - 1).getYear());
		}
		this.firstYear = minYear;
		int years = Math.max(0, maxYear - minYear + 1);
		for (TaskStart task : tasks) {
			for (FundingLine line : task.getFunding()) {
				if (!potIndex.containsKey(line.pot())) {
					potIndex.put(line.pot(), left.size());
					long[] caps = new long[years];
					for (int y = 0; y < years; y++) {
						caps[y] = line.capCentsByYear().getOrDefault(minYear + y, 0L) * 1000;
					}
					left.add(caps);
					spenders.add(new ArrayList<>());
				}
				List<TaskStart> spending = spenders.get(potIndex.get(line.pot()));
				if (spending.isEmpty() || spending.get(spending.size() - 1) != task) {
					spending.add(task);
				}
			}
		}
	}

	/**
	 * Whether every pot-year the task would spend from, starting on {@code start}, has room for its share, also when
	 * the task draws twice on one pot (its shares then add up within each year). Deadlines are not checked here.
	 */
	boolean hasRoom(TaskStart task, int start) {
		int end = start + task.getDurationDays() - 1;
		long from = start;
		while (from <= end) {
			int year = year(from);
			long to = Math.min(end, LocalDate.of(year, 12, 31).toEpochDay());
			int days = (int) (to - from + 1);
			for (FundingLine line : task.getFunding()) {
				if (left.get(potIndex.get(line.pot()))[year - firstYear]
						< Spending.milliCents(line.amountCents(), days, task.getDurationDays())) {
					return false;
				}
			}
			from = to + 1;
		}
		if (task.getFunding().size() > 1) {
			return hasRoomTogether(task, start);
		}
		return true;
	}

	private boolean hasRoomTogether(TaskStart task, int start) {
		Map<Long, Long> need = new HashMap<>();
		each(task, start, (pot, year, milli) -> need.merge(((long) pot << 20) | (year - firstYear), milli, Long::sum));
		for (Map.Entry<Long, Long> e : need.entrySet()) {
			if (left.get((int) (e.getKey() >> 20))[(int) (e.getKey() & 0xFFFFF)] < e.getValue()) {
				return false;
			}
		}
		return true;
	}

	/** Takes the task's shares, starting on {@code start}, from its pot-years (a pot-year may go below 0). */
	void spend(TaskStart task, int start) {
		each(task, start, (pot, year, milli) -> left.get(pot)[year - firstYear] -= milli);
	}

	/** Gives back what {@link #spend} took for the same task and start. */
	void refund(TaskStart task, int start) {
		each(task, start, (pot, year, milli) -> left.get(pot)[year - firstYear] += milli);
	}

	/** What the pot may still spend in the year, in thousandths of a cent. */
	long leftMilliCents(String pot, int year) {
		return left.get(potIndex.get(pot))[year - firstYear];
	}

	/** The tasks that spend from the pot, in task order, each once. */
	List<TaskStart> spenders(String pot) {
		return spenders.get(potIndex.get(pot));
	}

	/**
	 * Whether the placed task {@code other} runs in one of the calendar years of {@code [start, end]} (inclusive), so
	 * that it may spend from a pot in the same year as a task running then.
	 */
	static boolean sharesAYear(TaskStart other, int start, int end) {
		return year(other.getStart()) <= year(end) && year(start) <= year(other.end());
	}

	private static int year(long epochDay) {
		return LocalDate.ofEpochDay(epochDay).getYear();
	}

	private interface Sink {
		void spend(int pot, int year, long milliCents);
	}

	private void each(TaskStart task, int start, Sink sink) {
		int end = start + task.getDurationDays() - 1;
		long from = start;
		while (from <= end) {
			int year = year(from);
			long to = Math.min(end, LocalDate.of(year, 12, 31).toEpochDay());
			int days = (int) (to - from + 1);
			for (FundingLine line : task.getFunding()) {
				sink.spend(potIndex.get(line.pot()), year,
						Spending.milliCents(line.amountCents(), days, task.getDurationDays()));
			}
			from = to + 1;
		}
	}
}
