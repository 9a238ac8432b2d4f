package nl.wijkatelier.planning;

/**
 * The tunables of one planning run.
 *
 * @param granularity the grid of start dates; issue 5 sets the default to {@link Granularity#WEEK}
 * @param shiftCostCentsPerDay what one day away from a task's preferred start costs, in euro cents; issue 5 sets
 *        the default to 50 euros a day (a rough day rate for re-planning and informing residents)
 */
public record PlanSettings(Granularity granularity, long shiftCostCentsPerDay) {

	public static final long DEFAULT_SHIFT_COST_CENTS = 50_00;

	public PlanSettings {
		if (shiftCostCentsPerDay < 0) {
			throw new IllegalArgumentException("the shift cost is at least 0");
		}
	}

	public static PlanSettings defaults() {
		return new PlanSettings(Granularity.WEEK, DEFAULT_SHIFT_COST_CENTS);
	}
}
