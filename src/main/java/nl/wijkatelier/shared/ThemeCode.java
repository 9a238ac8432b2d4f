package nl.wijkatelier.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of an integral theme, such as {@code GREENERY}. The nine default codes exist in every programme; a
 * programme may add its own, written in upper case letters, digits and underscores (2 to 40 characters).
 */
public record ThemeCode(String value) implements Comparable<ThemeCode> {

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public static final ThemeCode ENERGY = new ThemeCode("ENERGY");
	public static final ThemeCode GREENERY = new ThemeCode("GREENERY");
	public static final ThemeCode BIODIVERSITY = new ThemeCode("BIODIVERSITY");
	public static final ThemeCode CLIMATE_ADAPTATION = new ThemeCode("CLIMATE_ADAPTATION");
	public static final ThemeCode SOCIAL_COHESION = new ThemeCode("SOCIAL_COHESION");
	public static final ThemeCode EMPLOYMENT = new ThemeCode("EMPLOYMENT");
	public static final ThemeCode INFRASTRUCTURE = new ThemeCode("INFRASTRUCTURE");
	public static final ThemeCode SAFETY = new ThemeCode("SAFETY");
	public static final ThemeCode HEALTH = new ThemeCode("HEALTH");

	/** The default themes in the order PRODUCT.md and the seed report name them. */
	public static final List<ThemeCode> DEFAULTS = List.of(ENERGY, GREENERY, BIODIVERSITY, CLIMATE_ADAPTATION,
			SOCIAL_COHESION, EMPLOYMENT, INFRASTRUCTURE, SAFETY, HEALTH);

	public ThemeCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new InvalidInputException("code", "error.themeCode.format", value);
		}
	}

	/** Reads a code as people type it: trimmed, any case. */
	public static ThemeCode parse(String text) {
		return new ThemeCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
	}

	@Override
	public int compareTo(ThemeCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
