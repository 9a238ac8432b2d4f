package nl.wijkatelier.atelier;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.PartyType;

/**
 * Someone who joined an atelier with its code, without an account. Only a hash of their token is kept. The
 * name is optional; an anonymous participant's name is never shown in the report.
 */
@Entity
@Table(name = "atelier_participant")
public class Participant {

	@Id
	private UUID id;
	@Column(name = "atelier_id")
	private UUID atelierId;
	@Column(name = "display_name")
	private String displayName;
	@Enumerated(EnumType.STRING)
	@Column(name = "party_type")
	private PartyType partyType;
	private boolean anonymous;
	@Column(name = "token_hash")
	private String tokenHash;
	@Column(name = "votes_used")
	private int votesUsed;
	@Column(name = "joined_at")
	private Instant joinedAt;
	@Version
	private long version;

	protected Participant() {
	}

	Participant(AtelierId atelier, String displayName, PartyType partyType, boolean anonymous, String tokenHash,
			Instant joinedAt) {
		this.id = UUID.randomUUID();
		this.atelierId = atelier.value();
		this.displayName = displayName;
		this.partyType = partyType;
		this.anonymous = anonymous;
		this.tokenHash = tokenHash;
		this.joinedAt = joinedAt;
	}

	/** When they joined with the code (for participation over time). */
	public Instant joinedAt() {
		return joinedAt;
	}

	public ParticipantId id() {
		return new ParticipantId(id);
	}

	public AtelierId atelierId() {
		return new AtelierId(atelierId);
	}

	public Optional<String> displayName() {
		return Optional.ofNullable(displayName);
	}

	public PartyType partyType() {
		return partyType;
	}

	public boolean anonymous() {
		return anonymous;
	}

	public int votesUsed() {
		return votesUsed;
	}

	/** The name to show others: empty when anonymous or not given. */
	public Optional<String> publicName() {
		return anonymous ? Optional.empty() : displayName();
	}

	/** Drops the name; the party type stays, so the joint picture's figures per role read the same. */
	void forgetName() {
		displayName = null;
	}

	void useVote(int limit) {
		if (votesUsed >= limit) {
			throw new ConflictException("error.support.noVotesLeft", limit);
		}
		votesUsed++;
	}
}
