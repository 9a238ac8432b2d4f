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

	@Override
	public String toString() {
		return value.toString();
	}
}
