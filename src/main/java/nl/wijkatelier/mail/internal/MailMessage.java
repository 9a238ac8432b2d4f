package nl.wijkatelier.mail.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.mail.MailStatus;
import nl.wijkatelier.mail.QueuedMail;

/**
 * One e-mail in the outbox. Written through JPA when queued; the sender changes it with conditional SQL updates
 * ({@link MailSender}), so its claim, attempts and status are never changed through this entity.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

	@Id
	private UUID id;
	private String recipient;
	private String subject;
	private String body;
	@Enumerated(EnumType.STRING)
	private MailStatus status;
	private int attempts;
	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;
	@Column(name = "claimed_until")
	private Instant claimedUntil;
	@Column(name = "claim_id")
	private UUID claimId;
	@Column(name = "last_error")
	private String lastError;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "sent_at")
	private Instant sentAt;

	protected MailMessage() {
	}

	public MailMessage(String recipient, String subject, String body, MailStatus status, Instant at) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.status = status;
		this.nextAttemptAt = at;
		this.createdAt = at;
	}

	public QueuedMail view() {
		return new QueuedMail(id, recipient, subject, body, status, attempts, createdAt, Optional.ofNullable(sentAt),
				Optional.ofNullable(lastError));
	}
}
