package nl.wijkatelier.knowledge.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One person's flag on a tip, with their reason; open until a programme admin reviews the tip. */
@Entity
@Table(name = "knowledge_tip_flag")
public class TipFlag {

	/** A person flags a tip once: {@code flagger} is {@code user:<id>} or {@code address:<HMAC>}. */
	@Embeddable
	public record Key(@Column(name = "tip_id") UUID tipId, @Column(name = "flagger") String flagger)
			implements Serializable {
	}

	@EmbeddedId
	private Key key;
	private String reason;
	@Column(name = "flagged_at")
	private Instant flaggedAt;
	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	protected TipFlag() {
	}

	public TipFlag(UUID tip, String flagger, String reason, Instant flaggedAt) {
		this.key = new Key(tip, flagger);
		this.reason = reason;
		this.flaggedAt = flaggedAt;
	}

	public UUID tipId() {
		return key.tipId();
	}

	public String reason() {
		return reason;
	}

	public Instant flaggedAt() {
		return flaggedAt;
	}

	public Optional<Instant> reviewedAt() {
		return Optional.ofNullable(reviewedAt);
	}

	public void reviewed(Instant at) {
		this.reviewedAt = at;
	}
}
