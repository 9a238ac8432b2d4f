package nl.wijkatelier.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shows the error page for a request whose body must not be read again: one over the size limit or a
 * multipart body that cannot be parsed. The container's own error dispatch would let the page's machinery
 * (the language parameter, multipart resolution) parse that body once more and fail, leaving the bare
 * container page; this forwards to {@code /error} with the body and its parameters hidden instead.
 */
final class BodilessErrorPage {

	private BodilessErrorPage() {
	}

	/** This answer leaves before the security filters write their headers, so it writes the essential ones. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
			+ "'unsafe-inline'; style-src-elem 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static void secureHeaders(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
	}

	static void show(HttpServletRequest request, HttpServletResponse response, int status)
			throws ServletException, IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "dispatcherServlet");
		response.setStatus(status);
		HttpServletRequest bodiless = new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}

			@Override
			public String getContentType() {
				return null;
			}

			@Override
			public String getHeader(String name) {
				return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
			}

			@Override
			public int getContentLength() {
				return 0;
			}

			@Override
			public long getContentLengthLong() {
				return 0;
			}

			@Override
			public String getParameter(String name) {
				return null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Map.of();
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.emptyEnumeration();
			}

			@Override
			public String[] getParameterValues(String name) {
				return null;
			}

			@Override
			public ServletInputStream getInputStream() {
				ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
				return new ServletInputStream() {
					@Override
					public int read() {
						return empty.read();
					}

					@Override
					public boolean isFinished() {
						return true;
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setReadListener(ReadListener listener) {
						throw new UnsupportedOperationException();
					}
				};
			}
		};
		request.getRequestDispatcher("/error").forward(bodiless, response);
	}
}
