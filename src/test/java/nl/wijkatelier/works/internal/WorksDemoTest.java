package nl.wijkatelier.works.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.works.CouplingEngine;
import nl.wijkatelier.works.CouplingResult;
import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.CouplingResult.NearMiss;

/** The demo portfolio couples the way a municipal officer would expect. */
class WorksDemoTest {

	private final CouplingResult result = new CouplingEngine(CouplingRule.defaults()).couple(WorksDemo.tasks());

	@Test
	void spijkerstraatWorksAndBloemstraatRenovationFormTwoOpportunitiesAndTheSpijkerlaanAThird() {
		assertThat(result.clusters()).extracting(Cluster::tasks).containsExactly(
				List.of("SPK-BOM-1", "SPK-LAD-1", "SPK-RIO-2"),
				List.of("SPK-HER-1", "SPK-KA-1", "SPK-NET-1", "SPK-RIO-1", "SPK-WN-1"),
				List.of("SPK-REN-1", "SPK-WN-2"));
	}

	@Test
	void greeningJustMissesTheGasPipeReplacementInTheSameStreet() {
		// the Spijkerlaan's charging points and trees cannot both ride along: their windows are 123 days apart
		assertThat(result.nearMisses()).containsExactly(new NearMiss("SPK-BOM-1", "SPK-LAD-1", 2.0, 123),
				new NearMiss("SPK-GAS-1", "SPK-GRN-1", 6.0, 62));
	}
}
