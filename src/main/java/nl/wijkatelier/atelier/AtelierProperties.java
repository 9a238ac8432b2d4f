package nl.wijkatelier.atelier;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of the game in an atelier, under {@code wijkatelier.atelier}.
 *
 * @param pointsPerParticipant the points each participant spreads over the themes; 100 so weights read as
 *        percentages (issue 3, item 6)
 * @param votesPerParticipant supports each participant may give; 5 follows the common "dot voting" practice of
 *        roughly one dot per five to ten items on the wall, for a room of 30 to 60 people
 * @param divergenceThreshold the difference in mean points (of {@code pointsPerParticipant}) between two party
 *        types from which a theme counts as a divergence; 10 of 100 is almost the mean weight of a theme when
 *        points are spread evenly over the nine default themes (11.1), so one party gives it about twice the
 *        weight of the other
 * @param topPerKind how many opportunities, challenges and tough questions the joint picture lists per kind
 */
@ConfigurationProperties("wijkatelier.atelier")
public record AtelierProperties(Integer pointsPerParticipant, Integer votesPerParticipant,
		Double divergenceThreshold, Integer topPerKind) {

	public AtelierProperties {
		pointsPerParticipant = pointsPerParticipant == null ? 100 : pointsPerParticipant;
		votesPerParticipant = votesPerParticipant == null ? 5 : votesPerParticipant;
		divergenceThreshold = divergenceThreshold == null ? 10.0 : divergenceThreshold;
		topPerKind = topPerKind == null ? 5 : topPerKind;
	}

	public static AtelierProperties defaults() {
		return new AtelierProperties(null, null, null, null);
	}
}
