package nl.wijkatelier.action.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps e-mail in memory instead of sending it (demo and tests), newest last, at most {@link #CAPACITY}
 * messages; the organiser page shows them.
 */
public class MailCatcher implements Outbox {

	public static final int CAPACITY = 2_000;

	public record Mail(String to, String subject, String body, Instant at) {
	}

	private final List<Mail> mails = new ArrayList<>();
	private final Clock clock;

	public MailCatcher(Clock clock) {
		this.clock = clock;
	}

	@Override
	public synchronized void send(String to, String subject, String body) {
		if (mails.size() >= CAPACITY) {
			mails.remove(0);
		}
		mails.add(new Mail(to, subject, body, clock.instant()));
	}

	public synchronized List<Mail> all() {
		return List.copyOf(mails);
	}

	public synchronized List<Mail> to(String recipient) {
		return mails.stream().filter(m -> m.to().equalsIgnoreCase(recipient)).toList();
	}
}
