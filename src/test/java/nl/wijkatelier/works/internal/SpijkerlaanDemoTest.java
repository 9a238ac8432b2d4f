package nl.wijkatelier.works.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.planning.Evaluation;
import nl.wijkatelier.planning.PlanPackage;
import nl.wijkatelier.planning.PlanRun;
import nl.wijkatelier.planning.PlanSettings;
import nl.wijkatelier.planning.Planner;
import nl.wijkatelier.planning.PlanningProblem;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.ThemeLinks;
import nl.wijkatelier.works.ThemeWeights;

/**
 * The demo's Spijkerlaan: the sewer and wadi work takes along the charging points by money alone, the residents'
 * trees when the joint picture's weights count.
 */
class SpijkerlaanDemoTest {

	/**
	 * The mean points per theme of the demo atelier in the Spijkerkwartier (its eight weighers, see DemoAteliers): the
	 * neighbourhood weighs greenery (16.9) and climate adaptation (16.3) well above the average theme (11.1).
	 */
	static final Map<String, Double> DEMO_MEANS = Map.of("GREENERY", 16.875, "CLIMATE_ADAPTATION", 16.25, "ENERGY",
			26.875, "SOCIAL_COHESION", 13.125, "HEALTH", 6.25, "SAFETY", 2.5, "BIODIVERSITY", 4.375, "INFRASTRUCTURE", 10.0,
			"EMPLOYMENT", 3.75);

	private static Evaluation plan(PlanSettings settings, ThemeWeights weights) {
		PlanningProblem problem = PlanningProblem.prepare(new Portfolio(WorksDemo.tasks(), WorksDemo.pots()),
				CouplingRule.defaults(), settings).withValues(ThemeLinks.DEFAULTS, weights);
		return Planner.plan(problem, new PlanRun(Duration.ofSeconds(5), Optional.empty(), 1), p -> {
		}).schedule();
	}

	private static PlanPackage spijkerlaan(Evaluation plan) {
		return plan.packages().stream().filter(p -> p.tasks().contains("SPK-RIO-2")).findFirst().orElseThrow();
	}

	@Test
	void moneyAlonePicksTheChargingPointsAndTheJointPictureTheTrees() {
		PlanSettings moneyAlone = PlanSettings.defaults();
		PlanSettings twelveEurosAPoint = PlanSettings.defaults().withWeights(0, 12_00);
		ThemeWeights picture = ThemeWeights.fromMeans(DEMO_MEANS);
		assertThat(picture.weight("GREENERY")).isEqualTo(152);
		assertThat(picture.weight("CLIMATE_ADAPTATION")).isEqualTo(146);

		assertThat(spijkerlaan(plan(moneyAlone, picture)).tasks()).containsExactly("SPK-LAD-1", "SPK-RIO-2");
		// equal weights: the trees' two co-benefits (climate adaptation ↔ greenery) are 200 points, € 2,400
		assertThat(spijkerlaan(plan(twelveEurosAPoint, ThemeWeights.EQUAL)).tasks())
				.containsExactly("SPK-LAD-1", "SPK-RIO-2");
		// the joint picture's weights: 146 + 152 = 298 points, € 3,576
		PlanPackage weighed = spijkerlaan(plan(twelveEurosAPoint, picture));
		assertThat(weighed.tasks()).containsExactly("SPK-BOM-1", "SPK-RIO-2");
		assertThat(weighed.coBenefitPoints()).isEqualTo(298);
	}
}
