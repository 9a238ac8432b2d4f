package nl.wijkatelier.planning;

/**
 * How much of a funding share is spent in one part of a task's running days: pro rata over the days, counted in
 * thousandths of a euro cent and rounded down per task, pot and year. The optimiser, the evaluator and the exact
 * reference model all count with this one function, so they agree to the last unit.
 */
public final class Spending {

	private Spending() {
	}

	/**
	 * @param amountCents the funding share, in cents (at most about 2.5 × 10^13, far beyond any real task)
	 * @param days running days inside the period, {@code 0 <= days <= durationDays}
	 * @return {@code floor(amountCents × days × 1000 / durationDays)}
	 */
	public static long milliCents(long amountCents, int days, int durationDays) {
		long whole = amountCents / durationDays;
		long rest = amountCents % durationDays;
		return whole * days * 1000 + rest * days * 1000 / durationDays;
	}
}
