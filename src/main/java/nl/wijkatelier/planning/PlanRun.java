package nl.wijkatelier.planning;

import java.time.Duration;
import java.util.Optional;

/**
 * How long one optimiser run may take.
 *
 * @param limit the most time it searches
 * @param unimprovedLimit stop earlier once the best schedule has not improved for this long
 * @param seed the random seed, for reproducible runs
 */
public record PlanRun(Duration limit, Optional<Duration> unimprovedLimit, long seed) {

	public static PlanRun of(Duration limit) {
		return new PlanRun(limit, Optional.empty(), 0);
	}
}
