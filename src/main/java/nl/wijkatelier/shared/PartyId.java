package nl.wijkatelier.shared;

import java.util.Objects;
import java.util.UUID;

public record PartyId(UUID value) {
	public PartyId {
		Objects.requireNonNull(value, "value");
	}

	public static PartyId of(String text) {
		return new PartyId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
