package nl.wijkatelier.planning.internal;

/**
 * Problem fact: the task at {@code rider} rides along on the one at {@code larger} when their running days overlap.
 *
 * @param valueCents what their co-benefits add to the objective when they overlap: the pair's co-benefit points
 *        times the value weight, in cents (0 when the plan weighs money alone)
 */
public record CandidatePair(int rider, int larger, long valueCents) {

	public CandidatePair(int rider, int larger) {
		this(rider, larger, 0);
	}
}
