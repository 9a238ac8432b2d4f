package nl.wijkatelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

class OwnComparisonTest {

	private static final ThemeCode ENERGY = ThemeCode.ENERGY;
	private static final ThemeCode GREENERY = ThemeCode.GREENERY;
	private static final ThemeCode HEALTH = ThemeCode.HEALTH;
	private static final ThemeCode SAFETY = ThemeCode.SAFETY;
	private static final List<ThemeCode> THEMES = List.of(ENERGY, GREENERY, HEALTH, SAFETY);

	/** Two weighers: ENERGY 40 and 60 (mean 50), GREENERY 60 and 20 (mean 40), HEALTH 0 and 20 (10), SAFETY none. */
	private static JointPicture picture() {
		List<JointPictures.Voice> voices = List.of(
				new JointPictures.Voice(new ParticipantId(UUID.randomUUID()), PartyType.RESIDENT, Map.of(ENERGY, 40, GREENERY, 60)),
				new JointPictures.Voice(new ParticipantId(UUID.randomUUID()), PartyType.MUNICIPALITY,
						Map.of(ENERGY, 60, GREENERY, 20, HEALTH, 20)));
		return JointPictures.compute(THEMES, 2, voices, List.of(), AtelierProperties.defaults());
	}

	private static OwnComparison.Difference difference(List<OwnComparison.ThemeRow> rows, ThemeCode theme) {
		return rows.stream().filter(r -> r.theme().equals(theme)).findFirst().orElseThrow().difference();
	}

	@Test
	void aDifferenceOfExactlyTheMarginIsTheSameAndOneMoreIsHigherOrLower() {
		List<OwnComparison.ThemeRow> atMargin = OwnComparison.rows(THEMES,
				Map.of(ENERGY, 60, GREENERY, 30, HEALTH, 10), Optional.of(picture()), 10);
		assertThat(difference(atMargin, ENERGY)).isEqualTo(OwnComparison.Difference.SAME);
		assertThat(difference(atMargin, GREENERY)).isEqualTo(OwnComparison.Difference.SAME);
		List<OwnComparison.ThemeRow> beyond = OwnComparison.rows(THEMES,
				Map.of(ENERGY, 61, GREENERY, 29, HEALTH, 10), Optional.of(picture()), 10);
		assertThat(difference(beyond, ENERGY)).isEqualTo(OwnComparison.Difference.HIGHER);
		assertThat(difference(beyond, GREENERY)).isEqualTo(OwnComparison.Difference.LOWER);
		assertThat(beyond.stream().filter(r -> r.theme().equals(GREENERY)).findFirst().orElseThrow().delta())
				.isEqualTo(-11.0);
	}

	@Test
	void aThemeOnlyOneSideGivesPointsToIsNamedAsSuchWhateverTheMargin() {
		List<OwnComparison.ThemeRow> rows = OwnComparison.rows(THEMES, Map.of(ENERGY, 50, GREENERY, 45, SAFETY, 5),
				Optional.of(picture()), 10);
		assertThat(difference(rows, SAFETY)).isEqualTo(OwnComparison.Difference.ONLY_OWN);
		assertThat(difference(rows, HEALTH)).isEqualTo(OwnComparison.Difference.ONLY_NEIGHBOURHOOD);
		assertThat(rows).extracting(OwnComparison.ThemeRow::theme).containsExactlyElementsOf(THEMES);
	}

	@Test
	void withoutOwnWeightsOrWithoutAPictureNothingIsCompared() {
		assertThat(OwnComparison.rows(THEMES, Map.of(), Optional.of(picture()), 10))
				.hasSize(THEMES.size()).allMatch(r -> r.difference() == OwnComparison.Difference.NOT_COMPARED && r.neighbourhood().isPresent());
		assertThat(OwnComparison.rows(THEMES, Map.of(ENERGY, 100), Optional.empty(), 10))
				.hasSize(THEMES.size()).allMatch(r -> r.difference() == OwnComparison.Difference.NOT_COMPARED && r.neighbourhood().isEmpty());
	}
}
