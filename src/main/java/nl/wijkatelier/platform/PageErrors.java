package nl.wijkatelier.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.NotFoundException;

/**
 * Domain errors on web pages: a page in the person's language that says what happened, never a stack trace.
 * Invalid form input is handled by each form's controller, which shows the form again with its errors.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(ConflictException ex, Model model) {
		model.addAttribute("status", 409);
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error";
	}
}
