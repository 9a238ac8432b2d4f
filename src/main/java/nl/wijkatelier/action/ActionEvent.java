package nl.wijkatelier.action;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something that happened to an action, kept in its public log. A threshold is recorded under a unique
 * {@code (action, kind, once_key)}, so the database itself refuses a second firing.
 */
@Entity
@Table(name = "action_event")
public class ActionEvent {

	public enum Kind {
		CREATED, THRESHOLD_REACHED, NETWORK_INVITED, PERSONAL_DATA_REMOVED, SIGNUPS_VOIDED, THRESHOLD_WITHDRAWN
	}

	@Id
	private UUID id;
	@Column(name = "action_id")
	private UUID actionId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private int households;
	private String label;
	private Instant at;
	@Column(name = "once_key")
	private String onceKey;

	protected ActionEvent() {
	}

	ActionEvent(ActionId action, Kind kind, int households, String label, String onceKey, Instant at) {
		this.id = UUID.randomUUID();
		this.actionId = action.value();
		this.kind = kind;
		this.households = households;
		this.label = label;
		this.onceKey = onceKey;
		this.at = at;
	}

	static ActionEvent thresholdReached(ActionId action, Threshold threshold, Instant at) {
		return new ActionEvent(action, Kind.THRESHOLD_REACHED, threshold.households(), threshold.label(),
				"threshold-" + threshold.households(), at);
	}

	/** A threshold reached again after a withdrawal: its own once key, as the first reaching holds the plain one. */
	static ActionEvent thresholdReachedAgain(ActionId action, Threshold threshold, Instant at) {
		return new ActionEvent(action, Kind.THRESHOLD_REACHED, threshold.households(), threshold.label(),
				"threshold-" + threshold.households() + "-again-" + UUID.randomUUID(), at);
	}

	static ActionEvent once(ActionId action, Kind kind, int households, String label, Instant at) {
		return new ActionEvent(action, kind, households, label, UUID.randomUUID().toString(), at);
	}

	public Kind kind() {
		return kind;
	}

	/** Households counted when it happened (for a threshold: the threshold's number). */
	public int households() {
		return households;
	}

	public Optional<String> label() {
		return Optional.ofNullable(label);
	}

	public Instant at() {
		return at;
	}
}
