package nl.wijkatelier.atelier.internal;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The points one participant gave one theme (a participant's points add up to the configured total). */
@Entity
@Table(name = "atelier_weight")
public class Weight {

	@Embeddable
	public record Key(@Column(name = "participant_id") UUID participantId,
			@Column(name = "theme_code") String themeCode) implements Serializable {
	}

	@EmbeddedId
	private Key key;
	@Column(name = "atelier_id")
	private UUID atelierId;
	private int points;

	protected Weight() {
	}

	public Weight(UUID participantId, String themeCode, UUID atelierId, int points) {
		this.key = new Key(participantId, themeCode);
		this.atelierId = atelierId;
		this.points = points;
	}

	public UUID participantId() {
		return key.participantId();
	}

	public String themeCode() {
		return key.themeCode();
	}

	public int points() {
		return points;
	}
}
