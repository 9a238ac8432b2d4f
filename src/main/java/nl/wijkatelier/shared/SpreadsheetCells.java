package nl.wijkatelier.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells for every CSV the platform writes, so that a spreadsheet shows text as text and never runs it as a formula
 * (CSV injection). A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading apostrophe, which spreadsheets hide and read as "this is text".
 *
 * <p>The column's type decides: numbers ({@link Number} values, and text that is nothing but a plain decimal number
 * such as {@code -12.5}, {@code -1250,00} or {@code +3}, as amounts are written) stay as they are, so numeric columns
 * still add up; every other value is text and is guarded. Dates, booleans and enum names never start with one of the
 * characters, so they pass unchanged.
 */
public final class SpreadsheetCells {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

	private SpreadsheetCells() {
	}

	/** The value as a spreadsheet should get it: numbers as they are, text that could be a formula with an apostrophe. */
	public static Object cell(Object value) {
		if (!(value instanceof CharSequence text)) {
			return value;
		}
		String s = text.toString();
		if (s.isEmpty() || !startsLikeAFormula(s) || PLAIN_NUMBER.matcher(s).matches()) {
			return s;
		}
		return "'" + s;
	}

	/** A whole record, cell by cell. */
	public static List<Object> row(Object... values) {
		return Arrays.stream(values).map(SpreadsheetCells::cell).toList();
	}

	/** A whole record, cell by cell. */
	public static List<Object> row(List<?> values) {
		return values.stream().map(SpreadsheetCells::cell).toList();
	}

	/**
	 * A cell read back from a CSV the platform wrote (or a spreadsheet saved): the guarding apostrophe removed again, so
	 * exporting and importing pots keeps {@code =Riool} as {@code =Riool}.
	 */
	public static String read(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))) {
			return cell.substring(1);
		}
		return cell;
	}

	private static boolean startsLikeAFormula(String s) {
		char first = s.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
