package nl.wijkatelier.platform;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses request bodies before anything reads them: compressed bodies (no importer accepts compression,
 * so a zip or gzip bomb is never expanded) with 415, and bodies over {@link RequestLimits} with 413, also
 * when the client streams the body without announcing its length. API callers get an RFC 9457 problem,
 * people the error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyGuard extends OncePerRequestFilter {

	private final RequestLimits limits;
	private final MessageSource messages;

	RequestBodyGuard(RequestLimits limits, MessageSource messages) {
		this.limits = limits;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String encoding = request.getHeader("Content-Encoding");
		if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
			refuse(request, response, 415, "problem.compressed");
			return;
		}
		long length = request.getContentLengthLong();
		boolean form = request.getContentType() != null
				&& request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
		long max = form ? limits.maxForm().toBytes() : limits.maxBody().toBytes();
		if (length > max) {
			refuse(request, response, 413, "problem.tooLarge");
			return;
		}
		chain.doFilter(length < 0 ? new Limited(request, max) : request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException, ServletException {
		BodilessErrorPage.secureHeaders(response);
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			BodilessErrorPage.show(request, response, status);
			return;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		String title = messages.getMessage(key + ".title", null, locale);
		String detail = messages.getMessage(key + ".detail",
				new Object[] { limits.maxBody().toMegabytes() }, locale);
		ProblemResponses.write(response, status, title, detail);
	}

	/** A body of unannounced length that stops with 413 once it passes the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long max;
		private ServletInputStream stream;

		Limited(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), max);
			}
			return stream;
		}
	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;
		private final long max;
		private long read;

		CountingStream(ServletInputStream in, long max) {
			this.in = in;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > max) {
				throw new MaxUploadSizeExceededException(max);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
