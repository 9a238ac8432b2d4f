package nl.wijkatelier.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.UserId;

/**
 * An identity at an OpenID provider (issuer and subject) that logs in as an account. The subject is the provider's
 * stable id for the person; the e-mail address is kept only as it was when the link was made.
 */
@Entity
@Table(name = "account_oidc_link")
public class OidcLink {

	@Id
	private UUID id;
	private String issuer;
	private String subject;
	@Column(name = "user_id")
	private UUID userId;
	private String email;
	@Column(name = "linked_at")
	private Instant linkedAt;
	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	protected OidcLink() {
	}

	OidcLink(String issuer, String subject, UserId user, String email, Instant at) {
		this.id = UUID.randomUUID();
		this.issuer = issuer;
		this.subject = subject;
		this.userId = user.value();
		this.email = email;
		this.linkedAt = at;
		this.lastLoginAt = at;
	}

	public String issuer() {
		return issuer;
	}

	public String subject() {
		return subject;
	}

	public UserId userId() {
		return new UserId(userId);
	}

	public String email() {
		return email;
	}

	public Instant linkedAt() {
		return linkedAt;
	}

	public Instant lastLoginAt() {
		return lastLoginAt;
	}

	void loggedIn(Instant at) {
		this.lastLoginAt = at;
	}
}
