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
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserId;

/**
 * A person's role in the programme: facilitator of a neighbourhood, officer (member) of a party, resident
 * of a neighbourhood, or admin of a programme. Exactly the id the role needs is set.
 */
@Entity
@Table(name = "membership")
public class Membership {

	/** PROGRAMME_ADMIN manages one programme: its description, neighbourhoods and themes. */
	public enum Role { FACILITATOR, OFFICER, RESIDENT, PROGRAMME_ADMIN }

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
	@Column(name = "programme_id")
	private UUID programmeId;
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

	static Membership programmeAdmin(UserId user, ProgrammeId programme, Instant createdAt) {
		Membership membership = new Membership(user, Role.PROGRAMME_ADMIN, null, null, createdAt);
		membership.programmeId = programme.value();
		return membership;
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

	/** The programme a programme admin manages; empty for the other roles. */
	public Optional<ProgrammeId> programmeId() {
		return Optional.ofNullable(programmeId).map(ProgrammeId::new);
	}
}
