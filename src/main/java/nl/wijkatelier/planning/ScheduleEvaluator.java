package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.wijkatelier.shared.Money;
import nl.wijkatelier.shared.UnionFind;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.Task;

/**
 * The plain-Java judge of a schedule under issue 5's model, independent of the optimiser: the reports, the
 * command line and the tests use it to state a schedule's saving, shift penalty, objective, broken hard rules and
 * packages. It reads the model straight from the tasks, the pots and the candidate pairs.
 */
public final class ScheduleEvaluator {

	private ScheduleEvaluator() {
	}

	/** @param starts a start date for every task of the problem */
	public static Evaluation evaluate(PlanningProblem problem, Map<String, LocalDate> starts) {
		List<Task> tasks = problem.tasks();
		int n = tasks.size();
		long[] s = new long[n];
		long[] e = new long[n];
		Map<String, LocalDate> ordered = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			Task t = tasks.get(i);
			LocalDate start = starts.get(t.id());
			if (start == null) {
				throw new IllegalArgumentException("no start for task " + t.id());
			}
			ordered.put(t.id(), start);
			s[i] = start.toEpochDay();
			e[i] = s[i] + t.durationDays() - 1;
		}
		List<Conflict> violations = new ArrayList<>();
		long penalty = 0;
		for (int i = 0; i < n; i++) {
			Task t = tasks.get(i);
			if (s[i] < t.earliestStart().toEpochDay() || e[i] > t.latestEnd().toEpochDay()) {
				violations.add(new Conflict("window", List.of(t.id()), "runs " + day(s[i]) + " to " + day(e[i])
						+ ", outside its window " + t.earliestStart() + " to " + t.latestEnd()));
			}
			if (t.pinnedStart().isPresent() && t.pinnedStart().get().toEpochDay() != s[i]) {
				violations.add(new Conflict("pinned", List.of(t.id()),
						"starts " + day(s[i]) + ", pinned to " + t.pinnedStart().get()));
			}
			if (t.preferredStart().isPresent()) {
				penalty += Math.abs(s[i] - t.preferredStart().get().toEpochDay())
						* problem.settings().shiftCostCentsPerDay();
			}
		}
		for (PlanningProblem.Link link : problem.links()) {
			int b = link.before();
			int a = link.after();
			if (s[a] <= e[b]) {
				violations.add(new Conflict("dependency", List.of(tasks.get(b).id(), tasks.get(a).id()),
						tasks.get(a).id() + " starts " + day(s[a]) + " but depends on " + tasks.get(b).id()
								+ ", which ends " + day(e[b])));
			}
		}
		for (List<Integer> members : problem.agreedPackages()) {
			long lastStart = Long.MIN_VALUE;
			long firstEnd = Long.MAX_VALUE;
			for (int i : members) {
				lastStart = Math.max(lastStart, s[i]);
				firstEnd = Math.min(firstEnd, e[i]);
			}
			// intervals share a common day exactly when they overlap pairwise: the latest start is on or before the
			// earliest end
			if (lastStart > firstEnd) {
				List<String> ids = members.stream().map(i -> tasks.get(i).id()).sorted().toList();
				violations.add(new Conflict("agreed", ids, "agreed to work together, but no day is shared: the last"
						+ " starts " + day(lastStart) + ", the first ends " + day(firstEnd)));
			}
		}
		budget(problem, s, e, violations);
		Map<String, SortedMap<Integer, Long>> spent = new HashMap<>();
		budgetUse(problem, s, spent);

