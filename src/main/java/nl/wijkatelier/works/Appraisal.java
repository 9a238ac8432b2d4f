package nl.wijkatelier.works;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.wijkatelier.works.CouplingResult.Pair;

/**
 * What a pair or cluster gains and risks when its tasks run at the same time (all covering one common day).
 * <p>
 * Gains: {@code savingCents} (the pair or cluster rule), {@code streetDaysAvoided} (a street-opening task that
 * rides along on a larger street-opening work avoids its own days of open street, at most the host's),
 * {@code coBenefits} (theme links {@code FROM→TO} from one task's theme to another task's theme) and
 * {@code fittingPots} (pots whose themes or task types fit and whose years cover the shared window).
 * Risks: {@code shiftDays} (the least total number of days tasks must move from their preferred start to share
 * a day; empty when no day fits every window or a pinned task would have to move), {@code shifts} per task,
 * {@code tightestSlackDays} (window length minus duration of the tightest task), and how many distinct
 * {@code owners}, funding {@code pots} and {@code portfolioHolders} must agree.
 */
public record Appraisal(long savingCents, int streetDaysAvoided, List<String> coBenefits, List<String> fittingPots,
		Optional<Integer> shiftDays, Map<String, Integer> shifts, Optional<LocalDate> commonDay,
		int tightestSlackDays, String tightestTask, int owners, int pots, int portfolioHolders) {

	/** Appraises tasks linked by these pairs (one pair, or the pairs of one cluster). */
	public static Appraisal of(Collection<Task> group, List<Pair> pairs, Map<String, BudgetPot> potsByName,
			ThemeLinks links) {
		Map<String, Task> byId = new LinkedHashMap<>();
		group.forEach(t -> byId.put(t.id(), t));
		long saving = 0;
		int streetDays = 0;
		for (Task t : byId.values()) {
			Task host = null;
			for (Pair p : pairs) {
				String other = p.a().equals(t.id()) ? p.b() : p.b().equals(t.id()) ? p.a() : null;
				Task o = other == null ? null : byId.get(other);
				if (o != null && o.isLargerWorkThan(t) && (host == null || o.isLargerWorkThan(host))) {
					host = o;
				}
			}
			if (host != null) {
				saving += t.shareableCostCents();
				if (t.type().opensStreet() && host.type().opensStreet()) {
					streetDays += Math.min(t.durationDays(), host.durationDays());
				}
			}
		}
		Set<String> coBenefits = new TreeSet<>();
		for (Task x : byId.values()) {
			for (Task y : byId.values()) {
				if (x != y) {
					for (String from : x.themes()) {
						for (String to : y.themes()) {
							if (!from.equals(to) && links.linked(from, to)) {
								coBenefits.add(from + "→" + to);
							}
						}
					}
				}
			}
		}
		LocalDate from = byId.values().stream().map(Task::earliestStart).max(LocalDate::compareTo).orElseThrow();
		LocalDate to = byId.values().stream().map(Task::latestEnd).min(LocalDate::compareTo).orElseThrow();
		Set<TaskType> types = new TreeSet<>();
		Set<String> themes = new TreeSet<>();
		byId.values().forEach(t -> {
			types.add(t.type());
			themes.addAll(t.themes());
		});
		LocalDate potFrom = from.isAfter(to) ? to : from;
		LocalDate potTo = from.isAfter(to) ? from : to;
		List<String> fitting = potsByName.values().stream()
				.filter(p -> p.fits(types, themes) && p.covers(potFrom, potTo)).map(BudgetPot::name).sorted().toList();
		Shift shift = shift(byId.values(), from, to);
		int slack = Integer.MAX_VALUE;
		String tightest = "";
		Set<String> owners = new TreeSet<>();
		Set<String> pots = new TreeSet<>();
		Set<String> holders = new TreeSet<>();
		for (Task t : byId.values()) {
			int s = (int) (t.windowDays() - t.durationDays());
			if (s < slack || (s == slack && t.id().compareTo(tightest) < 0)) {
				slack = s;
				tightest = t.id();
			}
			owners.add(t.owner());
			for (Funding f : t.funding()) {
				pots.add(f.pot());
				Optional.ofNullable(potsByName.get(f.pot())).ifPresent(p -> holders.add(p.portfolioHolder()));
			}
		}
		return new Appraisal(saving, streetDays, List.copyOf(coBenefits), fitting, shift.total(), shift.byTask(),
				shift.day(), slack, tightest, owners.size(), pots.size(), holders.size());
	}

	private record Shift(Optional<Integer> total, Map<String, Integer> byTask, Optional<LocalDate> day) {
	}

	/**
	 * The common day that needs the least total shift. The total is a sum of convex piecewise-linear functions
	 * of the day, so its minimum lies at a breakpoint: a task's preferred start or end, or the range's ends.
	 */
	private static Shift shift(Collection<Task> tasks, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			return new Shift(Optional.empty(), Map.of(), Optional.empty());
		}
		long lo = from.toEpochDay();
		long hi = to.toEpochDay();
		List<Long> days = new ArrayList<>(List.of(lo, hi));
		for (Task t : tasks) {
			long p = t.preferredOrEarliestStart().toEpochDay();
			days.add(Math.max(lo, Math.min(hi, p)));
			days.add(Math.max(lo, Math.min(hi, p + t.durationDays() - 1)));
		}
		long bestDay = -1;
		long best = Long.MAX_VALUE;
		for (long day : days) {
			long total = 0;
			for (Task t : tasks) {
				long s = shiftToCover(t, day);
				if (s < 0) {
					total = Long.MAX_VALUE;
					break;
				}
				total += s;
			}
			if (total < best || (total == best && day < bestDay)) {
				best = total;
				bestDay = day;
			}
		}
		if (best == Long.MAX_VALUE) {
			return new Shift(Optional.empty(), Map.of(), Optional.empty());
		}
		Map<String, Integer> byTask = new LinkedHashMap<>();
		for (Task t : tasks) {
			byTask.put(t.id(), (int) shiftToCover(t, bestDay));
		}
		return new Shift(Optional.of((int) best), byTask, Optional.of(LocalDate.ofEpochDay(bestDay)));
	}

	/** Days a task must move from its preferred start to cover the day; -1 when it is pinned elsewhere. */
	private static long shiftToCover(Task t, long day) {
		long p = t.preferredOrEarliestStart().toEpochDay();
		long lowest = Math.max(t.earliestStart().toEpochDay(), day - t.durationDays() + 1);
		long highest = Math.min(t.latestStart().toEpochDay(), day);
		long shift = p < lowest ? lowest - p : p > highest ? p - highest : 0;
		if (shift > 0 && t.pinnedStart().isPresent()) {
			return -1;
		}
		return shift;
	}

	/** Days between two dates, for views. */
	static long days(LocalDate a, LocalDate b) {
		return ChronoUnit.DAYS.between(a, b);
	}
}
