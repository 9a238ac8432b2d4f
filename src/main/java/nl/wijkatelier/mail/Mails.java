package nl.wijkatelier.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import nl.wijkatelier.mail.internal.MailMessage;
import nl.wijkatelier.mail.internal.MailMessageRepository;

/**
 * The outbox every module sends e-mail through. A message is queued in the caller's transaction, so it exists if
 * and only if the change that caused it was stored; the background sender delivers it afterwards.
 */
@Service
@Transactional(readOnly = true)
public class Mails {

	static final int SUBJECT_MAX = 500;
	static final int BODY_MAX = 20_000;

	private final MailMessageRepository messages;
	private final MailProperties properties;
	private final Clock clock;
	private final Counter queued;

	Mails(MailMessageRepository messages, MailProperties properties, MeterRegistry meters, Optional<Clock> clock) {
		this.messages = messages;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
		this.queued = Counter.builder("wijkatelier.mail.queued").description("e-mail queued in the outbox")
				.register(meters);
	}

	/**
	 * Queues a plain-text e-mail in the current transaction (there must be one): it is delivered after that
	 * transaction commits, and never when it rolls back. With the catcher on it is kept as caught instead.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, String subject, String body) {
		if (to == null || to.isBlank() || to.length() > 254) {
			throw new IllegalArgumentException("an e-mail needs one recipient address of at most 254 characters");
		}
		messages.save(new MailMessage(to.trim(), cut(subject, SUBJECT_MAX), cut(body, BODY_MAX),
				properties.catcher() ? MailStatus.CAUGHT : MailStatus.QUEUED, clock.instant()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				queued.increment();
			}
		});
	}

	/** An absolute link into the application for an e-mail, from a path starting with a slash. */
	public String link(String path) {
		return properties.publicUrl() + path;
	}

	/** Whether e-mail is caught (kept, shown in the demo) rather than sent. */
	public boolean catching() {
		return properties.catcher();
	}

	/** Every message to an address, oldest first. */
	public List<QueuedMail> to(String recipient) {
		return messages.findByRecipientIgnoreCaseOrderByCreatedAtAsc(recipient).stream().map(MailMessage::view)
				.toList();
	}

	/** Deletes every message to an address, also one not yet sent (the person's account or data is going). */
	@Transactional
	public long forget(String recipient) {
		return messages.deleteByRecipientIgnoreCase(recipient);
	}

	/** The 50 newest messages whose text contains {@code text} (a link), newest first. */
	public List<QueuedMail> mentioning(String text) {
		return messages.findTop50ByBodyContainingOrderByCreatedAtDesc(text).stream().map(MailMessage::view).toList();
	}

	private static String cut(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() <= max ? value : value.substring(0, max);
	}
}
