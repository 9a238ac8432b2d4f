package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.Task;

/**
 * Why a task starts when it does in a schedule: the one rule that binds it, checked in this order.
 *
 * @param reason {@code pinned} (kept on its pinned date; detail: the date), {@code agreed} (moved from its wanted
 *        date, where it would share no day with a task of an agreed package; detail: wanted date, those tasks),
 *        {@code joined} (runs at the same time as
 *        the tasks it is joined with; detail: their ids), {@code dependency} (its wanted date would start before a
 *        task it depends on has ended; detail: that task), {@code budgetYear} (at its wanted date a pot would overspend
 *        that year's amount; detail: wanted date, pot, year), {@code deadline} (at its wanted date it would still
 *        draw on a pot after the pot's deadline; detail: wanted date, pot, deadline), {@code successor} (at its
 *        wanted date it would not end before a task that depends on it starts; detail: wanted date, that task),
 *        {@code window} (moved to the first or last start its window allows; detail: wanted date, that start),
 *        {@code preferred} (at, or at the grid date nearest, its preferred start; detail: that date),
 *        {@code earliest} (without a preferred start, at or nearest its earliest start; detail: that date),
 *        {@code tradeoff} (moved from its wanted date so that other tasks can join; detail: wanted date)
 * @param detail the reason's arguments, separated by {@value #SEPARATOR}; {@link #arguments()} splits them
 */
public record Explanation(String taskId, String reason, String detail) {

	public static final String SEPARATOR = "|";

	public List<String> arguments() {
		return arguments(detail);
	}

	/** The arguments of a stored detail, in order. */
	public static List<String> arguments(String detail) {
		return List.of(detail.split("\\" + SEPARATOR, -1));
	}

	private static Explanation of(String taskId, String reason, Object... arguments) {
		List<String> parts = new ArrayList<>();
		for (Object argument : arguments) {
			parts.add(String.valueOf(argument));
		}
		return new Explanation(taskId, reason, String.join(SEPARATOR, parts));
	}

	/** The explanation of every task of an evaluated schedule, in task order. */
	public static List<Explanation> of(PlanningProblem problem, Evaluation schedule) {
		List<Task> tasks = problem.tasks();
		int n = tasks.size();
		long[] s = new long[n];
		long[] e = new long[n];
		for (int i = 0; i < n; i++) {
			s[i] = schedule.starts().get(tasks.get(i).id()).toEpochDay();
			e[i] = s[i] + tasks.get(i).durationDays() - 1;
		}
		Map<Integer, TreeSet<String>> partners = new HashMap<>();
		for (PlanningProblem.Candidate c : problem.candidates()) {
			if (s[c.rider()] <= e[c.larger()] && s[c.larger()] <= e[c.rider()]) {
				partners.computeIfAbsent(c.rider(), k -> new TreeSet<>()).add(tasks.get(c.larger()).id());
				partners.computeIfAbsent(c.larger(), k -> new TreeSet<>()).add(tasks.get(c.rider()).id());
			}
		}
		Map<String, TreeMap<Integer, Long>> spent = spending(problem, s);
		List<Explanation> result = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			result.add(explain(problem, i, s, e, partners, spent));
		}
		return result;
	}

	private static Explanation explain(PlanningProblem problem, int i, long[] s, long[] e,
			Map<Integer, TreeSet<String>> partners, Map<String, TreeMap<Integer, Long>> spent) {
		Task task = problem.task(i);
		if (task.pinnedStart().isPresent()) {
			return of(task.id(), "pinned", task.pinnedStart().get());
		}
		LocalDate wanted = task.preferredOrEarliestStart();
		List<LocalDate> allowed = problem.starts(i);
		LocalDate nearest = allowed.stream().min(Comparator.comparingLong(
				(LocalDate d) -> Math.abs(d.toEpochDay() - wanted.toEpochDay())).thenComparing(d -> d)).orElse(wanted);
		if (s[i] != nearest.toEpochDay() && s[i] != wanted.toEpochDay()) {
			long ws = nearest.toEpochDay();
			long we = ws + task.durationDays() - 1;
			TreeSet<String> apart = new TreeSet<>();
			for (List<Integer> members : problem.agreedPackages()) {
				if (members.contains(i)) {
					for (int other : members) {
						if (other != i && (ws > e[other] || s[other] > we)) {
							apart.add(problem.task(other).id());
						}
					}
				}
			}
			if (!apart.isEmpty()) {
				return of(task.id(), "agreed", wanted, String.join(", ", apart));
			}
		}
		if (partners.containsKey(i)) {
			return of(task.id(), "joined", String.join(", ", partners.get(i)));
		}
		if (s[i] == nearest.toEpochDay() || s[i] == wanted.toEpochDay()) {
			return of(task.id(), task.preferredStart().isPresent() ? "preferred" : "earliest", wanted);
		}
		long ws = nearest.toEpochDay();
		long we = ws + task.durationDays() - 1;
		for (PlanningProblem.Link link : problem.links()) {
			if (link.after() == i && ws <= e[link.before()]) {
				return of(task.id(), "dependency", problem.task(link.before()).id());
			}
		}
		for (Funding f : task.funding()) {
			BudgetPot pot = problem.pots().get(f.pot());
			if (pot.deadline().isPresent() && we > pot.deadline().get().toEpochDay()) {
				return of(task.id(), "deadline", wanted, f.pot(), pot.deadline().get());
			}
		}
		for (Funding f : task.funding()) {
			TreeMap<Integer, Long> years = new TreeMap<>(spent.getOrDefault(f.pot(), new TreeMap<>()));
			for (long[] part : ScheduleEvaluator.yearParts(s[i], e[i])) {
				years.merge((int) part[0], -Spending.milliCents(f.amountCents(), (int) part[1], task.durationDays()), Long::sum);
			}
			for (long[] part : ScheduleEvaluator.yearParts(ws, we)) {
				int year = (int) part[0];
				long wouldSpend = years.getOrDefault(year, 0L)
						+ Spending.milliCents(f.amountCents(), (int) part[1], task.durationDays());
				long cap = problem.pots().get(f.pot()).amountsByYear().getOrDefault(year, 0L) * 1000;
				if (wouldSpend > cap) {
					return of(task.id(), "budgetYear", wanted, f.pot(), year);
				}
			}
		}
		for (PlanningProblem.Link link : problem.links()) {
			if (link.before() == i && s[link.after()] <= we) {
				return of(task.id(), "successor", wanted, problem.task(link.after()).id());
			}
		}
		if (s[i] == allowed.get(0).toEpochDay() || s[i] == allowed.get(allowed.size() - 1).toEpochDay()) {
			return of(task.id(), "window", wanted, LocalDate.ofEpochDay(s[i]));
		}
		return of(task.id(), "tradeoff", wanted);
	}

	/** Per pot and year, what the whole schedule spends, in thousandths of a cent (as the evaluator counts). */
	private static Map<String, TreeMap<Integer, Long>> spending(PlanningProblem problem, long[] s) {
		Map<String, TreeMap<Integer, Long>> milli = new HashMap<>();
		for (int i = 0; i < problem.tasks().size(); i++) {
			Task t = problem.task(i);
			for (Funding f : t.funding()) {
				for (long[] part : ScheduleEvaluator.yearParts(s[i], s[i] + t.durationDays() - 1)) {
					milli.computeIfAbsent(f.pot(), k -> new TreeMap<>()).merge((int) part[0],
							Spending.milliCents(f.amountCents(), (int) part[1], t.durationDays()), Long::sum);
				}
			}
		}
		return milli;
	}
}
