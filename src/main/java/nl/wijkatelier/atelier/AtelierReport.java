package nl.wijkatelier.atelier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkatelier.shared.ThemeCode;

/**
 * The feedback report (terugkoppeling) of an atelier, in the shape of the seed report: title, date, theme,
 * speakers, number of participants, insights, the joint picture, tips and links. Texts are in the reader's
 * language where the platform writes them; what people wrote is kept as they wrote it.
 *
 * @param place the neighbourhood's name, or the programme's for a programme-wide atelier
 * @param themeNames the names of the atelier's themes
 * @param themeNamesByCode the names of all the programme's themes, for the joint picture
 * @param questions the four questions as asked
 * @param insights the facilitator's paragraphs
 * @param themeInsights per theme with contributions: what the platform saw (see {@link ThemeInsight})
 * @param tips the report's own tips followed by the participants' answers to question 4
 */
public record AtelierReport(Atelier atelier, String place, List<String> themeNames,
		Map<ThemeCode, String> themeNamesByCode, List<String> questions, int participantCount,
		List<String> insights, List<ThemeInsight> themeInsights, JointPicture picture, List<String> tips) {

	/**
	 * @param meanWeight the mean points the participants gave the theme; empty when nobody weighed
	 * @param contributions the visible contributions tagged with the theme
	 * @param mostSupported the most-supported of them
	 */
	public record ThemeInsight(ThemeCode theme, String name, Optional<Double> meanWeight, int contributions,
			Optional<JointPicture.Item> mostSupported) {
	}

	public String themeName(ThemeCode code) {
		return themeNamesByCode.getOrDefault(code, code.value());
	}
}
