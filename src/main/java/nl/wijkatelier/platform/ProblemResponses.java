package nl.wijkatelier.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to the response, for answers given by servlet filters before the MVC
 * machinery (and {@code ApiProblems}) is reached: security refusals, refused bodies. Jackson writes the JSON, so any
 * title or detail (quotes, control characters, line breaks, unpaired surrogates) comes out as valid, escaped JSON.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(body(status, title, detail));
	}

	/** The problem as JSON text: type {@code about:blank}, the title, the status and the detail, in that order. */
	static String body(int status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		return JSON.writeValueAsString(problem);
	}
}
