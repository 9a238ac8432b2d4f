package nl.wijkatelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

class JointPicturesTest {

	static final List<ThemeCode> THEMES = List.of(ThemeCode.ENERGY, ThemeCode.GREENERY, ThemeCode.SAFETY);
	static final AtelierProperties RULES = new AtelierProperties(100, 5, 10.0, 2);

	static JointPictures.Voice voice(PartyType type, int energy, int greenery, int safety) {
		return new JointPictures.Voice(new ParticipantId(UUID.randomUUID()), type,
				Map.of(ThemeCode.ENERGY, energy, ThemeCode.GREENERY, greenery, ThemeCode.SAFETY, safety));
	}

	static JointPicture.Item item(int question, ContributionKind kind, PartyType type, int support, int minute) {
		return new JointPicture.Item(new ContributionId(UUID.randomUUID()), question, Optional.ofNullable(kind),
				"text " + minute, List.of(), type, Optional.empty(), support,
				Instant.parse("2021-05-17T10:00:00Z").plusSeconds(60L * minute));
	}

	@Test
	void computesMeanAndPopulationSpreadOverThoseWhoWeighed() {
		List<JointPictures.Voice> voices = List.of(voice(PartyType.RESIDENT, 20, 80, 0),
				voice(PartyType.RESIDENT, 40, 60, 0),
				new JointPictures.Voice(new ParticipantId(UUID.randomUUID()), PartyType.RESIDENT, Map.of()));
		JointPicture picture = JointPictures.compute(THEMES, 3, voices, List.of(), RULES);

		assertThat(picture.weighers()).isEqualTo(2);
		assertThat(picture.participantCount()).isEqualTo(3);
		JointPicture.ThemeFigure energy = picture.themes().get(0);
		assertThat(energy.code()).isEqualTo(ThemeCode.ENERGY);
		assertThat(energy.mean()).isEqualTo(30.0);
		assertThat(energy.spread()).isCloseTo(10.0, within(1e-9));
		assertThat(energy.byPartyType()).containsOnlyKeys(PartyType.RESIDENT).containsEntry(PartyType.RESIDENT, 30.0);
		assertThat(picture.themes().get(2).mean()).isZero();
		assertThat(picture.themes().get(2).spread()).isZero();
	}

	@Test
	void reportsThemesWherePartyTypesDifferByAtLeastTheThreshold() {
		List<JointPictures.Voice> voices = List.of(voice(PartyType.RESIDENT, 20, 70, 10),
				voice(PartyType.RESIDENT, 30, 60, 10), voice(PartyType.MUNICIPALITY, 60, 30, 10),
				voice(PartyType.HOUSING_CORPORATION, 35, 55, 10));
		JointPicture picture = JointPictures.compute(THEMES, 4, voices, List.of(), RULES);

		assertThat(picture.divergences()).extracting(JointPicture.Divergence::theme)
				.containsExactly(ThemeCode.ENERGY, ThemeCode.GREENERY);
		JointPicture.Divergence energy = picture.divergences().get(0);
		assertThat(energy.high()).isEqualTo(PartyType.MUNICIPALITY);
		assertThat(energy.low()).isEqualTo(PartyType.RESIDENT);
		assertThat(energy.difference()).isEqualTo(35.0);
		assertThat(picture.divergences().get(1).difference()).isEqualTo(35.0);
	}

	@Test
	void comparesResidentsWithTheMunicipalityOnTheirOwn() {
		List<JointPictures.Voice> voices = List.of(voice(PartyType.RESIDENT, 20, 70, 10),
				voice(PartyType.MUNICIPALITY, 28, 55, 17), voice(PartyType.ENERGY_COMPANY, 90, 0, 10));
		JointPicture picture = JointPictures.compute(THEMES, 3, voices, List.of(), RULES);

		assertThat(picture.residentsVersusMunicipality()).singleElement().satisfies(d -> {
			assertThat(d.theme()).isEqualTo(ThemeCode.GREENERY);
			assertThat(d.high()).isEqualTo(PartyType.RESIDENT);
			assertThat(d.low()).isEqualTo(PartyType.MUNICIPALITY);
			assertThat(d.difference()).isEqualTo(15.0);
		});
		assertThat(picture.divergences()).extracting(JointPicture.Divergence::theme)
				.containsExactly(ThemeCode.ENERGY, ThemeCode.GREENERY);

		JointPicture residentsOnly = JointPictures.compute(THEMES, 1, List.of(voice(PartyType.RESIDENT, 20, 70, 10)),
				List.of(), RULES);
		assertThat(residentsOnly.residentsVersusMunicipality()).isEmpty();
	}

