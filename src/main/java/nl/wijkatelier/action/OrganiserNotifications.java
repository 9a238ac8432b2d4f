package nl.wijkatelier.action;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.Outbox;

/** Tells an action's organiser by e-mail when a threshold is reached, after the sign-up that reached it is stored. */
@Component
class OrganiserNotifications {

	private final ActionRepository actions;
	private final Outbox outbox;
	private final MessageSource messages;
	private final ActionProperties properties;

	OrganiserNotifications(ActionRepository actions, Outbox outbox, MessageSource messages,
			ActionProperties properties) {
		this.actions = actions;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ThresholdReached event) {
		actions.findById(event.action().value()).flatMap(Action::organiserEmail).ifPresent(email -> {
			Locale dutch = Locale.forLanguageTag("nl");
			String link = properties.publicUrl() + "/actions/" + event.action() + "/organise";
			outbox.send(email,
					messages.getMessage("mail.threshold.subject", new Object[] { event.households(), event.label() }, dutch),
					messages.getMessage("mail.threshold.body", new Object[] { event.households(), event.label(), link }, dutch));
		});
	}
}
