package nl.wijkatelier.programme;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UserId;

/**
 * A person's role in the programme: facilitator of a neighbourhood, officer (member) of a party, or resident
 * of a neighbourhood. Exactly the id the role needs is set.
 */
@Entity
@Table(name = "membership")
public class Membership {

	public enum Role { FACILITATOR, OFFICER, RESIDENT }

	@Id
	private UUID id;
	@Column(name = "user_id")
	private UUID userId;
	@Enumerated(EnumType.STRING)
	private Role role;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	@Column(name = "party_id")
	private UUID partyId;
	@Column(name = "created_at")
	private Instant createdAt;

	protected Membership() {
	}

	Membership(UserId user, Role role, NeighbourhoodId neighbourhood, PartyId party, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.userId = user.value();
		this.role = role;
		this.neighbourhoodId = neighbourhood == null ? null : neighbourhood.value();
		this.partyId = party == null ? null : party.value();
		this.createdAt = createdAt;
	}

	public UUID id() {
		return id;
	}

	public UserId userId() {
		return new UserId(userId);
	}

	public Role role() {
		return role;
	}

	public Optional<NeighbourhoodId> neighbourhoodId() {
		return Optional.ofNullable(neighbourhoodId).map(NeighbourhoodId::new);
	}

	public Optional<PartyId> partyId() {
		return Optional.ofNullable(partyId).map(PartyId::new);
	}
}
