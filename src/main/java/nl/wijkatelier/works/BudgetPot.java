package nl.wijkatelier.works;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A budget pot (potje): money a portfolio holder may spend per year on tasks of some themes or types.
 *
 * @param amountsByYear euro cents available per calendar year
 * @param themes the theme codes it may fund; empty means it is bound to task types only
 * @param taskTypes the task types it may fund; empty means it is bound to themes only
 * @param deadline the last day money may be spent, when the pot has one
 */
public record BudgetPot(String name, String owner, String portfolioHolder, SortedMap<Integer, Long> amountsByYear,
		Set<String> themes, Set<TaskType> taskTypes, Optional<LocalDate> deadline) {

	public BudgetPot {
		amountsByYear = Collections.unmodifiableSortedMap(new TreeMap<>(amountsByYear));
		themes = Set.copyOf(themes);
		taskTypes = Set.copyOf(taskTypes);
	}

	/** Whether it may fund a task of one of these types or themes. */
	public boolean fits(Set<TaskType> types, Set<String> taskThemes) {
		return types.stream().anyMatch(taskTypes::contains) || taskThemes.stream().anyMatch(themes::contains);
	}

	/** Whether it has money in a year that overlaps {@code [from, to]} (inclusive) before its deadline. */
	public boolean covers(LocalDate from, LocalDate to) {
		if (deadline.isPresent() && deadline.get().isBefore(from)) {
			return false;
		}
		return amountsByYear.entrySet().stream()
				.anyMatch(e -> e.getValue() > 0 && e.getKey() >= from.getYear() && e.getKey() <= to.getYear());
	}

	public List<Integer> years() {
		return List.copyOf(amountsByYear.keySet());
	}
}
