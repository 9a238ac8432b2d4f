package nl.wijkatelier.atelier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

/**
 * What the participants of an atelier see together: how they weigh the themes (overall and per party type),
 * where party types differ most, the most-supported contributions to question 2, and the answers to questions
 * 1, 3 and 4. Weights are in points of {@link AtelierProperties#pointsPerParticipant()}.
 *
 * @param participantCount everyone who joined (or the count a report gave, for an atelier held elsewhere)
 * @param contributionCount the visible contributions (not hidden, not merged into another)
 * @param weighers the participants who handed in weights; the means are over them
 * @param divergenceThreshold the difference in mean points from which a theme counts as a divergence
 * @param divergences per theme, the largest difference between any two party types, when over the threshold
 * @param residentsVersusMunicipality the themes where residents and the municipality differ by at least the
 *        threshold (the comparison the seed report asks for)
 */
public record JointPicture(int participantCount, int contributionCount, int weighers,
		List<ThemeFigure> themes, double divergenceThreshold, List<Divergence> divergences,
		List<Divergence> residentsVersusMunicipality, Map<ContributionKind, List<Item>> top, List<Item> understandings, Map<PartyType, List<Item>> approaches,
		List<Item> tips) {

	public JointPicture {
		themes = List.copyOf(themes);
		divergences = List.copyOf(divergences);
		residentsVersusMunicipality = List.copyOf(residentsVersusMunicipality);
		top = Map.copyOf(top);
		understandings = List.copyOf(understandings);
		approaches = Map.copyOf(approaches);
		tips = List.copyOf(tips);
	}

	/**
	 * @param mean the mean points over all weighers (0 when nobody weighed)
	 * @param spread the population standard deviation of the points over all weighers
	 * @param byPartyType the mean points per party type, for the party types with at least one weigher
	 */
	public record ThemeFigure(ThemeCode code, double mean, double spread, Map<PartyType, Double> byPartyType) {
		public ThemeFigure {
			byPartyType = Map.copyOf(byPartyType);
		}
	}

	/** A theme that the party type {@code high} weighs {@code difference} points more than {@code low}. */
	public record Divergence(ThemeCode theme, PartyType high, double highMean, PartyType low, double lowMean,
			double difference) {
	}

	/**
	 * A visible contribution as the picture shows it.
	 *
	 * @param author the participant's name; empty when anonymous or not given
	 * @param support the distinct participants who supported it or a duplicate merged into it
	 */
	public record Item(ContributionId id, int question, Optional<ContributionKind> kind, String text,
			List<ThemeCode> themes, PartyType partyType, Optional<String> author, int support, Instant createdAt) {
		public Item {
			themes = List.copyOf(themes);
		}
	}

	/** The kinds of question-2 contribution in display order, for pages that list the top per kind. */
	public List<ContributionKind> kinds() {
		return List.of(ContributionKind.values());
	}

	/** The party types that answered question 3, in the order of {@link PartyType}. */
	public List<PartyType> approachTypes() {
		return approaches.keySet().stream().sorted().toList();
	}

	/** The party types that handed in weights, in the order of {@link PartyType}. */
	public List<PartyType> partyTypes() {
		return themes.stream().flatMap(t -> t.byPartyType().keySet().stream()).distinct().sorted().toList();
	}
}
