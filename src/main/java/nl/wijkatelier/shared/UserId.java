package nl.wijkatelier.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Serializable because the logged-in principal that holds it is kept in the HTTP session (in the database). */
public record UserId(UUID value) implements Serializable {
	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId of(String text) {
		return new UserId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
