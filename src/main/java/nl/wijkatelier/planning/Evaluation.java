package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import nl.wijkatelier.works.IntegralValue;

/**
 * What a schedule is worth under issue 5's model, with the integral value and street-open days.
 *
 * @param starts each task's start date, in the portfolio's task order
 * @param totalSavingCents the shareable cost of every task that rides along, in euro cents
 * @param shiftPenaltyCents days from the preferred start times the shift cost, summed over the tasks, in cents
 * @param violations every broken hard rule; empty when the schedule is feasible
 * @param packages the packages of joined tasks, by their first id
 * @param spentCents per pot and year, what the schedule spends, in euro cents (rounded down)
 * @param streetOpenDays per package the days on which at least one of its street-opening tasks runs, counted once;
 *        every other street-opening task its own running days (as the scenario comparison counts them)
 * @param streetOpenDaysApart the same if every street-opening task ran on its own: the sum of their durations
 * @param coBenefitPoints the co-benefit points of every joined candidate pair ({@link IntegralValue})
 * @param nuisanceCostCentsPerDay the weight of a street-open day in the objective, in cents
 * @param valueCentsPerPoint the weight of a point of integral value in the objective, in cents
 */
public record Evaluation(Map<String, LocalDate> starts, long totalSavingCents, long shiftPenaltyCents,
		List<Conflict> violations, List<PlanPackage> packages, Map<String, SortedMap<Integer, Long>> spentCents,
		long streetOpenDays, long streetOpenDaysApart, long coBenefitPoints, long nuisanceCostCentsPerDay,
		long valueCentsPerPoint) {

	public Evaluation {
		starts = Collections.unmodifiableMap(new LinkedHashMap<>(starts));
		violations = List.copyOf(violations);
		packages = List.copyOf(packages);
		spentCents = Map.copyOf(spentCents);
	}

	/** Street-open days the packages avoid: {@code streetOpenDaysApart − streetOpenDays}. */
	public long streetDaysAvoided() {
		return streetOpenDaysApart - streetOpenDays;
	}

	/**
	 * The integral value of the schedule, in points: the co-benefit points of its joined pairs plus
	 * {@value IntegralValue#POINTS_PER_STREET_DAY} per street-open day its packages avoid (the sum of its packages'
	 * values).
	 */
	public long integralValuePoints() {
		return coBenefitPoints + IntegralValue.POINTS_PER_STREET_DAY * streetDaysAvoided();
	}

	/**
	 * The objective, in euro cents: total saving + value weight × integral value − shift penalty − nuisance cost ×
	 * street-open days. With both weights 0 it is total saving − shift penalty.
	 */
	public long objectiveCents() {
		return totalSavingCents + valueCentsPerPoint * integralValuePoints() - shiftPenaltyCents
				- nuisanceCostCentsPerDay * streetOpenDays;
	}

	public int hardViolations() {
		return violations.size();
	}

	public boolean feasible() {
		return violations.isEmpty();
	}
}
