package nl.wijkatelier.planning;

import java.time.Duration;
import java.util.Optional;

/**
 * How long one optimiser run may take.
 *
 * @param limit the most time it searches
 * @param unimprovedLimit stop earlier once the best schedule has not improved for this long
 * @param seed the random seed, for reproducible runs
 * @param stopAtObjectiveCents stop as soon as a feasible schedule reaches this objective (a known optimum, in
 *        tests against an exact method)
 */
public record PlanRun(Duration limit, Optional<Duration> unimprovedLimit, long seed, Optional<Long> stopAtObjectiveCents) {

	public PlanRun(Duration limit, Optional<Duration> unimprovedLimit, long seed) {
		this(limit, unimprovedLimit, seed, Optional.empty());
	}

	public static PlanRun of(Duration limit) {
		return new PlanRun(limit, Optional.empty(), 0);
	}
}
