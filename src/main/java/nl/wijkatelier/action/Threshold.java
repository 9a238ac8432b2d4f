package nl.wijkatelier.action;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A number of households at which something unlocks (a collective offer, a discount tier, a street party). It is
 * reached once; a later drop below it is shown but does not un-reach it or let it fire again.
 */
@Entity
@Table(name = "action_threshold")
public class Threshold {

	@Id
	private UUID id;
	@Column(name = "action_id")
	private UUID actionId;
	private int households;
	private String label;
	@Column(name = "reached_at")
	private Instant reachedAt;

	protected Threshold() {
	}

	Threshold(ActionId action, int households, String label) {
		this.id = UUID.randomUUID();
		this.actionId = action.value();
		this.households = households;
		this.label = label;
	}

	public int households() {
		return households;
	}

	public String label() {
		return label;
	}

	public Optional<Instant> reachedAt() {
		return Optional.ofNullable(reachedAt);
	}

	/** Marks the threshold reached when {@code count} meets it for the first time; true only that once. */
	boolean reachIfMet(int count, Instant at) {
		if (reachedAt != null || count < households) {
			return false;
		}
		reachedAt = at;
		return true;
	}
}
