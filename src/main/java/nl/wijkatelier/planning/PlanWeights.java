package nl.wijkatelier.planning;

import java.math.BigDecimal;
import java.util.Optional;

import nl.wijkatelier.shared.Checks;

/**
 * What an organiser weighs in one run beside money, both 0 by default (money alone).
 *
 * @param nuisanceCostCentsPerDay the cost of one street-open day, in euro cents
 * @param valueCentsPerPoint the worth of one point of integral value, in euro cents
 */
public record PlanWeights(long nuisanceCostCentsPerDay, long valueCentsPerPoint) {

	public static final PlanWeights NONE = new PlanWeights(0, 0);

	/** The most either weight may be, in euros; far above any sensible day rate or point value. */
	private static final BigDecimal MAX_EUROS = BigDecimal.valueOf(1_000_000);

	/**
	 * Reads the weights as an organiser gives them, in euros with at most two decimals.
	 *
	 * @throws nl.wijkatelier.shared.InvalidInputException naming {@code nuisanceCost} or {@code valueWeight} when one is
	 *         below 0, above a million or has more than two decimals
	 */
	public static PlanWeights ofEuros(Optional<BigDecimal> nuisanceCost, Optional<BigDecimal> valueWeight) {
		Checks checks = new Checks();
		long nuisance = cents(checks, "nuisanceCost", nuisanceCost);
		long value = cents(checks, "valueWeight", valueWeight);
		checks.throwIfAny();
		return new PlanWeights(nuisance, value);
	}

	/** The same from text as a form or a query sends it; blank is 0, text that is no number is refused like -1. */
	public static PlanWeights ofText(Optional<String> nuisanceCost, Optional<String> valueWeight) {
		Checks checks = new Checks();
		Optional<BigDecimal> nuisance = number(checks, "nuisanceCost", nuisanceCost);
		Optional<BigDecimal> value = number(checks, "valueWeight", valueWeight);
		checks.throwIfAny();
		return ofEuros(nuisance, value);
	}

	private static Optional<BigDecimal> number(Checks checks, String field, Optional<String> text) {
		if (text.isEmpty() || text.get().isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(text.get().trim().replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			checks.add(field, "planning.error.weight", MAX_EUROS.toPlainString());
			return Optional.empty();
		}
	}

	private static long cents(Checks checks, String field, Optional<BigDecimal> euros) {
		if (euros.isEmpty()) {
			return 0;
		}
		BigDecimal value = euros.get();
		if (value.signum() < 0 || value.compareTo(MAX_EUROS) > 0 || value.stripTrailingZeros().scale() > 2) {
			checks.add(field, "planning.error.weight", MAX_EUROS.toPlainString());
			return 0;
		}
		return value.movePointRight(2).longValueExact();
	}

	public boolean none() {
		return nuisanceCostCentsPerDay == 0 && valueCentsPerPoint == 0;
	}
}
