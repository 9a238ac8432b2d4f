package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a schedule is worth under issue 5's model.
 *
 * @param starts each task's start date, in the portfolio's task order
 * @param totalSavingCents the shareable cost of every task that rides along, in euro cents
 * @param shiftPenaltyCents days from the preferred start times the shift cost, summed over the tasks, in cents
 * @param violations every broken hard rule; empty when the schedule is feasible
 * @param packages the packages of joined tasks, by their first id
 * @param spentCents per pot and year, what the schedule spends, in euro cents (rounded down)
 */
public record Evaluation(Map<String, LocalDate> starts, long totalSavingCents, long shiftPenaltyCents,
		List<Conflict> violations, List<PlanPackage> packages, Map<String, SortedMap<Integer, Long>> spentCents) {

	public Evaluation {
		starts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(starts));
		violations = List.copyOf(violations);
		packages = List.copyOf(packages);
		spentCents = Map.copyOf(spentCents);
	}

	/** The objective: total saving minus shift penalty, in euro cents. */
	public long objectiveCents() {
		return totalSavingCents - shiftPenaltyCents;
	}

	public int hardViolations() {
		return violations.size();
	}

	public boolean feasible() {
		return violations.isEmpty();
	}
}
