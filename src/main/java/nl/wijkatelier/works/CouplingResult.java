package nl.wijkatelier.works;

import java.util.List;

import nl.wijkatelier.works.CouplingRule.Severity;

/**
 * What the coupling engine found in a portfolio. In every pair and near miss {@code a < b} (ids compared as
 * strings); lists are sorted by {@code a}, then {@code b}; a cluster's ids are sorted and clusters are sorted
 * by their first id. Amounts are euro cents.
 *
 * @param tasks how many tasks were examined (with or without geometry)
 */
public record CouplingResult(int tasks, List<Pair> pairs, List<Cluster> clusters, List<NearMiss> nearMisses) {

	public CouplingResult {
		pairs = List.copyOf(pairs);
		clusters = List.copyOf(clusters);
		nearMisses = List.copyOf(nearMisses);
	}

	/**
	 * Two tasks that can be done together.
	 *
	 * @param overlapDays days both windows cover, at least 1
	 * @param potentialSavingCents the smaller shareable cost: done together it is paid once, at the larger
	 */
	public record Pair(String a, String b, Severity severity, double distanceMetres, int overlapDays,
			long potentialSavingCents) {
	}

	/** Tasks close in space whose windows do not meet; {@code gapDays} are the days between that neither covers. */
	public record NearMiss(String a, String b, double distanceMetres, int gapDays) {
	}

	/**
	 * A connected group of candidates.
	 *
	 * @param potentialSavingCents what the group saves when its candidates run at the same time: every task with a
	 *        candidate of larger shareable cost (a tie goes to the larger id) rides along and saves its own
	 */
	public record Cluster(List<String> tasks, long potentialSavingCents) {
		public Cluster {
			tasks = List.copyOf(tasks);
		}
	}
}
