package nl.wijkatelier.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Input that breaks a domain rule. Each violation names the field to fix and a message-bundle key with its
 * arguments, so the web layer can answer people in their language and API clients with an RFC 9457 problem.
 */
public class InvalidInputException extends RuntimeException {

	public record Violation(String field, String messageKey, List<Object> arguments) {
		public Violation {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}
	}

	private final List<Violation> violations;

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		this(List.of(new Violation(field, messageKey, Arrays.stream(arguments)
				.map(a -> a == null ? "" : a).toList())));
	}

	public InvalidInputException(List<Violation> violations) {
		super(violations.stream().map(v -> v.field() + ": " + v.messageKey()).toList().toString());
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("an invalid input needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
