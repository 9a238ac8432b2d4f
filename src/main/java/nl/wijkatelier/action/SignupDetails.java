package nl.wijkatelier.action;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a household gives when it signs up or changes its sign-up, as typed (checked by {@link Actions}).
 *
 * @param quantities per field key of the template, a whole number ≥ 0
 */
public record SignupDetails(Map<String, Integer> quantities, Optional<String> name, Optional<String> email,
		Optional<String> postcode, Optional<String> houseNumber, boolean followUpConsent) {

	public SignupDetails {
		quantities = quantities == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
		name = blankToEmpty(name);
		email = blankToEmpty(email);
		postcode = blankToEmpty(postcode);
		houseNumber = blankToEmpty(houseNumber);
	}

	/**
	 * The details in one unambiguous text: quantities sorted by key, then each field length-prefixed (an absent
	 * field differs from any text). Two requests with the same canonical text ask for the same sign-up.
	 */
	public String canonical() {
		StringBuilder text = new StringBuilder();
		new java.util.TreeMap<>(quantities).forEach((k, v) -> field(text, k).append('=').append(v).append(';'));
		for (Optional<String> value : java.util.List.of(name, email, postcode, houseNumber)) {
			if (value.isEmpty()) {
				text.append("-|");
			}
			else {
				field(text, value.get()).append('|');
			}
		}
		return text.append(followUpConsent).toString();
	}

	private static StringBuilder field(StringBuilder text, String value) {
		return text.append(value.length()).append(':').append(value);
	}

	private static Optional<String> blankToEmpty(Optional<String> text) {
		return text == null ? Optional.empty() : text.map(String::trim).filter(s -> !s.isEmpty());
	}
}