	@Test
	void aDifferenceExactlyAtTheThresholdCountsAndJustBelowDoesNot() {
		JointPicture at = JointPictures.compute(THEMES, 2, List.of(voice(PartyType.RESIDENT, 40, 50, 10),
				voice(PartyType.MUNICIPALITY, 50, 40, 10)), List.of(), RULES);
		assertThat(at.divergences()).extracting(JointPicture.Divergence::theme)
				.containsExactlyInAnyOrder(ThemeCode.ENERGY, ThemeCode.GREENERY);

		JointPicture below = JointPictures.compute(THEMES, 2, List.of(voice(PartyType.RESIDENT, 41, 49, 10),
				voice(PartyType.MUNICIPALITY, 50, 40, 10)), List.of(), RULES);
		assertThat(below.divergences()).isEmpty();
	}

	@Test
	void oneKindOfPartyCannotDivergeFromItself() {
		JointPicture picture = JointPictures.compute(THEMES, 2, List.of(voice(PartyType.RESIDENT, 100, 0, 0),
				voice(PartyType.RESIDENT, 0, 100, 0)), List.of(), RULES);
		assertThat(picture.divergences()).isEmpty();
		assertThat(picture.themes().get(0).spread()).isEqualTo(50.0);
	}

	@Test
	void listsTheMostSupportedPerKindWithTiesToTheEarlierOne() {
		List<JointPicture.Item> items = new ArrayList<>();
		JointPicture.Item late = item(2, ContributionKind.OPPORTUNITY, PartyType.RESIDENT, 3, 5);
		JointPicture.Item early = item(2, ContributionKind.OPPORTUNITY, PartyType.MUNICIPALITY, 3, 1);
		JointPicture.Item most = item(2, ContributionKind.OPPORTUNITY, PartyType.RESIDENT, 7, 9);
		JointPicture.Item none = item(2, ContributionKind.OPPORTUNITY, PartyType.RESIDENT, 0, 0);
		JointPicture.Item challenge = item(2, ContributionKind.CHALLENGE, PartyType.RESIDENT, 1, 2);
		items.addAll(List.of(late, early, most, none, challenge));
		JointPicture picture = JointPictures.compute(THEMES, 5, List.of(), items, RULES);

		assertThat(picture.top().get(ContributionKind.OPPORTUNITY)).containsExactly(most, early);
		assertThat(picture.top().get(ContributionKind.CHALLENGE)).containsExactly(challenge);
		assertThat(picture.top().get(ContributionKind.TOUGH_QUESTION)).isEmpty();
		assertThat(picture.contributionCount()).isEqualTo(5);
	}

	@Test
	void putsRoleApproachesSideBySidePerPartyTypeAndCollectsTips() {
		JointPicture.Item municipality = item(3, null, PartyType.MUNICIPALITY, 0, 1);
		JointPicture.Item resident = item(3, null, PartyType.RESIDENT, 0, 2);
		JointPicture.Item tip = item(4, null, PartyType.RESIDENT, 2, 3);
		JointPicture.Item understanding = item(1, null, PartyType.RESIDENT, 0, 4);
		JointPicture picture = JointPictures.compute(THEMES, 2, List.of(),
				List.of(municipality, resident, tip, understanding), RULES);

		assertThat(picture.approachTypes()).containsExactly(PartyType.RESIDENT, PartyType.MUNICIPALITY);
		assertThat(picture.approaches().get(PartyType.MUNICIPALITY)).containsExactly(municipality);
		assertThat(picture.tips()).containsExactly(tip);
		assertThat(picture.understandings()).containsExactly(understanding);
	}
}
