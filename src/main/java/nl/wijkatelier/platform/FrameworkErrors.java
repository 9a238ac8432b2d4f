package nl.wijkatelier.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The framework's own errors (unsupported method or media type, missing parameter, upload too large, no such
 * resource): RFC 9457 problem details for {@code /api}, and for pages the error page in the person's language
 * instead of a JSON document. Replaces Spring Boot's problem-details handler, which answers pages with JSON.
 */
@ControllerAdvice
@Order(0)
class FrameworkErrors extends ResponseEntityExceptionHandler {

	/** A multipart body that cannot be read (a broken boundary, a NUL in a file name): the client's fault. */
	@ExceptionHandler({ MultipartException.class, InvalidFileNameException.class })
	ResponseEntity<Object> unreadableMultipart(Exception ex, WebRequest request) throws Exception {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && !isApi(servlet.getRequest())) {
			BodilessErrorPage.show(servlet.getRequest(), servlet.getResponse(), HttpStatus.BAD_REQUEST.value());
			return null;
		}
		ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		body.setTitle(getMessageSource() == null ? "Bad Request"
				: getMessageSource().getMessage("problem.invalid.title", null, "Bad Request", LocaleContextHolder.getLocale()));
		body.setDetail(getMessageSource() == null ? null
				: getMessageSource().getMessage("problem.multipart.detail", null, null, LocaleContextHolder.getLocale()));
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && !isApi(servlet.getRequest())
				&& !servlet.getResponse().isCommitted()) {
			HttpServletResponse response = servlet.getResponse();
			headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			try {
				response.sendError(statusCode.value());
			}
			catch (IOException io) {
				throw new UncheckedIOException(io);
			}
			return null;
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
