package nl.wijkatelier.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an RFC 9457 problem straight to the response, for answers given by servlet filters before the MVC
 * machinery (and {@code ApiProblems}) is reached: security refusals, refused bodies.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
				+ ",\"detail\":\"" + json(detail) + "\"}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
