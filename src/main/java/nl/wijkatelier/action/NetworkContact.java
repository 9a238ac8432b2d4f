package nl.wijkatelier.action;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.Tokens;

/**
 * A resident who opted in to hear about the next action in their neighbourhood. Kept after the action's own
 * personal data is removed (that is what the opt-in was for), until they withdraw.
 */
@Entity
@Table(name = "action_network_contact")
public class NetworkContact {

	@Id
	private UUID id;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	private String email;
	@Column(name = "signup_id")
	private UUID signupId;
	@Column(name = "source_action_id")
	private UUID sourceActionId;
	@Column(name = "leave_token")
	private String leaveToken;
	@Column(name = "joined_at")
	private Instant joinedAt;
	@Column(name = "left_at")
	private Instant leftAt;

	protected NetworkContact() {
	}

	NetworkContact(UUID neighbourhoodId, String email, SignupId signup, ActionId source, Instant at) {
		this.id = UUID.randomUUID();
		this.neighbourhoodId = neighbourhoodId;
		this.email = email;
		this.signupId = signup.value();
		this.sourceActionId = source.value();
		this.leaveToken = Tokens.newToken("wal_");
		this.joinedAt = at;
	}

	void rejoin(SignupId signup, ActionId source, Instant at) {
		if (leftAt != null) {
			joinedAt = at;
			leftAt = null;
		}
		signupId = signup.value();
		sourceActionId = source.value();
	}

	void leave(Instant at) {
		if (leftAt == null) {
			leftAt = at;
		}
	}

	/**
	 * Forgets the address (the contact can no longer be reached) and ends the membership; the dates stay, so the
	 * network's growth over past months reads the same.
	 */
	void forget(Instant at) {
		leave(at);
		email = "removed-" + id;
	}

	public String email() {
		return email;
	}

	/** The token of the leave link sent with every invitation. */
	String leaveToken() {
		return leaveToken;
	}

	public UUID neighbourhoodId() {
		return neighbourhoodId;
	}

	public Instant joinedAt() {
		return joinedAt;
	}

	public Optional<Instant> leftAt() {
		return Optional.ofNullable(leftAt);
	}

	public boolean member() {
		return leftAt == null;
	}

	Optional<UUID> signupId() {
		return Optional.ofNullable(signupId);
	}
}
