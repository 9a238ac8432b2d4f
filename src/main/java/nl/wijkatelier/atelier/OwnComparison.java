package nl.wijkatelier.atelier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkatelier.shared.ThemeCode;

/**
 * An own answer beside the neighbourhood's joint picture: the mean theme weights and the answers of the
 * neighbourhood's latest published atelier, with the differences per theme.
 *
 * @param atelier the latest published atelier of the neighbourhood; empty when it has none
 * @param picture its joint picture; empty when there is no published atelier
 * @param margin the difference in points above which a weight counts as higher or lower (exclusive: a difference
 *        of exactly the margin is {@link Difference#SAME}); the atelier's divergence threshold
 *        ({@link AtelierProperties#divergenceThreshold()}, 10 of 100 points by default)
 * @param themes one row per theme of the programme, in the programme's order
 */
public record OwnComparison(Optional<Atelier> atelier, Optional<JointPicture> picture, double margin,
		List<ThemeRow> themes) {

	public OwnComparison {
		themes = List.copyOf(themes);
	}

	/** How the own weight of a theme stands to the neighbourhood's mean. */
	public enum Difference {
		/** Within the margin of each other. */
		SAME,
		/** The own weight is more than the margin above the mean. */
		HIGHER,
		/** The own weight is more than the margin below the mean. */
		LOWER,
		/** Only the own answer names the theme (weight above 0); nobody in the atelier gave it a point. */
		ONLY_OWN,
		/** Only the neighbourhood names the theme; the own answer gives it no point. */
		ONLY_NEIGHBOURHOOD,
		/** Nothing to compare: the own answer has no weights, or there is no joint picture with weights. */
		NOT_COMPARED;

		public String messageKey() {
			return "ownAnswer.difference." + name();
		}

		/** Whether the page highlights the row. */
		public boolean notable() {
			return this != SAME && this != NOT_COMPARED;
		}
	}

	/**
	 * @param own the own points (0 when not given)
	 * @param neighbourhood the mean points in the joint picture; empty when there is no picture with weights
	 */
	public record ThemeRow(ThemeCode theme, int own, Optional<Double> neighbourhood, Difference difference) {

		/** Own minus the neighbourhood's mean, in points; 0 when there is no mean. */
		public double delta() {
			return neighbourhood.map(mean -> own - mean).orElse(0.0);
		}
	}

	/**
	 * The rule. For each theme: no comparison when the own answer has no weights or the picture has no weighers;
	 * otherwise {@link Difference#ONLY_OWN} when the own weight is above 0 and the mean is 0,
	 * {@link Difference#ONLY_NEIGHBOURHOOD} when the own weight is 0 and the mean above 0, higher or lower when the
	 * two differ by strictly more than {@code margin} points, and the same otherwise.
	 */
	public static List<ThemeRow> rows(List<ThemeCode> themes, Map<ThemeCode, Integer> own,
			Optional<JointPicture> picture, double margin) {
		boolean weighed = own.values().stream().anyMatch(points -> points > 0);
		Optional<JointPicture> withWeights = picture.filter(p -> p.weighers() > 0);
		List<ThemeRow> rows = new ArrayList<>();
		for (ThemeCode code : themes) {
			int points = own.getOrDefault(code, 0);
			Optional<Double> mean = withWeights.flatMap(p -> p.themes().stream().filter(t -> t.code().equals(code))
					.findFirst().map(JointPicture.ThemeFigure::mean).or(() -> Optional.of(0.0)));
			Difference difference;
			if (!weighed || mean.isEmpty()) {
				difference = Difference.NOT_COMPARED;
			}
			else if (points > 0 && mean.get() == 0) {
				difference = Difference.ONLY_OWN;
			}
			else if (points == 0 && mean.get() > 0) {
				difference = Difference.ONLY_NEIGHBOURHOOD;
			}
			else if (points - mean.get() > margin) {
				difference = Difference.HIGHER;
			}
			else if (mean.get() - points > margin) {
				difference = Difference.LOWER;
			}
			else {
				difference = Difference.SAME;
			}
			rows.add(new ThemeRow(code, points, mean, difference));
		}
		return rows;
	}
}
