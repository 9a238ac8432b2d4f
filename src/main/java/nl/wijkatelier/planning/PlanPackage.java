package nl.wijkatelier.planning;

import java.util.List;

import nl.wijkatelier.works.IntegralValue;

/**
 * A connected group of joined tasks in a schedule (at least two).
 *
 * @param tasks ids, sorted
 * @param riders the ids of the tasks in it that ride along and save their shareable cost, sorted
 * @param savingCents what its riders save, in euro cents
 * @param coBenefitPoints the co-benefit points of its joined candidate pairs
 * @param streetDaysAvoided its street-opening tasks' durations minus the days on which at least one of them runs
 */
public record PlanPackage(List<String> tasks, List<String> riders, long savingCents, long coBenefitPoints,
		long streetDaysAvoided) {

	public PlanPackage {
		tasks = List.copyOf(tasks);
		riders = List.copyOf(riders);
	}

	public PlanPackage(List<String> tasks, List<String> riders, long savingCents) {
		this(tasks, riders, savingCents, 0, 0);
	}

	/** Its integral value in points ({@link IntegralValue}). */
	public long integralValuePoints() {
		return coBenefitPoints + IntegralValue.POINTS_PER_STREET_DAY * streetDaysAvoided;
	}
}
