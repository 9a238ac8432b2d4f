package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkTypeMappingTest {

	@Test
	void matchesTheWholeValueInAnyCaseNeverAWordInIt() {
		WorkTypeMapping mapping = WorkTypeMapping.read("typeWerkzaamheden,Gas,GAS_GRID\n");

		assertThat(mapping.classify(Map.of("typeWerkzaamheden", " gas "))).isInstanceOf(WorkTypeMapping.Typed.class);
		assertThat(mapping.classify(Map.of("typeWerkzaamheden", "Gasthuis"))).isInstanceOf(WorkTypeMapping.Unmapped.class);
	}

	@Test
	void aSkipRuleWinsOverATypeAndTheFirstTypeRuleWins() {
		WorkTypeMapping mapping = WorkTypeMapping.read("""
				field,value,outcome
				typeWerkzaamheden,Vervanging,SEWER_REPLACEMENT
				netwerk,Elektra,ELECTRICITY_GRID
				hoofdstatus,Vervallen,SKIP
				""");

		assertThat(mapping.classify(Map.of("typeWerkzaamheden", "Vervanging", "netwerk", "Elektra")))
				.isEqualTo(new WorkTypeMapping.Typed(TaskType.SEWER_REPLACEMENT, mapping.rules().get(0)));
		assertThat(mapping.classify(Map.of("typeWerkzaamheden", "Vervanging", "hoofdstatus", "Vervallen")))
				.isInstanceOf(WorkTypeMapping.SkippedByRule.class);
	}

	@Test
	void refusesEveryFaultyLineAtOnce() {
		PortfolioImportException ex = catchThrowableOfType(PortfolioImportException.class,
				() -> WorkTypeMapping.read("typeWerkzaamheden,Vervanging,SEWAGE\n\"bad field\",x,SKIP\nonly,two\n"));

		assertThat(ex.errors()).extracting(e -> e.number() + " " + e.field() + " " + e.code())
				.containsExactly("1 outcome mapping.badOutcome", "2 field mapping.badField", "3  wrongColumnCount");
	}

	@Test
	void writesWhatItReads() {
		WorkTypeMapping defaults = WorkTypeMapping.wiorDefaults();

		assertThat(WorkTypeMapping.read(defaults.toCsv())).isEqualTo(defaults);
	}
}
