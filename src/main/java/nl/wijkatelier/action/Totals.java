package nl.wijkatelier.action;

import java.util.LinkedHashMap;
import java.util.Map;

/** Per quantity field key, the sum over an action's active sign-ups (each ≥ 0, in the field's unit). */
public record Totals(Map<String, Long> byField) {

	public Totals {
		byField = Map.copyOf(byField);
	}

	/** The total of one field; 0 when nobody contributed to it. */
	public long of(String key) {
		return byField.getOrDefault(key, 0L);
	}

	public static Totals empty(ActionTemplate template) {
		Map<String, Long> zero = new LinkedHashMap<>();
		template.fields().forEach(f -> zero.put(f.key(), 0L));
		return new Totals(zero);
	}
}
