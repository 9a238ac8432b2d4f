package nl.wijkatelier.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region code of Statistics Netherlands (CBS): a municipality {@code GMdddd}, a district (wijk)
 * {@code WKdddddd} or a neighbourhood (buurt) {@code BUdddddddd}. The digits nest: a wijk code starts with the
 * digits of its municipality, a buurt code with those of its wijk. The wijk and buurt parts after the
 * municipality's four digits may hold capitals too: CBS itself uses codes such as {@code WK0363AA} (Amsterdam).
 */
public record CbsCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("GM\\d{4}|WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4}");

	public enum Level { MUNICIPALITY, DISTRICT, NEIGHBOURHOOD }

	public CbsCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new InvalidInputException("code", "error.cbsCode.format", value);
		}
	}

	/** Reads a code as people type it: trimmed, any case; blank means no code. */
	public static Optional<CbsCode> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new CbsCode(text.trim().toUpperCase(Locale.ROOT)));
	}

	public Level level() {
		return switch (value.substring(0, 2)) {
			case "GM" -> Level.MUNICIPALITY;
			case "WK" -> Level.DISTRICT;
			default -> Level.NEIGHBOURHOOD;
		};
	}

	/** The municipality this code lies in ({@code GM} plus the first four digits); a GM code is its own. */
	public CbsCode municipality() {
		return new CbsCode("GM" + value.substring(2, 6));
	}

	/** The district a buurt lies in; empty for a municipality or a district. */
	public Optional<CbsCode> district() {
		return level() == Level.NEIGHBOURHOOD ? Optional.of(new CbsCode("WK" + value.substring(2, 8)))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}
}
