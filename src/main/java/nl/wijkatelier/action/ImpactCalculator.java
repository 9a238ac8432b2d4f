package nl.wijkatelier.action;

/**
 * Estimates one impact of an action from what its households contributed. Implementations are pure functions.
 */
@FunctionalInterface
public interface ImpactCalculator {

	/**
	 * @param totals the sums over the action's active sign-ups, each ≥ 0 in its field's unit (tiles, m², pipes,
	 *        panels, households taking a measure)
	 * @param parameters the configured figures, each &gt; 0 (a coefficient in (0, 1])
	 * @return the estimate in the measure's unit (m², litres per year, m³ gas per year, kg CO₂ per year), ≥ 0 and
	 *         finite; exactly 0 when nobody contributed to the fields it reads
	 */
	double estimate(Totals totals, ImpactParameters parameters);
}
