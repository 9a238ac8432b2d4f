package nl.wijkatelier.atelier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An own answer as typed: the texts may be blank, the weights are points per theme code (null for a value that
 * was not a whole number).
 */
public record OwnAnswerDraft(String integral, Map<String, Integer> weights, String opportunities,
		String challenges, String approach, boolean shared) {

	public OwnAnswerDraft {
		weights = weights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
	}
}
