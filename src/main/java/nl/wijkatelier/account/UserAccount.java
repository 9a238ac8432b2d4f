package nl.wijkatelier.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.UserId;

/**
 * A person who logs in. The password is kept only as a hash. An account is never locked as a whole: failed logins
 * are limited per client address and account ({@link LoginThrottle}), so nobody can lock the owner out everywhere.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	private UUID id;
	private String email;
	@Column(name = "display_name")
	private String displayName;
	@Column(name = "password_hash")
	private String passwordHash;
	private boolean admin;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "sessions_valid_after")
	private Instant sessionsValidAfter;

	protected UserAccount() {
	}

	UserAccount(String email, String displayName, String passwordHash, boolean admin, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.admin = admin;
		this.createdAt = createdAt;
	}

	public UserId id() {
		return new UserId(id);
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public boolean admin() {
		return admin;
	}

	public Instant createdAt() {
		return createdAt;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** Web sessions logged in before this moment no longer count (empty: every session counts). */
	Optional<Instant> sessionsValidAfter() {
		return Optional.ofNullable(sessionsValidAfter);
	}

	/** Ends every web session logged in before {@code at}; API tokens are not affected. */
	void endSessionsBefore(Instant at) {
		this.sessionsValidAfter = at;
	}

	void makeAdmin() {
		this.admin = true;
	}
}
