package nl.wijkatelier.mail;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An e-mail in the outbox as a reader sees it. */
public record QueuedMail(UUID id, String to, String subject, String body, MailStatus status, int attempts,
		Instant at, Optional<Instant> sentAt, Optional<String> lastError) {
}
