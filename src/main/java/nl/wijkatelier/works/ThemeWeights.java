package nl.wijkatelier.works;

import java.util.HashMap;
import java.util.Map;

/**
 * How much a neighbourhood's joint picture weighs each theme, in points where {@value #AVERAGE} is a theme of
 * average weight: a theme's weight is {@code round(100 × its mean points / the mean of all themes' mean points)},
 * from the mean theme weights of the neighbourhood's latest published atelier. Equal weights ({@value #AVERAGE}
 * for every theme) when there is no such atelier, nobody weighed, or for the command line, which has no atelier.
 *
 * @param points theme code to its weight, at least 0; a theme without an entry weighs {@value #AVERAGE}
 * @param fromJointPicture false when these are the equal weights
 */
public record ThemeWeights(Map<String, Integer> points, boolean fromJointPicture) {

	public static final int AVERAGE = 100;

	public static final ThemeWeights EQUAL = new ThemeWeights(Map.of(), false);

	public ThemeWeights {
		points = Map.copyOf(points);
	}

	/** @param means per theme code, the mean points of the joint picture (every theme of the programme) */
	public static ThemeWeights fromMeans(Map<String, Double> means) {
		double average = means.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
		if (!(average > 0)) {
			return EQUAL;
		}
		Map<String, Integer> points = new HashMap<>();
		means.forEach((code, mean) -> points.put(code, (int) Math.round(AVERAGE * Math.max(0, mean) / average)));
		return new ThemeWeights(points, true);
	}

	public int weight(String theme) {
		return points.getOrDefault(theme, AVERAGE);
	}
}
