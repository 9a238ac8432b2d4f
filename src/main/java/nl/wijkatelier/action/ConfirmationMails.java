package nl.wijkatelier.action;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.wijkatelier.mail.Mails;

/**
 * Mails a household the link that confirms its sign-up, queued in the sign-up's transaction through the outbox, so
 * it is sent if and only if the sign-up is stored. The link opens a page with a button: mail scanners that open
 * links do not confirm anything.
 */
@Component
class ConfirmationMails {

	private final Mails mails;
	private final MessageSource messages;
	private final ActionProperties properties;

	ConfirmationMails(Mails mails, MessageSource messages, ActionProperties properties) {
		this.mails = mails;
		this.messages = messages;
		this.properties = properties;
	}

	void queue(Action action, String email, String confirmToken, String manageToken) {
		Locale locale = LocaleContextHolder.getLocale();
		String confirm = properties.publicUrl() + "/actions/confirm/" + confirmToken;
		String manage = properties.publicUrl() + "/actions/manage/" + manageToken;
		mails.queue(email, messages.getMessage("mail.confirm.subject", new Object[] { action.title() }, locale),
				messages.getMessage("mail.confirm.body", new Object[] { action.title(), confirm, manage }, locale));
	}
}
