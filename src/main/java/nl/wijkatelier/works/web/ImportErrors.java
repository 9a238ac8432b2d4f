package nl.wijkatelier.works.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import nl.wijkatelier.works.ImportError;

/**
 * Import errors in the reader's language: one row per error with where, which task, which field and why. A flash
 * attribute, so Serializable: sessions live in the database.
 */
record ImportErrors(List<Map<String, Object>> rows) implements java.io.Serializable {

	static ImportErrors of(List<ImportError> errors, MessageSource messages, Locale locale) {
		return new ImportErrors(errors.stream().map(e -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("location", e.location());
			row.put("number", e.number());
			row.put("taskId", e.taskId());
			row.put("field", e.field());
			row.put("reason", messages.getMessage(e.messageKey(), e.arguments().toArray(), e.code(), locale));
			return row;
		}).toList());
	}
}
