package nl.wijkatelier.works;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Import errors for a file that cannot be read at all, named in the person's terms (which line, what to check there)
 * and never with the reader library's own message, which names its classes and settings
 * ({@code StreamReadConstraints.getMaxNestingDepth()}, {@code org.apache.commons.csv.CSVException}).
 */
final class UnreadableFiles {

	/** How Commons CSV names the line in its messages: "(line 3)" or "(startline 3)". */
	private static final Pattern CSV_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

	private UnreadableFiles() {
	}

	/**
	 * JSON that stops being JSON, or that is nested deeper than the reader allows.
	 *
	 * @param feature the number of the feature being read (1-based), or 0 before the first one
	 */
	static ImportError json(JacksonException ex, int feature) {
		long line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
		long column = ex.getLocation() == null ? 0 : ex.getLocation().getColumnNr();
		if (ex instanceof StreamConstraintsException) {
			int depth = StreamReadConstraints.defaults().getMaxNestingDepth();
			return feature == 0 ? ImportError.file("", "tooDeepJson", line, depth)
					: ImportError.feature(feature, null, "", "tooDeepJson", line, depth);
		}
		return feature == 0 ? ImportError.file("", "malformedJson", line, column)
				: ImportError.feature(feature, null, "", "malformedJson", line, column);
	}

	/**
	 * A CSV file the reader gave up on: almost always a quote that is opened and not closed, or text right after a
	 * closing quote.
	 *
	 * @param lastReadLine the last line read without trouble; the trouble is on a later one when the message does
	 *        not say which
	 */
	static ImportError csv(Exception ex, long lastReadLine) {
		long line = csvLine(ex).orElse(lastReadLine + 1);
		return ImportError.line((int) line, null, "", "unreadableCsv", line);
	}

	private static Optional<Long> csvLine(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			Matcher m = CSV_LINE.matcher(String.valueOf(t.getMessage()));
			if (m.find()) {
				return Optional.of(Long.parseLong(m.group(1)));
			}
		}
		return Optional.empty();
	}
}
