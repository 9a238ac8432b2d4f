package nl.wijkatelier.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the violations of one command before anything is stored, so a caller hears every field to fix
 * at once. {@link #throwIfAny()} ends the check.
 */
public final class Checks {

	private final List<InvalidInputException.Violation> violations = new ArrayList<>();

	public Checks add(String field, String messageKey, Object... arguments) {
		violations.add(new InvalidInputException.Violation(field, messageKey, List.of(arguments)));
		return this;
	}

	/** Text that is present (not blank) and at most {@code maxLength} characters long. */
	public Checks requiredText(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return add(field, "error.required");
		}
		return optionalText(field, value, maxLength);
	}

	/** Text that may be absent but, when given, is at most {@code maxLength} characters long. */
	public Checks optionalText(String field, String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			add(field, "error.tooLong", maxLength);
		}
		return this;
	}

	/** An absolute http(s) address of at most 500 characters, when given. */
	public Checks optionalWebAddress(String field, String value) {
		if (value == null || value.isBlank()) {
			return this;
		}
		if (value.length() > 500) {
			return add(field, "error.tooLong", 500);
		}
		try {
			URI uri = URI.create(value.trim());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				add(field, "error.webAddress");
			}
		}
		catch (IllegalArgumentException ex) {
			add(field, "error.webAddress");
		}
		return this;
	}

	public boolean isEmpty() {
		return violations.isEmpty();
	}

	public void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
