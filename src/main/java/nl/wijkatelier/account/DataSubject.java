package nl.wijkatelier.account;

import java.util.Locale;

import nl.wijkatelier.shared.UserId;

/**
 * The person a GDPR export or erasure is about: their account and the e-mail address by which other modules may
 * know them without an account (a household's sign-up, a network opt-in).
 *
 * @param email lower case
 */
public record DataSubject(UserId user, String email) {

	public DataSubject {
		email = email.trim().toLowerCase(Locale.ROOT);
	}
}
