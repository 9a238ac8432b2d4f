package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.works.CouplingResult.Cluster;

/**
 * The generator's density setting makes the portfolios docs/planning.md describes: at 2,000 tasks (seed 42) density
 * 30 gives tens of thousands of coupling candidate pairs with nearly every task in one connected group, where a
 * city's density (1) gives a few thousand pairs in many small groups.
 */
class SyntheticPortfolioDensityTest {

	private final CouplingEngine engine = new CouplingEngine(CouplingRule.defaults());

	@Test
	void densityThirtyAtTwoThousandTasksGivesTensOfThousandsOfPairsInOneGroup() {
		CouplingResult dense = engine.couple(SyntheticPortfolio.tasks(2000, 42, 30));
		CouplingResult city = engine.couple(SyntheticPortfolio.tasks(2000, 42));

		// docs/planning.md: 35,556 pairs, 1,907 of the 2,000 tasks in one group
		assertThat(dense.pairs()).hasSizeBetween(30_000, 40_000);
		assertThat(largest(dense.clusters())).isGreaterThanOrEqualTo(1_850);
		assertThat(dense.clusters()).hasSizeLessThanOrEqualTo(5);
		// the same seed at a city's density
		assertThat(city.pairs().size()).isLessThan(dense.pairs().size() / 10);
		assertThat(largest(city.clusters())).isLessThan(200);
	}

	@Test
	void densityOneIsTheCitysPortfolioAndTheSameSeedGivesTheSamePortfolio() {
		assertThat(SyntheticPortfolio.tasks(300, 9, 1)).isEqualTo(SyntheticPortfolio.tasks(300, 9));
		assertThat(SyntheticPortfolio.tasks(300, 9, 50)).isEqualTo(SyntheticPortfolio.tasks(300, 9, 50));
		assertThat(SyntheticPortfolio.tasks(300, 9, 50)).isNotEqualTo(SyntheticPortfolio.tasks(300, 9));
	}

	@Test
	void aDensityOutsideOneToTenThousandIsRefused() {
		assertThatThrownBy(() -> SyntheticPortfolio.tasks(10, 1, 0.5)).hasMessageContaining("density is 1 to");
		assertThatThrownBy(() -> SyntheticPortfolio.tasks(10, 1, 20_000)).hasMessageContaining("density is 1 to");
		assertThatThrownBy(() -> SyntheticPortfolio.tasks(10, 1, Double.NaN)).hasMessageContaining("density is 1 to");
	}

	private static int largest(List<Cluster> clusters) {
		return clusters.stream().mapToInt(c -> c.tasks().size()).max().orElse(0);
	}
}
