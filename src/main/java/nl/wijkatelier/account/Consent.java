package nl.wijkatelier.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.UserId;

/** Consent a person gave: for what, in which exact words, and when. */
@Entity
@Table(name = "consent")
public class Consent {

	@Id
	private UUID id;
	@Column(name = "user_id")
	private UUID userId;
	private String purpose;
	private String wording;
	@Column(name = "given_at")
	private Instant givenAt;

	protected Consent() {
	}

	Consent(UserId user, String purpose, String wording, Instant givenAt) {
		this.id = UUID.randomUUID();
		this.userId = user.value();
		this.purpose = purpose;
		this.wording = wording;
		this.givenAt = givenAt;
	}

	public String purpose() {
		return purpose;
	}

	public String wording() {
		return wording;
	}

	public Instant givenAt() {
		return givenAt;
	}
}
