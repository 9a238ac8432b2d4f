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
	void spijkerstraatWorksAndBloemstraatRenovationFormTwoOpportunities() {
		assertThat(result.clusters()).extracting(Cluster::tasks).containsExactly(
				List.of("SPK-HER-1", "SPK-KA-1", "SPK-NET-1", "SPK-RIO-1", "SPK-WN-1"),
				List.of("SPK-REN-1", "SPK-WN-2"));
	}

	@Test
	void greeningJustMissesTheGasPipeReplacementInTheSameStreet() {
		assertThat(result.nearMisses()).containsExactly(new NearMiss("SPK-GAS-1", "SPK-GRN-1", 6.0, 62));
	}
}
