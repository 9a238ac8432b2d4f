package nl.wijkatelier.platform;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import nl.wijkatelier.shared.InvalidInputException;

/**
 * Turns invalid input into sentences per form field for a page: {@code errors.field} gives the message to show
 * beside the field, {@code errors.all} the list for the summary at the top of the form. Serializable because it
 * travels to the page after a redirect as a flash attribute, in the HTTP session kept in the database.
 */
public record FormErrors(Map<String, String> byField) implements Serializable {

	public static FormErrors none() {
		return new FormErrors(Map.of());
	}

	public static FormErrors of(InvalidInputException ex, MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (InvalidInputException.Violation v : ex.violations()) {
			String text = messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale);
			byField.merge(v.field(), text, (a, b) -> a + " " + b);
		}
		return new FormErrors(Map.copyOf(byField));
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.getOrDefault(field, "");
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public List<Map.Entry<String, String>> all() {
		return List.copyOf(byField.entrySet());
	}
}
