package nl.wijkatelier.account.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes a person's data export as indented JSON. */
@Component
class JsonExport {

	private final JsonMapper json;

	JsonExport(JsonMapper json) {
		this.json = json;
	}

	String write(Map<String, Object> data) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(data);
	}
}
