package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ActionTemplateTest {

	private final ImpactParameters defaults = ImpactParameters.defaults();

	@Test
	void everyEstimateIsZeroWhenNobodyContributed() {
		for (ActionTemplate template : ActionTemplate.values()) {
			for (ImpactMeasure measure : template.impacts()) {
				assertThat(measure.calculator().estimate(Totals.empty(template), defaults))
						.as(template + " " + measure.key()).isZero();
			}
		}
	}

	@Test
	void everyEstimateIsFiniteAndNonNegativeAtTheMaximaOfAThousandHouseholds() {
		for (ActionTemplate template : ActionTemplate.values()) {
			Map<String, Long> totals = new HashMap<>();
			template.fields().forEach(f -> totals.put(f.key(), 1000L * f.max()));
			for (ImpactMeasure measure : template.impacts()) {
				double value = measure.calculator().estimate(new Totals(totals), defaults);
				assertThat(value).as(template + " " + measure.key()).isFinite().isGreaterThan(0);
			}
		}
	}

	@Test
	void elevenTilesMakeASquareMetreThatLetsEightHundredLitresSoakAwayAYear() {
		Totals totals = new Totals(Map.of("tiles", 22L, "squareMetres", 1L));
		assertThat(estimate(ActionTemplate.TILE_REMOVAL, "unpavedArea", totals)).isCloseTo(3.0, within(1e-9));
		assertThat(estimate(ActionTemplate.TILE_REMOVAL, "rainInfiltrated", totals)).isCloseTo(2400.0, within(1e-6));
	}

	@Test
	void aDisconnectedRoofKeepsRainfallTimesRunOffOutOfTheSewer() {
		Totals totals = new Totals(Map.of("roofSquareMetres", 50L, "pipes", 2L));
		assertThat(estimate(ActionTemplate.RAIN_PIPE_DISCONNECTION, "rainKeptFromSewer", totals))
				.isCloseTo(50 * 800 * 0.9, within(1e-6));
	}

	@Test
	void collectivePurchaseAddsGasPerMeasureAndSolarElectricityIntoCo2() {
		Totals totals = new Totals(Map.of("cavityWall", 1L, "roofInsulation", 1L, "floorInsulation", 0L,
				"solarPanels", 10L));
		assertThat(estimate(ActionTemplate.COLLECTIVE_PURCHASE, "gasSaved", totals)).isCloseTo(550.0, within(1e-9));
		assertThat(estimate(ActionTemplate.COLLECTIVE_PURCHASE, "electricityGenerated", totals)).isCloseTo(3400.0, within(1e-9));
		assertThat(estimate(ActionTemplate.COLLECTIVE_PURCHASE, "co2Saved", totals))
				.isCloseTo(550 * 1.78 + 3400 * 0.33, within(1e-6));
	}

	@Test
	void aStreetMealCountsEachGuestsTableNeighboursUpToEveryoneElseAtTheTable() {
		assertThat(estimate(ActionTemplate.STREET_MEAL, "contactsAtTable", people(0))).isZero();
		assertThat(estimate(ActionTemplate.STREET_MEAL, "contactsAtTable", people(1))).isZero();
		assertThat(estimate(ActionTemplate.STREET_MEAL, "contactsAtTable", people(2))).isEqualTo(2.0);
		assertThat(estimate(ActionTemplate.STREET_MEAL, "contactsAtTable", people(4))).isEqualTo(12.0);
		assertThat(estimate(ActionTemplate.STREET_MEAL, "contactsAtTable", people(5))).isEqualTo(20.0);
		assertThat(estimate(ActionTemplate.STREET_MEAL, "contactsAtTable", people(30))).isEqualTo(120.0);
	}

	@Test
	void aStreetMealReadsHowManyPeopleAGuestTalksToFromTheParameters() {
		ImpactParameters bigTables = new ImpactParameters(800, 11, 0.9, 300, 250, 100, 50, 75, 340, 1.78, 0.33, 6);
		assertThat(ActionTemplate.tableContacts(people(30), bigTables)).isEqualTo(180.0);
		assertThatThrownBy(() -> new ImpactParameters(800, 11, 0.9, 300, 250, 100, 50, 75, 340, 1.78, 0.33, 0))
				.hasMessageContaining("tableContacts");
	}

	@Test
	void aVisitingRoundCountsOneContactPerVisitWhateverTheNumberOfVisitors() {
		assertThat(estimate(ActionTemplate.VISITING_ROUND, "contactsOnVisits",
				new Totals(Map.of("visits", 17L, "visitors", 5L)))).isEqualTo(17.0);
		assertThat(estimate(ActionTemplate.VISITING_ROUND, "contactsOnVisits",
				new Totals(Map.of("visits", 0L, "visitors", 3L)))).isZero();
	}

	@Test
	void theSocialCohesionTemplatesServeSocialCohesionAndAskNoContactData() {
		for (ActionTemplate template : List.of(ActionTemplate.STREET_MEAL, ActionTemplate.VISITING_ROUND)) {
			assertThat(template.defaultThemes()).as(template.name()).contains("SOCIAL_COHESION");
			assertThat(template.impacts()).extracting(ImpactMeasure::unitKey).containsOnly("unit.contacts");
		}
	}

	private static Totals people(long count) {
		return new Totals(Map.of("people", count, "dishes", 1L));
	}

	@Test
	void onlyCollectivePurchaseAndPackagesNeedContactData() {
		for (ActionTemplate template : ActionTemplate.values()) {
			boolean expected = template == ActionTemplate.COLLECTIVE_PURCHASE
					|| template == ActionTemplate.ENERGY_SAVING_PACKAGE;
			assertThat(template.contact().needsContact()).as(template.name()).isEqualTo(expected);
		}
	}

	@Test
	void refusesImpossibleParameters() {
		assertThatThrownBy(() -> new ImpactParameters(800, 11, 1.2, 300, 250, 100, 50, 75, 340, 1.78, 0.33, 4))
				.hasMessageContaining("roofRunoffCoefficient");
		assertThatThrownBy(() -> new ImpactParameters(0, 11, 0.9, 300, 250, 100, 50, 75, 340, 1.78, 0.33, 4))
				.hasMessageContaining("rainfall");
	}

	@Test
	void aThresholdIsReachedOnceOnly() {
		Threshold threshold = new Threshold(new ActionId(UUID.randomUUID()), 3, "Tegeltaxi");
		Instant first = Instant.parse("2026-05-17T10:00:00Z");
		assertThat(threshold.reachIfMet(2, first)).isFalse();
		assertThat(threshold.reachIfMet(3, first)).isTrue();
		assertThat(threshold.reachIfMet(2, first.plusSeconds(60))).isFalse();
		assertThat(threshold.reachIfMet(4, first.plusSeconds(120))).isFalse();
		assertThat(threshold.reachedAt()).contains(first);
	}

	private double estimate(ActionTemplate template, String key, Totals totals) {
		return template.impacts().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow().calculator()
				.estimate(totals, defaults);
	}
}
