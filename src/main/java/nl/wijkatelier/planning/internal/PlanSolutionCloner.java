package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;

/**
 * Clones a plan for the solver's best solution: a new {@link TaskStart} per task (the start is the only thing that
 * changes), every fact shared. Timefold's generic cloner walks every list of every entity (each task's value range
 * of about 50 to 520 starts) to look for entities; at 2,000 tasks that took a third of the run, since the best
 * solution changes thousands of times a minute.
 */
public class PlanSolutionCloner implements SolutionCloner<PlanSolution> {

	@Override
	public PlanSolution cloneSolution(PlanSolution original) {
		List<TaskStart> tasks = new ArrayList<>(original.getTasks().size());
		for (TaskStart task : original.getTasks()) {
			tasks.add(task.copy());
		}
		PlanSolution clone = new PlanSolution(tasks, original.getPairs(), original.getDependencies(),
				original.getAgreed(), original.getStreetTerms());
		clone.setScore(original.getScore());
		return clone;
	}
}
