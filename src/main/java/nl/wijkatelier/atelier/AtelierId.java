package nl.wijkatelier.atelier;

import java.util.Objects;
import java.util.UUID;

public record AtelierId(UUID value) {
	public AtelierId {
		Objects.requireNonNull(value, "value");
	}

	public static AtelierId of(String text) {
		return new AtelierId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
