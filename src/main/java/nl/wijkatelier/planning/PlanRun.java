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
 * @param searches how many local searches run side by side from the first schedule, each on its own thread with its
 *        own seed; the best schedule of all of them is kept (1: one search on the calling thread)
 */
public record PlanRun(Duration limit, Optional<Duration> unimprovedLimit, long seed, Optional<Long> stopAtObjectiveCents,
		int searches) {

	public PlanRun {
		if (searches < 1) {
			throw new IllegalArgumentException("at least one search");
		}
	}

	public PlanRun(Duration limit, Optional<Duration> unimprovedLimit, long seed, Optional<Long> stopAtObjectiveCents) {
		this(limit, unimprovedLimit, seed, stopAtObjectiveCents, 1);
	}

	public PlanRun(Duration limit, Optional<Duration> unimprovedLimit, long seed) {
		this(limit, unimprovedLimit, seed, Optional.empty());
	}

	/** The same run with this many searches side by side. */
	public PlanRun withSearches(int count) {
		return new PlanRun(limit, unimprovedLimit, seed, stopAtObjectiveCents, count);
	}

	public static PlanRun of(Duration limit) {
		return new PlanRun(limit, Optional.empty(), 0);
	}
}
