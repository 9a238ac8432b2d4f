package nl.wijkatelier.planning;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why a portfolio cannot be planned at all: one task's fault.
 *
 * @param taskId the task at fault
 * @param field its property at fault, e.g. {@code dependsOn}
 * @param code the reason; the text is {@code planning.error.<code>} in the planning message bundle
 */
public record PlanInputError(String taskId, String field, String code, List<Object> arguments) {

	public PlanInputError {
		arguments = List.copyOf(arguments);
	}

	public static PlanInputError of(String taskId, String field, String code, Object... arguments) {
		return new PlanInputError(taskId, field, code, List.of(arguments));
	}

	public String messageKey() {
		return "planning.error." + code;
	}

	/** The reason in words from the planning bundle, outside Spring too (the command line). */
	public String reason(Locale locale) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle("messages/planning", locale);
			return new MessageFormat(bundle.getString(messageKey()), locale).format(arguments.toArray());
		}
		catch (MissingResourceException ex) {
			return code + " " + arguments;
		}
	}

	/** One line such as {@code task S-12, field dependsOn: ...}. */
	public String describe(Locale locale) {
		return "task " + taskId + ", field " + field + ": " + reason(locale);
	}
}
