package nl.wijkatelier.atelier;

import java.util.Objects;
import java.util.UUID;

public record ParticipantId(UUID value) {
	public ParticipantId {
		Objects.requireNonNull(value, "value");
	}

	public static ParticipantId of(String text) {
		return new ParticipantId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
