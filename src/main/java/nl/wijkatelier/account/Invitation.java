package nl.wijkatelier.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UserId;

/** An invitation by link to take a role. It can be accepted once, before it expires. */
@Entity
@Table(name = "invitation")
public class Invitation {

	@Id
	private UUID id;
	@Column(name = "token_hash")
	private String tokenHash;
	private String email;
	@Enumerated(EnumType.STRING)
	private Membership.Role role;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	@Column(name = "party_id")
	private UUID partyId;
	@Column(name = "invited_by")
	private UUID invitedBy;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "expires_at")
	private Instant expiresAt;
	@Column(name = "accepted_at")
	private Instant acceptedAt;

	protected Invitation() {
	}

	Invitation(String tokenHash, String email, Membership.Role role, NeighbourhoodId neighbourhood, PartyId party,
			UserId invitedBy, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.email = email;
		this.role = role;
		this.neighbourhoodId = neighbourhood == null ? null : neighbourhood.value();
		this.partyId = party == null ? null : party.value();
		this.invitedBy = invitedBy.value();
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public Membership.Role role() {
		return role;
	}

	public Optional<NeighbourhoodId> neighbourhoodId() {
		return Optional.ofNullable(neighbourhoodId).map(NeighbourhoodId::new);
	}

	public Optional<PartyId> partyId() {
		return Optional.ofNullable(partyId).map(PartyId::new);
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	/**
	 * Whether the invitation went to this address (compared without regard to case): only the account with the
	 * invited address may accept it, so a link that reaches someone else gives them nothing.
	 */
	public boolean isFor(String email) {
		return email != null && this.email.trim().equalsIgnoreCase(email.trim());
	}

	public boolean acceptedOrExpired(Instant now) {
		return acceptedAt != null || !expiresAt.isAfter(now);
	}

	void accept(Instant at) {
		this.acceptedAt = at;
	}
}
