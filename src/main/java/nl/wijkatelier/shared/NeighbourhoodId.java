package nl.wijkatelier.shared;

import java.util.Objects;
import java.util.UUID;

public record NeighbourhoodId(UUID value) {
	public NeighbourhoodId {
		Objects.requireNonNull(value, "value");
	}

	public static NeighbourhoodId of(String text) {
		return new NeighbourhoodId(UUID.fromString(text));
	}

	/** Reads an id as a caller sent it; one that is no UUID is invalid input under {@code field}. */
	public static NeighbourhoodId parse(String text, String field) {
		try {
			return of(text == null ? "" : text.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "error.id.format", text == null ? "" : text);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
