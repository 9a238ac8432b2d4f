package nl.wijkatelier.planning.internal;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The optimiser's working copy of a plan: the tasks with their starts, the candidate pairs, dependencies and
 * agreed pairs. */
@PlanningSolution(solutionCloner = PlanSolutionCloner.class)
public class PlanSolution {

	@PlanningEntityCollectionProperty
	private List<TaskStart> tasks;
	@ProblemFactCollectionProperty
	private List<CandidatePair> pairs;
	@ProblemFactCollectionProperty
	private List<DependencyLink> dependencies;
	@ProblemFactCollectionProperty
	private List<AgreedPair> agreed;
	@PlanningScore
	private HardSoftLongScore score;

	public PlanSolution() {
	}

	public PlanSolution(List<TaskStart> tasks, List<CandidatePair> pairs, List<DependencyLink> dependencies) {
		this(tasks, pairs, dependencies, List.of());
	}

	/** @param agreed every pair of tasks that share an agreed package */
	public PlanSolution(List<TaskStart> tasks, List<CandidatePair> pairs, List<DependencyLink> dependencies,
			List<AgreedPair> agreed) {
		this.tasks = tasks;
		this.pairs = pairs;
		this.dependencies = dependencies;
		this.agreed = agreed;
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

	public List<AgreedPair> getAgreed() {
		return agreed;
	}

	public HardSoftLongScore getScore() {
		return score;
	}

	public void setScore(HardSoftLongScore score) {
		this.score = score;
	}
}
