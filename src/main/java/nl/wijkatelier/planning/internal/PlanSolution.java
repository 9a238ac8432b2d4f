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
	/** The street-open days' term of the objective: one, or none when they weigh nothing. */
	@ProblemFactCollectionProperty
	private List<StreetTerm> streetTerms;
	@PlanningScore
	private HardSoftLongScore score;

	public PlanSolution() {
	}

	public PlanSolution(List<TaskStart> tasks, List<CandidatePair> pairs, List<DependencyLink> dependencies) {
		this(tasks, pairs, dependencies, List.of(), List.of());
	}

	/** @param agreed every pair of tasks that share an agreed package */
	public PlanSolution(List<TaskStart> tasks, List<CandidatePair> pairs, List<DependencyLink> dependencies,
			List<AgreedPair> agreed) {
		this(tasks, pairs, dependencies, agreed, List.of());
	}

	/** @param streetTerms the street-open days' term, when they weigh in the objective */
	public PlanSolution(List<TaskStart> tasks, List<CandidatePair> pairs, List<DependencyLink> dependencies,
			List<AgreedPair> agreed, List<StreetTerm> streetTerms) {
		this.tasks = tasks;
		this.pairs = pairs;
		this.dependencies = dependencies;
		this.agreed = agreed;
		this.streetTerms = streetTerms;
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

	public List<StreetTerm> getStreetTerms() {
		return streetTerms;
	}

	public HardSoftLongScore getScore() {
		return score;
	}

	public void setScore(HardSoftLongScore score) {
		this.score = score;
	}
}
