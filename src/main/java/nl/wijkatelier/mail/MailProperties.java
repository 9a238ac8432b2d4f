package nl.wijkatelier.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the e-mail outbox under {@code wijkatelier.mail} (defaults in application.yml).
 *
 * @param from the sender address of every e-mail
 * @param catcher true: e-mail is kept in the outbox as caught and shown on the organiser page (demo and tests),
 *        never sent; false: delivered through the mail server configured under {@code spring.mail.*}
 * @param publicUrl the address people reach the application at, for links in e-mails (no trailing slash)
 * @param pollInterval how long the sender waits between looks at the outbox (5 s: mail goes out within seconds)
 * @param batchSize at most this many messages are claimed per look
 * @param firstRetry the wait after the first failed attempt; each further failure doubles it
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts attempts before a message is marked failed; 20 with 30 s doubling up to 1 h keeps trying
 *        for about 14 hours, long enough to ride out a mail server down overnight
 * @param claimFor how long a claimed message is reserved for the instance that claimed it; far longer than a
 *        delivery can take (the SMTP time-outs in application.yml are 10 s and 30 s), so only the claim of an
 *        instance that died expires and another instance then retries the message
 * @param retention sent and caught messages are deleted this long after they were queued (they hold e-mail
 *        addresses); failed ones stay until someone deletes them
 */
@ConfigurationProperties("wijkatelier.mail")
public record MailProperties(String from, boolean catcher, String publicUrl, Duration pollInterval, Integer batchSize,
		Duration firstRetry, Duration maxRetryDelay, Integer maxAttempts, Duration claimFor, Duration retention) {

	public MailProperties {
		from = from == null || from.isBlank() ? "noreply@wijkatelier.nl" : from;
		publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
		pollInterval = positive(pollInterval, Duration.ofSeconds(5), "poll-interval");
		batchSize = batchSize == null ? 50 : batchSize;
		firstRetry = positive(firstRetry, Duration.ofSeconds(30), "first-retry");
		maxRetryDelay = positive(maxRetryDelay, Duration.ofHours(1), "max-retry-delay");
		maxAttempts = maxAttempts == null ? 20 : maxAttempts;
		claimFor = positive(claimFor, Duration.ofMinutes(5), "claim-for");
		retention = positive(retention, Duration.ofDays(30), "retention");
		if (batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("wijkatelier.mail.batch-size and max-attempts must be 1 or more");
		}
	}

	private static Duration positive(Duration value, Duration fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("wijkatelier.mail." + name + " must be positive");
		}
		return value;
	}

	/** The wait before the next attempt after {@code failures} failed ones (1 or more): doubling, capped. */
	public Duration retryDelay(int failures) {
		Duration delay = firstRetry;
		for (int i = 1; i < failures && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
	}
}
