package nl.wijkatelier.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import nl.wijkatelier.mail.MailProperties;

/**
 * Delivers queued e-mail in the background, every {@code poll-interval}, on every instance of the application.
 * <p>
 * A message is delivered by the instance that claims it: a conditional update sets its claim only while nobody
 * holds an unexpired one, which one database row can grant to one instance at a time (the second writer waits for
 * the first and then finds the condition false, on PostgreSQL and on H2 alike). The claim expires after
 * {@code claim-for}, so the message of an instance that died mid-delivery is retried by another. SMTP itself is
 * at-least-once: an instance that dies after the server accepted a message and before recording it sends it again
 * after the claim expires; nothing else sends a message twice.
 * <p>
 * A failed attempt is retried after {@link MailProperties#retryDelay} (doubling, capped); after {@code max-attempts}
 * the message is marked failed and kept with its last error.
 */
public class MailSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailSender.class);
	private static final String CLAIMABLE = "status = 'QUEUED' and next_attempt_at <= ? "
			+ "and (claimed_until is null or claimed_until < ?)";

	private final JdbcTemplate jdbc;
	private final Optional<MailChannel> channel;
	private final MailProperties properties;
	private final Clock clock;
	private final Counter sent;
	private final Counter failed;
	private final Counter failedAttempts;
	private ScheduledExecutorService executor;
	private Instant lastPurge = Instant.MIN;

	/**
	 * @param channel where messages go; empty when mail is caught, then this only deletes messages past their
	 *        retention
	 */
	public MailSender(JdbcTemplate jdbc, Optional<MailChannel> channel, MailProperties properties, Clock clock,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.channel = channel;
		this.properties = properties;
		this.clock = clock;
		this.sent = Counter.builder("wijkatelier.mail.sent").description("e-mail accepted by the mail server")
				.register(meters);
		this.failed = Counter.builder("wijkatelier.mail.failed")
				.description("e-mail given up after the last allowed attempt (kept, status FAILED)").register(meters);
		this.failedAttempts = Counter.builder("wijkatelier.mail.attempts.failed")
				.description("delivery attempts that failed and will be retried or give up").register(meters);
	}

	/**
	 * Claims and delivers every message that is due, one by one, until none is left or a batch is done.
	 *
	 * @return how many messages this call delivered
	 */
	public int deliverDue() {
		if (channel.isEmpty()) {
			return 0;
		}
		Instant now = clock.instant();
		List<UUID> due = jdbc.queryForList("select id from mail_message where " + CLAIMABLE
				+ " order by next_attempt_at, created_at limit ?", UUID.class, at(now), at(now), properties.batchSize());
		int delivered = 0;
		for (UUID id : due) {
			UUID claim = UUID.randomUUID();
			Instant claimedAt = clock.instant();
			int claimed = jdbc.update("update mail_message set claimed_until = ?, claim_id = ? where id = ? and "
					+ CLAIMABLE, at(claimedAt.plus(properties.claimFor())), claim, id, at(claimedAt), at(claimedAt));
			if (claimed == 1 && deliver(id, claim)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean deliver(UUID id, UUID claim) {
		Map<String, Object> mail = jdbc.queryForMap(
				"select recipient, subject, body, attempts from mail_message where id = ?", id);
		int attempts = ((Number) mail.get("attempts")).intValue() + 1;
		try {
			channel.orElseThrow().deliver((String) mail.get("recipient"), (String) mail.get("subject"),
					(String) mail.get("body"));
		}
		catch (Exception ex) {
			failed(id, claim, attempts, ex);
			return false;
		}
		jdbc.update("update mail_message set status = 'SENT', sent_at = ?, attempts = ?, last_error = null, "
				+ "claimed_until = null, claim_id = null where id = ? and claim_id = ?", at(clock.instant()), attempts,
				id, claim);
		sent.increment();
		return true;
	}

	private void failed(UUID id, UUID claim, int attempts, Exception ex) {
		String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		error = error.substring(0, Math.min(error.length(), 1000));
		boolean giveUp = attempts >= properties.maxAttempts();
		Instant next = clock.instant().plus(properties.retryDelay(attempts));
		jdbc.update("update mail_message set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
				+ "claimed_until = null, claim_id = null where id = ? and claim_id = ?", giveUp ? "FAILED" : "QUEUED",
				attempts, error, at(next), id, claim);
		failedAttempts.increment();
		if (giveUp) {
			failed.increment();
			log.error("e-mail {} not delivered after {} attempts, marked failed: {}", id, attempts, error);
		}
		else {
			log.warn("e-mail {} not delivered (attempt {}), next attempt at {}: {}", id, attempts, next, error);
		}
	}

	/** Deletes sent and caught messages queued longer than the retention ago; failed ones stay. */
	public int purge() {
		Instant cutoff = clock.instant().minus(properties.retention());
		return jdbc.update("delete from mail_message where status in ('SENT', 'CAUGHT') and created_at < ?",
				at(cutoff));
	}

	private void poll() {
		try {
			while (deliverDue() > 0 && running()) {
				// a full batch may leave more that is due; the next look would only wait for nothing
			}
			Instant now = clock.instant();
			if (lastPurge.isBefore(now.minusSeconds(3600))) {
				purge();
				lastPurge = now;
			}
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the messages stay queued and the next look tries again.
			log.warn("could not look at the e-mail outbox: {}", ex.getMessage());
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private synchronized boolean running() {
		return executor != null && !executor.isShutdown();
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "mail-sender");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService stopping;
		synchronized (this) {
			stopping = executor;
			executor = null;
		}
		if (stopping != null) {
			stopping.shutdown();
			try {
				if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
					stopping.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				stopping.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}
}
