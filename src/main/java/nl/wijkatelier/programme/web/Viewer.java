package nl.wijkatelier.programme.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;

/** Puts the logged-in person (if any) on every page as {@code me}, for the navigation and role-bound forms. */
@ControllerAdvice
class Viewer {

	private final CurrentUsers currentUsers;

	Viewer(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return currentUsers.current().orElse(null);
	}
}
