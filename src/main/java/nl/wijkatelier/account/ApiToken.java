package nl.wijkatelier.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.UserId;

/** A personal API token. Only the SHA-256 hash of the token is stored; the token is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	private UUID id;
	@Column(name = "user_id")
	private UUID userId;
	private String name;
	@Column(name = "token_hash")
	private String tokenHash;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(UserId user, String name, String tokenHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.userId = user.value();
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return id;
	}

	public UserId userId() {
		return new UserId(userId);
	}

	public String name() {
		return name;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant lastUsedAt() {
		return lastUsedAt;
	}

	void used(Instant at) {
		this.lastUsedAt = at;
	}
}
