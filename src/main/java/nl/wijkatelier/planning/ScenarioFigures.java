package nl.wijkatelier.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a saved scenario gains and risks, as the compare page, the exports and the API state it.
 *
 * @param packages number of packages (groups of joined tasks)
 * @param streetOpenDays days a street is open: per package the days on which at least one of its street-opening
 *        tasks runs, counted once; every other street-opening task its own running days
 * @param streetOpenDaysApart the same if every street-opening task ran on its own: the sum of their durations
 * @param tasksMoved tasks that do not start on their preferred start (tasks without one never count)
 * @param shiftDays days between start and preferred start, summed over the tasks
 * @param pinned tasks kept on a pinned date
 */
public record ScenarioFigures(long totalSavingCents, long shiftPenaltyCents, long objectiveCents,
		long baselineObjectiveCents, int packages, long streetOpenDays, long streetOpenDaysApart, int tasksMoved,
		long shiftDays, int pinned, List<PackageComplexity> complexity, List<Scenarios.PotYear> budget) {

	/**
	 * The people who must agree on one package: how many distinct task owners, budget pots (drawn on by its tasks)
	 * and portfolio holders (of those pots).
	 *
	 * @param number 1, 2, … in the order of the packages' first task id; the timeline and exports use it too
	 */
	public record PackageComplexity(int number, String first, List<String> tasks, List<String> riders,
			long savingCents, List<String> owners, List<String> pots, List<String> portfolioHolders) {

		public int ownerCount() {
			return owners.size();
		}

		public int potCount() {
			return pots.size();
		}

		public int portfolioHolderCount() {
			return portfolioHolders.size();
		}
	}

	public static ScenarioFigures of(Scenarios.Scenario scenario) {
		Scenarios.Summary summary = scenario.summary();
		Map<String, List<Scenarios.Start>> byPackage = new TreeMap<>();
		long open = 0;
		long apart = 0;
		int moved = 0;
		long shiftDays = 0;
		int pinned = 0;
		for (Scenarios.Start start : scenario.starts()) {
			start.packageFirst().ifPresent(p -> byPackage.computeIfAbsent(p, k -> new ArrayList<>()).add(start));
			if (start.opensStreet()) {
				apart += start.durationDays();
				if (start.packageFirst().isEmpty()) {
					open += start.durationDays();
				}
			}
			if (start.shiftDays() > 0) {
				moved++;
				shiftDays += start.shiftDays();
			}
			if (start.pinned()) {
				pinned++;
			}
		}
		Map<String, Set<String>> potsOfTask = new HashMap<>();
		scenario.funding().forEach(f -> potsOfTask.computeIfAbsent(f.taskId(), k -> new TreeSet<>()).add(f.pot()));
		Map<String, String> holders = new HashMap<>();
		scenario.pots().forEach(p -> holders.put(p.name(), p.portfolioHolder()));
		List<PackageComplexity> complexity = new ArrayList<>();
		for (Map.Entry<String, List<Scenarios.Start>> entry : byPackage.entrySet()) {
			Set<Long> days = new HashSet<>();
			TreeSet<String> tasks = new TreeSet<>();
			TreeSet<String> riders = new TreeSet<>();
			TreeSet<String> owners = new TreeSet<>();
			TreeSet<String> pots = new TreeSet<>();
			long saving = 0;
			for (Scenarios.Start start : entry.getValue()) {
				tasks.add(start.taskId());
				if (start.ridesAlong()) {
					riders.add(start.taskId());
				}
				saving += start.savingCents();
				if (!start.owner().isBlank()) {
					owners.add(start.owner());
				}
				pots.addAll(potsOfTask.getOrDefault(start.taskId(), Set.of()));
				if (start.opensStreet()) {
					for (long d = start.start().toEpochDay(); d <= start.end().toEpochDay(); d++) {
						days.add(d);
					}
				}
			}
			open += days.size();
			TreeSet<String> portfolioHolders = new TreeSet<>();
			pots.forEach(p -> Optional.ofNullable(holders.get(p)).filter(h -> !h.isBlank()).ifPresent(portfolioHolders::add));
			complexity.add(new PackageComplexity(complexity.size() + 1, entry.getKey(), List.copyOf(tasks),
					List.copyOf(riders), saving, List.copyOf(owners), List.copyOf(pots), List.copyOf(portfolioHolders)));
		}
		return new ScenarioFigures(summary.totalSavingCents(), summary.shiftPenaltyCents(), summary.objectiveCents(),
				summary.baselineObjectiveCents(), complexity.size(), open, apart, moved, shiftDays, pinned,
				List.copyOf(complexity), scenario.budget());
	}

	/** Package number by the package's first task id. */
	public Map<String, Integer> packageNumbers() {
		Map<String, Integer> numbers = new HashMap<>();
		complexity.forEach(p -> numbers.put(p.first(), p.number()));
		return numbers;
	}
}
