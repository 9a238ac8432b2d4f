package nl.wijkatelier.atelier.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One participant's support for one contribution; the key makes a second support of the same pair impossible. */
@Entity
@Table(name = "atelier_support")
public class Support {

	@Embeddable
	public record Key(@Column(name = "contribution_id") UUID contributionId,
			@Column(name = "participant_id") UUID participantId) implements Serializable {
	}

	@EmbeddedId
	private Key key;
	@Column(name = "atelier_id")
	private UUID atelierId;
	@Column(name = "created_at")
	private Instant createdAt;

	protected Support() {
	}

	public Support(UUID contributionId, UUID participantId, UUID atelierId, Instant createdAt) {
		this.key = new Key(contributionId, participantId);
		this.atelierId = atelierId;
		this.createdAt = createdAt;
	}

	public UUID contributionId() {
		return key.contributionId();
	}

	public UUID participantId() {
		return key.participantId();
	}
}
