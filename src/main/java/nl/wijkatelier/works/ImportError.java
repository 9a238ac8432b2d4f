package nl.wijkatelier.works;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One reason a file cannot be imported.
 *
 * @param location {@code feature} (GeoJSON, {@code number} counts features from 1) or {@code line} (CSV, the
 *        file's line, the header being line 1); {@code file} for faults of the whole file ({@code number} 0)
 * @param taskId the task's (or pot's) id when it could be read, else empty
 * @param field the property at fault, e.g. {@code latestEnd}, or {@code geometry}
 * @param code the reason; the message text is {@code works.error.<code>} in the works message bundle
 * @param arguments the message arguments
 */
public record ImportError(String location, int number, String taskId, String field, String code,
		List<Object> arguments) {

	public ImportError {
		arguments = List.copyOf(arguments);
	}

	public static ImportError feature(int number, String taskId, String field, String code, Object... arguments) {
		return new ImportError("feature", number, taskId == null ? "" : taskId, field, code, List.of(arguments));
	}

	public static ImportError line(int number, String id, String field, String code, Object... arguments) {
		return new ImportError("line", number, id == null ? "" : id, field, code, List.of(arguments));
	}

	public static ImportError file(String field, String code, Object... arguments) {
		return new ImportError("file", 0, "", field, code, List.of(arguments));
	}

	public String messageKey() {
		return TaskValidation.messageKey(code);
	}

	/** The reason in words from the works message bundle, outside Spring (the command line). */
	public String reason(Locale locale) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle(code.startsWith("error.") ? "messages/common" : "messages/works",
					locale);
			return new MessageFormat(bundle.getString(messageKey()), locale).format(arguments.toArray());
		}
		catch (MissingResourceException ex) {
			return code + " " + arguments;
		}
	}

	/** One line such as {@code feature 3, task S-12, field latestEnd: ...}. */
	public String describe(Locale locale) {
		StringBuilder text = new StringBuilder(location);
		if (number > 0) {
			text.append(' ').append(number);
		}
		if (!taskId.isEmpty()) {
			text.append(", id ").append(taskId);
		}
		if (!field.isEmpty()) {
			text.append(", field ").append(field);
		}
		return text.append(": ").append(reason(locale)).toString();
	}
}
