package nl.wijkatelier.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkatelier.account.PasswordResets;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NotFoundException;

/** "Wachtwoord vergeten?": asking for a reset link, and the page behind the link to choose a new password. */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;
	private final MessageSource messages;

	PasswordResetPages(PasswordResets resets, MessageSource messages) {
		this.resets = resets;
		this.messages = messages;
	}

	@GetMapping("/password-reset")
	String form(Model model) {
		model.addAttribute("errors", FormErrors.none());
		return "account/password-reset";
	}

	/** Answers the same for every valid address, with or without an account. */
	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String email, Model model, Locale locale) {
		try {
			resets.request(email);
			model.addAttribute("requested", true);
			model.addAttribute("errors", FormErrors.none());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			model.addAttribute("email", email);
		}
		return "account/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String link(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!resets.usable(token)) {
			return gone(response);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", FormErrors.none());
		return "account/password-reset-link";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			resets.reset(token, password);
			return "redirect:/login?passwordReset";
		}
		catch (NotFoundException ex) {
			return gone(response);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("token", token);
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			return "account/password-reset-link";
		}
	}

	/** An unknown, used or expired link: a page that says so and offers a new one, with 410 Gone. */
	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "account/password-reset-gone";
	}
}
