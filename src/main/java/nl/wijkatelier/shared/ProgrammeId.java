package nl.wijkatelier.shared;

import java.util.Objects;
import java.util.UUID;

public record ProgrammeId(UUID value) {
	public ProgrammeId {
		Objects.requireNonNull(value, "value");
	}

	public static ProgrammeId of(String text) {
		return new ProgrammeId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
