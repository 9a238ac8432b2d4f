package nl.wijkatelier.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for free text that people type into Wijkatelier (titles, names, descriptions, contributions,
 * tips, task and pot properties in imports): plain text of at most a field's length, nothing a browser could
 * take for markup or a script address, and nothing invisible that could hide or reorder what readers see.
 * {@link Checks#requiredText}, {@link Checks#optionalText} and {@link Checks#text} apply it, so every module's
 * validation point uses the same rule; importers that report their own errors call {@link #problem}.
 * <p>
 * Rejected (each with its own message key under {@code error.text.*}, arguments in brackets):
 * <ul>
 * <li>{@code error.tooLong} [max]: more than {@code maxLength} UTF-16 characters;</li>
 * <li>{@code error.text.markup}: {@code <} directly followed by a letter, {@code /}, {@code !} or {@code ?}
 * (what an HTML parser would read as a tag, end tag, comment or processing instruction); a lone {@code <}
 * as in "minder dan &lt; 5" is fine;</li>
 * <li>{@code error.text.scriptAddress}: a {@code javascript:} or {@code vbscript:} address, or a
 * {@code data:} address with a media type ({@code data:text/html,...}), also with tabs or line breaks
 * inside the scheme, which browsers ignore;</li>
 * <li>{@code error.text.control} [position]: control characters other than tab, line feed and carriage
 * return (so NUL, escape, C1 controls);</li>
 * <li>{@code error.text.bidi} [position]: the bidirectional embedding, override and isolate characters
 * (U+202A-U+202E, U+2066-U+2069) that make text display in another order than it is stored;</li>
 * <li>{@code error.text.invisible} [position]: zero-width space, word joiner and invisible operators,
 * byte-order mark, line and paragraph separators; zero-width joiner and non-joiner stay allowed because
 * emoji sequences and some scripts need them;</li>
 * <li>{@code error.text.encoding} [position]: unpaired surrogates and Unicode non-characters (U+FDD0-U+FDEF
 * and every code point ending in FFFE or FFFF);</li>
 * </ul>
 * Text that merely looks like SQL ({@code ' OR '1'='1}, {@code ; DROP TABLE}, {@code UNION SELECT}) is ordinary text
 * here: every query in Wijkatelier is parameterised (Spring Data JPA and bound JDBC parameters), so no text can change
 * a query, and refusing such shapes would refuse ordinary writing ("auto's -- en fietsen", "; update volgt") while
 * protecting nothing. What this rule keeps out is what could mislead or attack a reader when the text is shown; and
 * whatever passes is still escaped on every output (Thymeleaf's {@code th:text}, Jackson for JSON, the PDF
 * templates, {@link SpreadsheetCells} for CSV). Ordinary Dutch passes: apostrophes ("auto's", "zo'n", "'s avonds"),
 * "--" in prose, "data: 12 mei", a lone "&lt;", accents, ĳ and emoji (see SafeTextTest).
 */
public final class SafeText {

	/** Why a text is refused: a message-bundle key and its arguments. */
	public record Problem(String messageKey, List<Object> arguments) {
		public Problem {
			arguments = List.copyOf(arguments);
		}

		public InvalidInputException.Violation at(String field) {
			return new InvalidInputException.Violation(field, messageKey, arguments);
		}
	}

	private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");
	private static final Pattern SCRIPT_ADDRESS = Pattern.compile(
			"(?i)(?:\\b(?:java|vb)script:|\\bdata:(?:[a-z]+/[a-z0-9.+-]+)?[;,])");

	private SafeText() {
	}

	/** The first reason {@code value} is not acceptable free text of at most {@code maxLength} characters; empty when it is (or when it is null). */
	public static Optional<Problem> problem(String value, int maxLength) {
		if (value == null) {
			return Optional.empty();
		}
		if (value.length() > maxLength) {
			return Optional.of(new Problem("error.tooLong", List.of(maxLength)));
		}
		Optional<Problem> character = characters(value);
		if (character.isPresent()) {
			return character;
		}
		if (value.indexOf('<') >= 0 && MARKUP.matcher(value).find()) {
			return Optional.of(new Problem("error.text.markup", List.of()));
		}
		if (value.indexOf(':') >= 0 && SCRIPT_ADDRESS.matcher(value.replaceAll("[\\t\\r\\n]", "")).find()) {
			return Optional.of(new Problem("error.text.scriptAddress", List.of()));
		}
		return Optional.empty();
	}

	/**
	 * True for the name of an uploaded file that is a plain name: safe text of at most 255 characters without
	 * folders ({@code /}, {@code \}) or {@code ..}. Uploaded files are read, never stored under their own name;
	 * a name like {@code ../../etc/passwd} still says the sender is up to something, so it is refused.
	 */
	public static boolean isPlainFileName(String name) {
		return name != null && !name.isBlank() && isSafe(name, 255) && name.indexOf('/') < 0 && name.indexOf('\\') < 0
				&& !name.contains("..");
	}

	/** True when {@code value} is acceptable free text of at most {@code maxLength} characters. */
	public static boolean isSafe(String value, int maxLength) {
		return problem(value, maxLength).isEmpty();
	}

	private static Optional<Problem> characters(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			int position = i + 1;
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
					if ((codePoint & 0xFFFE) == 0xFFFE) {
						return Optional.of(new Problem("error.text.encoding", List.of(position)));
					}
					i++;
					continue;
				}
				return Optional.of(new Problem("error.text.encoding", List.of(position)));
			}
			if (Character.isLowSurrogate(c) || (c >= '\uFDD0' && c <= '\uFDEF') || c == '\uFFFE' || c == '\uFFFF') {
				return Optional.of(new Problem("error.text.encoding", List.of(position)));
			}
			if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
				return Optional.of(new Problem("error.text.control", List.of(position)));
			}
			if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
				return Optional.of(new Problem("error.text.bidi", List.of(position)));
			}
			if (c == '\u200B' || (c >= '\u2060' && c <= '\u2064') || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
					|| c == '\u180E') {
				return Optional.of(new Problem("error.text.invisible", List.of(position)));
			}
		}
		return Optional.empty();
	}
}
