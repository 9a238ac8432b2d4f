package nl.wijkatelier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
		assertThat(SpreadsheetCells.cell("=HYPERLINK(\"http://evil.example\",\"klik\")"))
				.isEqualTo("'=HYPERLINK(\"http://evil.example\",\"klik\")");
		assertThat(SpreadsheetCells.cell("+31 6 1234 abc")).isEqualTo("'+31 6 1234 abc");
		assertThat(SpreadsheetCells.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(SpreadsheetCells.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
		assertThat(SpreadsheetCells.cell("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(SpreadsheetCells.cell("\r=1+1")).isEqualTo("'\r=1+1");
	}

	@Test
	void numbersInNumericColumnsStayNumbers() {
		assertThat(SpreadsheetCells.cell("-12.5")).isEqualTo("-12.5");
		assertThat(SpreadsheetCells.cell("-1250,00")).isEqualTo("-1250,00");
		assertThat(SpreadsheetCells.cell("+3")).isEqualTo("+3");
		assertThat(SpreadsheetCells.cell(-12.5)).isEqualTo(-12.5);
		assertThat(SpreadsheetCells.cell(new BigDecimal("-7.25"))).isEqualTo(new BigDecimal("-7.25"));
		assertThat(SpreadsheetCells.cell(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void ordinaryTextIsLeftAlone() {
		assertThat(SpreadsheetCells.row("Rioolvervanging", "", "Gemeente Arnhem", "a=b", 3))
				.containsExactly("Rioolvervanging", "", "Gemeente Arnhem", "a=b", 3);
	}

	@Test
	void readingBackRemovesOnlyTheGuardingApostrophe() {
		assertThat(SpreadsheetCells.read("'=Riool")).isEqualTo("=Riool");
		assertThat(SpreadsheetCells.read("'s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
		assertThat(SpreadsheetCells.read(String.valueOf(SpreadsheetCells.cell("@pot")))).isEqualTo("@pot");
	}
}
