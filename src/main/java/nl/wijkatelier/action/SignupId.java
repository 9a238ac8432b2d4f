package nl.wijkatelier.action;

import java.util.Objects;
import java.util.UUID;

public record SignupId(UUID value) {
	public SignupId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
