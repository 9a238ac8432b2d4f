package nl.wijkatelier.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * The place for "the chosen scenario" of a neighbourhood's planning. The dashboards do not depend on a planning
 * module: one that arrives later implements this interface as a bean, and the task timeline then shows the
 * chosen starts. Without such a bean the timeline shows each task's preferred (or earliest) start.
 */
public interface ChosenScenarios {

	/** A scenario a neighbourhood chose, with per task id its planned start. */
	record ChosenScenario(String name, List<PlannedTask> tasks) {
		public ChosenScenario {
			tasks = List.copyOf(tasks);
		}
	}

	record PlannedTask(String taskId, LocalDate start) {
	}

	Optional<ChosenScenario> chosen(NeighbourhoodId neighbourhood);
}
