package nl.wijkatelier.atelier;

import java.util.Objects;
import java.util.UUID;

public record ContributionId(UUID value) {
	public ContributionId {
		Objects.requireNonNull(value, "value");
	}

	public static ContributionId of(String text) {
		return new ContributionId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
