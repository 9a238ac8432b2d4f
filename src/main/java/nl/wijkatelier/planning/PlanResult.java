package nl.wijkatelier.planning;

import java.util.List;

/**
 * The optimiser's schedule with its evaluation and the baseline's, as the independent evaluator sees them.
 *
 * @param curve every improvement of the best schedule during the run, in order
 */
public record PlanResult(Evaluation schedule, Evaluation baseline, List<PlanProgress> curve) {

	public PlanResult {
		curve = List.copyOf(curve);
	}
}
