package nl.wijkatelier.account.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.UserId;

/** A requested password reset: the hash of its one-time link, valid until {@code expiresAt} and usable once. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

	@Id
	private UUID id;
	@Column(name = "user_id")
	private UUID userId;
	@Column(name = "token_hash")
	private String tokenHash;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "expires_at")
	private Instant expiresAt;
	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordReset() {
	}

	public PasswordReset(UserId user, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = user.value();
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public UUID id() {
		return id;
	}

	public UserId userId() {
		return new UserId(userId);
	}

	/** Usable at {@code now}: not used, and {@code now} before the expiry (exclusive). */
	public boolean usableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	public void use(Instant at) {
		this.usedAt = at;
	}
}
