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

	/** Free text that is present (not blank) and passes {@link SafeText} with at most {@code maxLength} characters. */
	public Checks requiredText(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return add(field, "error.required");
		}
		return text(field, value, maxLength);
	}

	/** Free text that may be absent but, when given, passes {@link SafeText} with at most {@code maxLength} characters. */
	public Checks optionalText(String field, String value, int maxLength) {
		return text(field, value, maxLength);
	}

	/**
	 * The shared rule for free text ({@link SafeText}): at most {@code maxLength} characters, no markup, script
	 * addresses, hidden or reordering characters, broken Unicode or SQL-injection shapes. Null passes.
	 */
	public Checks text(String field, String value, int maxLength) {
		SafeText.problem(value, maxLength).ifPresent(problem -> violations.add(problem.at(field)));
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
		if (!SafeText.isSafe(value, 500)) {
			return text(field, value, 500);
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
