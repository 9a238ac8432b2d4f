package nl.wijkatelier.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.wijkatelier.mail.Mails;

/**
 * The account module's e-mails (invitations, password resets), queued in the caller's transaction. The recipient's
 * language is not known, so each says everything in Dutch first and then in English, from the message bundles.
 */
@Component
class AccountMails {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
	private static final Locale DUTCH = Locale.forLanguageTag("nl");
	private static final Locale ENGLISH = Locale.ENGLISH;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

	private final Mails mails;
	private final MessageSource messages;

	AccountMails(Mails mails, MessageSource messages) {
		this.mails = mails;
		this.messages = messages;
	}

	/** The invitation with its link, the role, where, who invited and until when the link works. */
	void invitation(Invitation invitation, String token, String inviter, String where) {
		String link = mails.link("/invitations/" + token);
		String until = WHEN.format(invitation.expiresAt().atZone(ZONE));
		String roleKey = "role." + invitation.role().name();
		queue(invitation.email(), "mail.invitation.subject", "mail.invitation.body",
				locale -> new Object[] { inviter, messages.getMessage(roleKey, null, locale), where, until, link });
	}

	/** The one-time link to choose a new password, and until when it works. */
	void passwordReset(String email, String token, Instant expiresAt) {
		String link = mails.link("/password-reset/" + token);
		String until = WHEN.format(expiresAt.atZone(ZONE));
		queue(email, "mail.passwordReset.subject", "mail.passwordReset.body",
				locale -> new Object[] { email, until, link });
	}

	private interface Arguments {
		Object[] in(Locale locale);
	}

	private void queue(String to, String subjectKey, String bodyKey, Arguments arguments) {
		String subject = messages.getMessage(subjectKey, arguments.in(DUTCH), DUTCH) + " | "
				+ messages.getMessage(subjectKey, arguments.in(ENGLISH), ENGLISH);
		String body = messages.getMessage(bodyKey, arguments.in(DUTCH), DUTCH) + "\n\n----- English -----\n\n"
				+ messages.getMessage(bodyKey, arguments.in(ENGLISH), ENGLISH);
		mails.queue(to, subject, body);
	}
}
