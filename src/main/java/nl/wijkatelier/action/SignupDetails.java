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

	private static Optional<String> blankToEmpty(Optional<String> text) {
		return text == null ? Optional.empty() : text.map(String::trim).filter(s -> !s.isEmpty());
	}
}