		boolean[] rides = new boolean[n];
		UnionFind sets = new UnionFind(n);
		boolean[] joined = new boolean[n];
		long[] pointsOfPair = new long[problem.candidates().size()];
		for (int k = 0; k < problem.candidates().size(); k++) {
			PlanningProblem.Candidate c = problem.candidates().get(k);
			int r = c.rider();
			int l = c.larger();
			if (s[r] <= e[l] && s[l] <= e[r]) {
				rides[r] = true;
				joined[r] = true;
				joined[l] = true;
				sets.union(r, l);
				pointsOfPair[k] = problem.candidatePoints(k);
			}
		}
		long saving = 0;
		long apart = 0;
		long open = 0;
		Map<Integer, List<Integer>> groups = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			if (rides[i]) {
				saving += tasks.get(i).shareableCostCents();
			}
			if (joined[i]) {
				groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
			}
			else if (tasks.get(i).type().opensStreet()) {
				open += tasks.get(i).durationDays();
			}
			if (tasks.get(i).type().opensStreet()) {
				apart += tasks.get(i).durationDays();
			}
		}
		Map<Integer, Long> pointsOfGroup = new HashMap<>();
		for (int k = 0; k < pointsOfPair.length; k++) {
			if (pointsOfPair[k] > 0) {
				pointsOfGroup.merge(sets.find(problem.candidates().get(k).rider()), pointsOfPair[k], Long::sum);
			}
		}
		long coBenefits = 0;
		List<PlanPackage> packages = new ArrayList<>();
		for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
			TreeSet<String> ids = new TreeSet<>();
			TreeSet<String> riders = new TreeSet<>();
			long packageSaving = 0;
			long streetDuration = 0;
			List<long[]> streetDays = new ArrayList<>();
			for (int i : group.getValue()) {
				ids.add(tasks.get(i).id());
				if (rides[i]) {
					riders.add(tasks.get(i).id());
					packageSaving += tasks.get(i).shareableCostCents();
				}
				if (tasks.get(i).type().opensStreet()) {
					streetDuration += tasks.get(i).durationDays();
					streetDays.add(new long[] {s[i], e[i]});
				}
			}
			long packageOpen = daysCovered(streetDays);
			open += packageOpen;
			long points = pointsOfGroup.getOrDefault(group.getKey(), 0L);
			coBenefits += points;
			packages.add(new PlanPackage(List.copyOf(ids), List.copyOf(riders), packageSaving, points,
					streetDuration - packageOpen));
		}
		packages.sort(Comparator.comparing(p -> p.tasks().get(0)));
		violations.sort(Comparator.comparing(Conflict::rule).thenComparing(c -> String.join(",", c.tasks())));
		PlanSettings settings = problem.settings();
		return new Evaluation(ordered, saving, penalty, violations, packages, spent, open, apart, coBenefits,
				settings.nuisanceCostCentsPerDay(), settings.valueCentsPerPoint());
	}

	/** The days covered by at least one of these intervals ({@code [start, end]}, epoch days, inclusive). */
	private static long daysCovered(List<long[]> intervals) {
		intervals.sort(Comparator.comparingLong(interval -> interval[0]));
		long days = 0;
		long coveredTo = Long.MIN_VALUE;
		for (long[] interval : intervals) {
			long from = Math.max(interval[0], coveredTo + 1);
			if (interval[1] >= from) {
				days += interval[1] - from + 1;
				coveredTo = interval[1];
			}
		}
		return days;
	}

	/** Per pot and year, the spending against that year's amount (none without a row), and each deadline. */
	private static void budget(PlanningProblem problem, long[] s, long[] e, List<Conflict> violations) {
		List<Task> tasks = problem.tasks();
		Map<String, TreeMap<Integer, Long>> milli = new TreeMap<>();
		Map<String, TreeMap<Integer, TreeSet<String>>> spenders = new HashMap<>();
		for (int i = 0; i < tasks.size(); i++) {
			Task t = tasks.get(i);
			for (Funding f : t.funding()) {
				BudgetPot pot = problem.pots().get(f.pot());
				for (long[] part : yearParts(s[i], e[i])) {
					int year = (int) part[0];
					long amount = Spending.milliCents(f.amountCents(), (int) part[1], t.durationDays());
					milli.computeIfAbsent(f.pot(), k -> new TreeMap<>()).merge(year, amount, Long::sum);
					spenders.computeIfAbsent(f.pot(), k -> new TreeMap<>())
							.computeIfAbsent(year, k -> new TreeSet<>()).add(t.id());
				}
				if (pot.deadline().isPresent() && e[i] > pot.deadline().get().toEpochDay()) {
					violations.add(new Conflict("deadline", List.of(t.id()), "runs until " + day(e[i])
							+ " but pot " + f.pot() + " may spend nothing after " + pot.deadline().get()));
				}
			}
		}
		for (var potEntry : milli.entrySet()) {
			BudgetPot pot = problem.pots().get(potEntry.getKey());
			for (var year : potEntry.getValue().entrySet()) {
				long cap = pot.amountsByYear().getOrDefault(year.getKey(), 0L) * 1000;
				if (year.getValue() > cap) {
					violations.add(new Conflict("budget",
							List.copyOf(spenders.get(potEntry.getKey()).get(year.getKey())),
							"pot " + potEntry.getKey() + " would spend " + Money.ofCents(year.getValue() / 1000) + " in "
									+ year.getKey() + " but has " + Money.ofCents(cap / 1000)));
				}
			}
		}
	}

	private static void budgetUse(PlanningProblem problem, long[] s, Map<String, SortedMap<Integer, Long>> spent) {
		List<Task> tasks = problem.tasks();
		Map<String, TreeMap<Integer, Long>> milli = new HashMap<>();
		for (int i = 0; i < tasks.size(); i++) {
			Task t = tasks.get(i);
			for (Funding f : t.funding()) {
				for (long[] part : yearParts(s[i], s[i] + t.durationDays() - 1)) {
					milli.computeIfAbsent(f.pot(), k -> new TreeMap<>()).merge((int) part[0],
							Spending.milliCents(f.amountCents(), (int) part[1], t.durationDays()), Long::sum);
				}
			}
		}
		milli.forEach((pot, years) -> {
			TreeMap<Integer, Long> cents = new TreeMap<>();
			years.forEach((y, m) -> cents.put(y, m / 1000));
			spent.put(pot, Collections.unmodifiableSortedMap(cents));
		});
	}

	/** The running days {@code [start, end]} (epoch days, inclusive) split by calendar year: {year, days}. */
	static List<long[]> yearParts(long start, long end) {
		List<long[]> parts = new ArrayList<>(2);
		long from = start;
		while (from <= end) {
			LocalDate d = LocalDate.ofEpochDay(from);
			long yearEnd = LocalDate.of(d.getYear(), 12, 31).toEpochDay();
			long to = Math.min(end, yearEnd);
			parts.add(new long[] {d.getYear(), to - from + 1});
			from = to + 1;
		}
		return parts;
	}

	private static String day(long epochDay) {
		return LocalDate.ofEpochDay(epochDay).toString();
	}
}
