package nl.wijkatelier.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;


/** Counts failed logins per account, to lock it after too many in a row, and clears the count on success. */
@Component
class LoginAttempts {

	private final Accounts directory;

	LoginAttempts(Accounts directory) {
		this.directory = directory;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		directory.loginFailed(String.valueOf(event.getAuthentication().getName()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		directory.loginSucceeded(event.getAuthentication().getName());
	}
}
