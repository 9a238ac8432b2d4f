package nl.wijkatelier.programme.web;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;

/**
 * Puts the logged-in person (if any) on every page as {@code me}, for role-bound forms; the layout reads it as
 * {@code @viewer.me()}, which works on error pages too.
 */
@ControllerAdvice
@Component("viewer")
public class Viewer {

	private final CurrentUsers currentUsers;

	Viewer(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("me")
	public CurrentUser me() {
		return currentUsers.current().orElse(null);
	}
}
