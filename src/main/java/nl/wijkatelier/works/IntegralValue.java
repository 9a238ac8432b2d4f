package nl.wijkatelier.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.wijkatelier.works.CouplingResult.Pair;

/**
 * What a coupling is worth beyond money: a dimensionless score in points.
 * <pre>
 * value(pair a, b) = Σ weight(to) over the distinct co-benefit links from → to, from a theme of one task to a
 *                    different theme of the other (both directions), in the programme's co-benefit graph
 * value(package)   = Σ value(pair) over its coupling pairs + {@value #POINTS_PER_STREET_DAY} × street-open days avoided
 * </pre>
 * {@code weight} comes from the neighbourhood's joint picture ({@link ThemeWeights}: 100 points for a theme of
 * average weight). Scale: one co-benefit link into a theme of average weight is 100 points, as much as ten days of
 * open street avoided. On the works page the days avoided are those of a street-opening task riding along on a
 * larger street-opening work ({@link Appraisal#streetDaysAvoided()}); in a plan they are the days the plan's packages
 * actually save: the street-opening tasks' durations minus the plan's street-open days.
 *
 * @param coBenefitPoints the sum over the pairs
 * @param links the distinct links {@code FROM→TO} the pairs bring, sorted
 */
public record IntegralValue(long coBenefitPoints, long streetDaysAvoided, List<String> links) {

	public static final int POINTS_PER_STREET_DAY = 10;

	public IntegralValue {
		links = List.copyOf(links);
	}

	public long streetPoints() {
		return POINTS_PER_STREET_DAY * streetDaysAvoided;
	}

	/** The score: co-benefit points plus street points. */
	public long points() {
		return coBenefitPoints + streetPoints();
	}

	/** The links one pair brings, {@code FROM→TO}, sorted and distinct. */
	public static List<String> links(Task a, Task b, ThemeLinks graph) {
		TreeSet<String> links = new TreeSet<>();
		add(a, b, graph, links);
		add(b, a, graph, links);
		return List.copyOf(links);
	}

	private static void add(Task from, Task to, ThemeLinks graph, TreeSet<String> links) {
		for (String f : from.themes()) {
			for (String t : to.themes()) {
				if (!f.equals(t) && graph.linked(f, t)) {
					links.add(f + "→" + t);
				}
			}
		}
	}

	/** The co-benefit points of one pair. */
	public static long pairPoints(Task a, Task b, ThemeLinks graph, ThemeWeights weights) {
		long points = 0;
		for (String link : links(a, b, graph)) {
			points += weights.weight(link.substring(link.indexOf('→') + 1));
		}
		return points;
	}

	/** The value of a cluster or package with its pairs and the street-open days it avoids. */
	public static IntegralValue of(Collection<Task> group, List<Pair> pairs, long streetDaysAvoided, ThemeLinks graph,
			ThemeWeights weights) {
		Map<String, Task> byId = new HashMap<>();
		group.forEach(t -> byId.put(t.id(), t));
		long points = 0;
		TreeSet<String> links = new TreeSet<>();
		for (Pair pair : pairs) {
			Task a = byId.get(pair.a());
			Task b = byId.get(pair.b());
			if (a != null && b != null) {
				points += pairPoints(a, b, graph, weights);
				links.addAll(links(a, b, graph));
			}
		}
		return new IntegralValue(points, streetDaysAvoided, new ArrayList<>(links));
	}
}
