package nl.wijkatelier.planning.internal;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The optimiser's working copy of a plan: the tasks with their starts, the candidate pairs and dependencies. */
@PlanningSolution(solutionCloner = PlanSolutionCloner.class)
public class PlanSolution {

	@PlanningEntityCollectionProperty
	private List<TaskStart> tasks;
	@ProblemFactCollectionProperty
	private List<CandidatePair> pairs;
	@ProblemFactCollectionProperty
	private List<DependencyLink> dependencies;
	@PlanningScore
	private HardSoftLongScore score;

	public PlanSolution() {
	}

	public PlanSolution(List<TaskStart> tasks, List<CandidatePair> pairs, List<DependencyLink> dependencies) {
		this.tasks = tasks;
		this.pairs = pairs;
		this.dependencies = dependencies;
	}

	public List<TaskStart> getTasks() {
		return tasks;
	}

	public List<CandidatePair> getPairs() {
		return pairs;
	}

	public List<DependencyLink> getDependencies() {
		return dependencies;
	}

	public HardSoftLongScore getScore() {
		return score;
	}

	public void setScore(HardSoftLongScore score) {
		this.score = score;
	}
}
