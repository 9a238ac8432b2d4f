package nl.wijkatelier.action;

import java.util.Objects;
import java.util.UUID;

public record ActionId(UUID value) {
	public ActionId {
		Objects.requireNonNull(value, "value");
	}

	public static ActionId of(String text) {
		return new ActionId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
