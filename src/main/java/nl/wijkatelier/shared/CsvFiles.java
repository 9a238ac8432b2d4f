package nl.wijkatelier.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * The shape of every CSV file people download: UTF-8 with a byte-order mark, so Excel reads ĳ, é and € as they are
 * instead of guessing an old code page, and a comma between cells or, on request, a semicolon, which Excel with Dutch
 * settings expects (there the comma is the decimal sign) and so opens the file in columns. Cells go through
 * {@link SpreadsheetCells} so that nothing is taken for a formula.
 */
public final class CsvFiles {

	/** U+FEFF at the start of a UTF-8 file: how Excel knows the file is UTF-8. */
	public static final char BYTE_ORDER_MARK = '\uFEFF';

	/** The request parameter that picks the separator, with the values {@code comma} (default) and {@code semicolon}. */
	public static final String SEPARATOR_PARAMETER = "separator";

	/** The words for the OpenAPI description of the separator parameter. */
	public static final String SEPARATOR_DESCRIPTION = "The cell separator: comma (default) or semicolon, which Excel"
			+ " with Dutch settings opens in columns. Either way the file is UTF-8 with a byte-order mark.";

	/** Between two cells of a row. */
	public enum Separator {
		COMMA(','), SEMICOLON(';');

		private final char character;

		Separator(char character) {
			this.character = character;
		}

		public char character() {
			return character;
		}

		/**
		 * The separator a request asks for: none is a comma; {@code comma}/{@code semicolon} in any case, or the
		 * character itself. Anything else is refused, naming the parameter.
		 */
		public static Separator of(Optional<String> requested) {
			if (requested.isEmpty() || requested.get().isBlank()) {
				return COMMA;
			}
			return switch (requested.get().trim().toLowerCase(Locale.ROOT)) {
				case "comma", "," -> COMMA;
				case "semicolon", ";" -> SEMICOLON;
				default -> throw new InvalidInputException(SEPARATOR_PARAMETER, "error.csv.separator");
			};
		}
	}

	/** A decimal number as the platform writes it, with a point. */
	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+");

	private CsvFiles() {
	}

	/**
	 * A row as it goes into a file with this separator: each cell guarded by {@link SpreadsheetCells}, and with the
	 * semicolon (the Dutch setting, where the comma is the decimal sign) decimal numbers written with a comma, so
	 * Excel reads {@code 12,5} as twelve and a half rather than as a date or a thousands group.
	 */
	public static List<Object> row(Separator separator, List<?> values) {
		return values.stream().map(v -> cell(separator, v)).toList();
	}

	/** {@link #row(Separator, List)} for values given one by one. */
	public static List<Object> row(Separator separator, Object... values) {
		return row(separator, List.of(values));
	}

	private static Object cell(Separator separator, Object value) {
		Object cell = SpreadsheetCells.cell(value);
		if (separator != Separator.SEMICOLON) {
			return cell;
		}
		if (cell instanceof Double || cell instanceof Float || cell instanceof BigDecimal) {
			String text = cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
			return DECIMAL.matcher(text).matches() ? text.replace('.', ',') : cell;
		}
		if (cell instanceof String text && DECIMAL.matcher(text).matches()) {
			return text.replace('.', ',');
		}
		return cell;
	}

	/** The format of a downloaded file with this header and separator (records end in CRLF, as RFC 4180 has it). */
	public static CSVFormat format(Separator separator, String... header) {
		return CSVFormat.DEFAULT.builder().setDelimiter(separator.character()).setHeader(header).get();
	}

	/** A UTF-8 writer on {@code out} that has already written the byte-order mark. */
	public static Writer writer(OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		return writer;
	}

	/** The text without a leading byte-order mark, as a file saved by Excel (or downloaded here) starts. */
	public static String withoutByteOrderMark(String text) {
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	/**
	 * The separator of a file read back, from its first line: a semicolon when that line has semicolons and no comma
	 * (a header such as {@code pot;owner;...} as Excel with Dutch settings saves it), otherwise a comma.
	 */
	public static Separator separatorOf(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? Separator.SEMICOLON : Separator.COMMA;
	}
}
