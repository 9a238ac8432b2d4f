package nl.wijkatelier.action;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.mail.Mails;

/**
 * Tells an action's organiser by e-mail when a threshold is reached: the notice is queued in the transaction of the
 * sign-up that reached it (the event is published inside it), so it is sent if and only if that sign-up is stored.
 */
@Component
class OrganiserNotifications {

	private final ActionRepository actions;
	private final Mails mails;
	private final MessageSource messages;
	private final ActionProperties properties;

	OrganiserNotifications(ActionRepository actions, Mails mails, MessageSource messages,
			ActionProperties properties) {
		this.actions = actions;
		this.mails = mails;
		this.messages = messages;
		this.properties = properties;
	}

	@EventListener
	void on(ThresholdReached event) {
		actions.findById(event.action().value()).flatMap(Action::organiserEmail).ifPresent(email -> {
			Locale dutch = Locale.forLanguageTag("nl");
			String link = properties.publicUrl() + "/actions/" + event.action() + "/organise";
			mails.queue(email,
					messages.getMessage("mail.threshold.subject", new Object[] { event.households(), event.label() }, dutch),
					messages.getMessage("mail.threshold.body", new Object[] { event.households(), event.label(), link }, dutch));
		});
	}
}
