package nl.wijkatelier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

	@Test
	void aDownloadIsUtf8WithAByteOrderMarkAndItsSeparator() throws Exception {
		for (CsvFiles.Separator separator : CsvFiles.Separator.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Writer writer = CsvFiles.writer(out);
			try (CSVPrinter csv = new CSVPrinter(writer, CsvFiles.format(separator, "naam", "bedrag"))) {
				csv.printRecord(CsvFiles.row(separator, "Ĳsselstein €", "12.50"));
			}
			byte[] bytes = out.toByteArray();
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String expected = separator == CsvFiles.Separator.COMMA
					? "\uFEFFnaam,bedrag\r\nĲsselstein €,12.50\r\n"
					: "\uFEFFnaam;bedrag\r\nĲsselstein €;12,50\r\n";
			assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
		}
	}

	@Test
	void neutralisesFormulasWhateverTheSeparator() {
		for (CsvFiles.Separator separator : CsvFiles.Separator.values()) {
			assertThat(CsvFiles.row(separator, "=HYPERLINK(\"https://evil.example\")", "+31 6", "-x", "@SUM(A1)",
					"\tTab", "\rCR", "gewoon")).containsExactly("'=HYPERLINK(\"https://evil.example\")", "'+31 6", "'-x",
							"'@SUM(A1)", "'\tTab", "'\rCR", "gewoon");
		}
	}

	@Test
	void writesDecimalCommasOnlyForTheSemicolon() {
		LocalDate day = LocalDate.of(2027, 3, 1);
		assertThat(CsvFiles.row(CsvFiles.Separator.SEMICOLON, 12.5, new BigDecimal("1250.00"), "-3.25", 7, day, "v1.2"))
				.containsExactly("12,5", "1250,00", "-3,25", 7, day, "v1.2");
		assertThat(CsvFiles.row(CsvFiles.Separator.COMMA, 12.5, "-3.25", 7)).containsExactly(12.5, "-3.25", 7);
	}

	@Test
	void readsTheSeparatorFromTheRequestAndRefusesOthers() {
		assertThat(CsvFiles.Separator.of(Optional.empty())).isEqualTo(CsvFiles.Separator.COMMA);
		assertThat(CsvFiles.Separator.of(Optional.of("semicolon"))).isEqualTo(CsvFiles.Separator.SEMICOLON);
		assertThat(CsvFiles.Separator.of(Optional.of(";"))).isEqualTo(CsvFiles.Separator.SEMICOLON);
		assertThat(CsvFiles.Separator.of(Optional.of("Comma"))).isEqualTo(CsvFiles.Separator.COMMA);
		assertThatThrownBy(() -> CsvFiles.Separator.of(Optional.of("tab"))).isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).violations()).singleElement()
						.satisfies(v -> assertThat(v.field()).isEqualTo("separator")));
	}

	@Test
	void findsTheSeparatorOfAFileReadBack() {
		assertThat(CsvFiles.separatorOf("pot;owner;year\nA;B;2027")).isEqualTo(CsvFiles.Separator.SEMICOLON);
		assertThat(CsvFiles.separatorOf("pot,owner,themes\nA,B,GREENERY;ENERGY")).isEqualTo(CsvFiles.Separator.COMMA);
		assertThat(CsvFiles.withoutByteOrderMark("\uFEFFpot")).isEqualTo("pot");
		assertThat(List.of(CsvFiles.withoutByteOrderMark(""), CsvFiles.withoutByteOrderMark("x"))).containsExactly("", "x");
	}
}
