package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatelier.works.Task;

/**
 * Why a task starts when it does in a schedule, in one reason.
 *
 * @param reason {@code pinned} (kept on its pinned date), {@code joined} (moved or kept to overlap the works of its
 *        package), {@code dependency} (starts at the first grid date after a task it depends on ends),
 *        {@code preferred} (at, or at the grid date nearest, its preferred start), {@code budget} (moved away from
 *        its preferred start without a join: the pots' yearly amounts or deadlines bind it)
 * @param detail the task ids or dates the reason refers to
 */
public record Explanation(String taskId, String reason, String detail) {

	/** The explanation of every task of an evaluated schedule, in task order. */
	public static List<Explanation> of(PlanningProblem problem, Evaluation schedule) {
		Map<String, PlanPackage> packages = new HashMap<>();
		schedule.packages().forEach(p -> p.tasks().forEach(id -> packages.put(id, p)));
		List<Explanation> result = new ArrayList<>();
		for (int i = 0; i < problem.tasks().size(); i++) {
			Task task = problem.task(i);
			LocalDate start = schedule.starts().get(task.id());
			if (task.pinnedStart().isPresent()) {
				result.add(new Explanation(task.id(), "pinned", task.pinnedStart().get().toString()));
				continue;
			}
			PlanPackage p = packages.get(task.id());
			if (p != null) {
				List<String> others = p.tasks().stream().filter(id -> !id.equals(task.id())).toList();
				result.add(new Explanation(task.id(), "joined", String.join(", ", others)));
				continue;
			}
			String dependency = null;
			for (String before : task.dependsOn()) {
				Task other = problem.position(before).map(problem::task).orElseThrow();
				LocalDate afterEnd = schedule.starts().get(before).plusDays(other.durationDays());
				if (problem.settings().granularity().first(afterEnd).equals(start)) {
					dependency = before;
				}
			}
			if (dependency != null) {
				result.add(new Explanation(task.id(), "dependency", dependency));
				continue;
			}
			List<LocalDate> starts = problem.starts(i);
			LocalDate wanted = task.preferredOrEarliestStart();
			LocalDate nearest = starts.stream().min(java.util.Comparator.comparingLong(
					(LocalDate d) -> Math.abs(d.toEpochDay() - wanted.toEpochDay())).thenComparing(d -> d)).orElse(start);
			if (start.equals(nearest) || start.equals(wanted)) {
				result.add(new Explanation(task.id(), "preferred", wanted.toString()));
			}
			else {
				result.add(new Explanation(task.id(), "budget", wanted.toString()));
			}
		}
		return result;
	}
}
