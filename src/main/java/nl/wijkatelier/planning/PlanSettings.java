package nl.wijkatelier.planning;

import nl.wijkatelier.works.IntegralValue;

/**
 * The tunables of one planning run.
 *
 * @param granularity the grid of start dates; issue 5 sets the default to {@link Granularity#WEEK}
 * @param shiftCostCentsPerDay what one day away from a task's preferred start costs, in euro cents; issue 5 sets
 *        the default to 50 euros a day (a rough day rate for re-planning and informing residents)
 * @param nuisanceCostCentsPerDay what one street-open day costs, in euro cents; 0 by default (money alone)
 * @param valueCentsPerPoint what one point of integral value ({@link IntegralValue}) is worth,
 *        in euro cents; 0 by default (money alone)
 */
public record PlanSettings(Granularity granularity, long shiftCostCentsPerDay, long nuisanceCostCentsPerDay,
		long valueCentsPerPoint) {

	public static final long DEFAULT_SHIFT_COST_CENTS = 50_00;

	public PlanSettings {
		if (shiftCostCentsPerDay < 0) {
			throw new IllegalArgumentException("the shift cost is at least 0");
		}
		if (nuisanceCostCentsPerDay < 0) {
			throw new IllegalArgumentException("the nuisance cost is at least 0");
		}
		if (valueCentsPerPoint < 0) {
			throw new IllegalArgumentException("the value weight is at least 0");
		}
	}

	public PlanSettings(Granularity granularity, long shiftCostCentsPerDay) {
		this(granularity, shiftCostCentsPerDay, 0, 0);
	}

	public static PlanSettings defaults() {
		return new PlanSettings(Granularity.WEEK, DEFAULT_SHIFT_COST_CENTS);
	}

	/** The same settings with these weights. */
	public PlanSettings withWeights(long nuisanceCostCentsPerDay, long valueCentsPerPoint) {
		return new PlanSettings(granularity, shiftCostCentsPerDay, nuisanceCostCentsPerDay, valueCentsPerPoint);
	}

	/** Whether the plan weighs more than money: a nuisance cost or a value weight above 0. */
	public boolean weighsMoreThanMoney() {
		return nuisanceCostCentsPerDay > 0 || valueCentsPerPoint > 0;
	}

	/**
	 * What one street-open day costs in the objective, in cents: the nuisance cost plus the value of the street
	 * points a day avoided would have earned.
	 */
	public long centsPerStreetOpenDay() {
		return nuisanceCostCentsPerDay + valueCentsPerPoint * IntegralValue.POINTS_PER_STREET_DAY;
	}
}
