package nl.wijkatelier.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.UnprocessableException;

/**
 * Domain errors as RFC 9457 problem details for API clients. Invalid input lists every field to fix under
 * {@code errors}, each with {@code field} and a {@code message} in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = new ArrayList<>();
		for (InvalidInputException.Violation violation : ex.violations()) {
			errors.add(Map.of("field", violation.field(), "message",
					messages.getMessage(violation.messageKey(), violation.arguments().toArray(), violation.messageKey(),
							locale)));
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
		problem.setDetail(errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
				.reduce((a, b) -> a + "; " + b).orElse(""));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle(messages.getMessage("problem.notFound.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage("problem.notFound.detail", new Object[] { ex.kind() },
				LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle(messages.getMessage("problem.conflict.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale()));
		return problem;
	}

	/** Over a rate limit: 429 with {@code Retry-After} in whole seconds. */
	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
		problem.setTitle(messages.getMessage("problem.rateLimited.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage(ex.messageKey(), new Object[] { ex.retryAfterSeconds() },
				ex.messageKey(), LocaleContextHolder.getLocale()));
		problem.setProperty("retryAfterSeconds", ex.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
				.body(problem);
	}

	/** Well-formed but not processable as sent (a used Idempotency-Key with another body): 422, saying only why. */
	@ExceptionHandler(UnprocessableException.class)
	ProblemDetail unprocessable(UnprocessableException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(messages.getMessage("problem.unprocessable.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage(ex.messageKey(), null, ex.messageKey(), LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("problem.invalid.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage("problem.unreadable.detail", null, LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("problem.invalid.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage("problem.parameter.detail", new Object[] { ex.getName() },
				LocaleContextHolder.getLocale()));
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", problem.getDetail())));
		return problem;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail notValid(MethodArgumentNotValidException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
				.map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, locale))).toList();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
		problem.setDetail(errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
				.reduce((a, b) -> a + "; " + b).orElse(""));
		problem.setProperty("errors", errors);
		return problem;
	}
}
