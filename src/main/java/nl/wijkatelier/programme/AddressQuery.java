package nl.wijkatelier.programme;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkatelier.shared.Checks;

/**
 * A Dutch postcode and house number to look up, as the BAG writes them: postcode {@code 1234AB}, house number
 * 1 to 99999, then optionally a house letter and an addition ({@code 12}, {@code 12A}, {@code 12-1}, {@code 12 bis}).
 * Spaces and case in what was typed do not matter.
 *
 * @param postcode four digits (the first not 0) and two capitals, without space
 * @param number the house number, 1 to 99999
 * @param suffix house letter and addition run together in capitals without spaces or dashes ({@code A1} for
 *        {@code 12a-1}); empty when there is none
 */
public record AddressQuery(String postcode, int number, String suffix) {

	// SA, SD and SS are not issued (PostNL), so they are refused as typing errors.
	private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})");
	// A BAG house letter is one letter, an addition at most four letters or digits; separators as people type them.
	private static final Pattern HOUSE_NUMBER = Pattern.compile("([1-9][0-9]{0,4})[ -]?([A-Z0-9][A-Z0-9 -]{0,7})?");
	private static final int SUFFIX_MAX = 5;

	/** Reads the API's parameters {@code postcode} and {@code houseNumber}; see {@link #parse(String, String, String, String)}. */
	public static AddressQuery parse(String postcode, String houseNumber) {
		return parse(postcode, houseNumber, "postcode", "houseNumber");
	}

	/**
	 * Reads a typed postcode and house number.
	 *
	 * @param postcodeField the name of the postcode field in the caller's form, for the error
	 * @param houseNumberField the name of the house number field
	 * @throws nl.wijkatelier.shared.InvalidInputException naming each field that is missing or not in its format
	 */
	public static AddressQuery parse(String postcode, String houseNumber, String postcodeField, String houseNumberField) {
		Checks checks = new Checks();
		String code = normalise(postcode);
		String number = normalise(houseNumber);
		Matcher postcodeMatch = POSTCODE.matcher(code.replace(" ", ""));
		if (code.isEmpty()) {
			checks.add(postcodeField, "error.address.postcode.required");
		}
		else if (code.length() > 7 || !postcodeMatch.matches()) {
			checks.add(postcodeField, "error.address.postcode");
		}
		Matcher numberMatch = HOUSE_NUMBER.matcher(number);
		String suffix = "";
		if (number.isEmpty()) {
			checks.add(houseNumberField, "error.address.houseNumber.required");
		}
		else if (number.length() > 12 || !numberMatch.matches()) {
			checks.add(houseNumberField, "error.address.houseNumber");
		}
		else {
			suffix = compact(numberMatch.group(2));
			if (suffix.length() > SUFFIX_MAX) {
				checks.add(houseNumberField, "error.address.houseNumber");
			}
		}
		checks.throwIfAny();
		return new AddressQuery(postcodeMatch.group(1) + postcodeMatch.group(2), Integer.parseInt(numberMatch.group(1)),
				suffix);
	}

	/** The postcode as it is written on letters: {@code 1234 AB}. */
	public String displayPostcode() {
		return postcode.substring(0, 4) + " " + postcode.substring(4);
	}

	/** Whether an address with this house number, house letter and addition is the one asked for. */
	boolean matches(int houseNumber, String letter, String addition) {
		return houseNumber == number && compact(letter + addition).equals(suffix);
	}

	/** One text per address, for the cache. */
	String key() {
		return postcode + "|" + number + "|" + suffix;
	}

	private static String normalise(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

	private static String compact(String text) {
		return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}
}
