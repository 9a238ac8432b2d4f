package nl.wijkatelier.shared;

import java.util.Locale;
import java.util.Optional;

/** The kinds of party that take part in a neighbourhood; the codes are used across the API and files. */
public enum PartyType {
	RESIDENT, MUNICIPALITY, HOUSING_CORPORATION, ENERGY_COMPANY, GRID_OPERATOR, WATER_BOARD, ENTREPRENEUR,
	WELFARE_HEALTH, OTHER;

	/**
	 * Reads a code as a caller sent it (any case); blank means none. An unknown code is invalid input under
	 * {@code field}.
	 */
	public static Optional<PartyType> parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "error.partyType.unknown", text);
		}
	}

	/** Message-bundle key of the type's name, e.g. {@code partyType.RESIDENT}. */
	public String messageKey() {
		return "partyType." + name();
	}
}
