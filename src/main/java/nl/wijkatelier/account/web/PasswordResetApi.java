package nl.wijkatelier.account.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.wijkatelier.account.PasswordResets;

/** Asking for a password reset link over the API; the link itself leads to a web page. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Personal API tokens, your own account, invitations")
class PasswordResetApi {

	record ResetRequest(String email) {
	}

	record ResetAccepted(String status, String detail) {
	}

	private final PasswordResets resets;
	private final MessageSource messages;

	PasswordResetApi(PasswordResets resets, MessageSource messages) {
		this.resets = resets;
		this.messages = messages;
	}

	@PostMapping("/password-resets")
	@Operation(summary = "Mail a one-time link to choose a new password (202 for every valid address, with or without an account)")
	ResponseEntity<ResetAccepted> request(@RequestBody(required = false) ResetRequest body, Locale locale) {
		resets.request(body == null ? null : body.email());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(new ResetAccepted("accepted", messages.getMessage("passwordReset.requested", null, locale)));
	}
}
