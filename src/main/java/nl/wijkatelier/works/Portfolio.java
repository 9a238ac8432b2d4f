package nl.wijkatelier.works;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A set of tasks with the budget pots that may fund them: the input of the coupling engine and the planner. */
public record Portfolio(List<Task> tasks, List<BudgetPot> pots) {

	public Portfolio {
		tasks = List.copyOf(tasks);
		pots = List.copyOf(pots);
	}

	public static Portfolio of(List<Task> tasks) {
		return new Portfolio(tasks, List.of());
	}

	public Map<String, BudgetPot> potsByName() {
		return pots.stream().collect(Collectors.toMap(BudgetPot::name, Function.identity(), (a, b) -> a));
	}

	public Optional<Task> task(String id) {
		return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
	}
}
