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
 * reached once; a later drop below it through cancellations is shown but does not un-reach it or let it fire again.
 * Only when the organiser voids sign-ups and the count without them is below it is it withdrawn (kept, with when
 * and why); a withdrawn threshold can be reached again by the sign-ups that still count.
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
	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;
	@Column(name = "withdrawn_reason")
	private String withdrawnReason;

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

	public Optional<Instant> withdrawnAt() {
		return Optional.ofNullable(withdrawnAt);
	}

	public Optional<String> withdrawnReason() {
		return Optional.ofNullable(withdrawnReason);
	}

	/** Reached and not withdrawn since. */
	public boolean reached() {
		return reachedAt != null && withdrawnAt == null;
	}

	/**
	 * Marks the threshold reached when {@code count} meets it for the first time, or again after a withdrawal;
	 * true only then.
	 */
	boolean reachIfMet(int count, Instant at) {
		if (reached() || count < households) {
			return false;
		}
		reachedAt = at;
		withdrawnAt = null;
		withdrawnReason = null;
		return true;
	}

	/** Withdraws a reached threshold that {@code count} no longer meets; true when it did so. */
	boolean withdrawIfUnmet(int count, String reason, Instant at) {
		if (!reached() || count >= households) {
			return false;
		}
		withdrawnAt = at;
		withdrawnReason = reason;
		return true;
	}
}
