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
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ProgrammeId;

/**
 * A party that takes part: a resident group, the municipality, a housing corporation and so on. A party
 * without a neighbourhood works across the programme (a municipality running several neighbourhoods).
 */
@Entity
@Table(name = "party")
public class Party {

	@Id
	private UUID id;
	@Column(name = "programme_id")
	private UUID programmeId;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	private String name;
	@Enumerated(EnumType.STRING)
	private PartyType type;
	private String website;
	private boolean example;
	@Column(name = "created_at")
	private Instant createdAt;

	protected Party() {
	}

	Party(ProgrammeId programme, NeighbourhoodId neighbourhood, String name, PartyType type, String website,
			boolean example, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.programmeId = programme.value();
		this.neighbourhoodId = neighbourhood == null ? null : neighbourhood.value();
		this.name = name;
		this.type = type;
		this.website = website;
		this.example = example;
		this.createdAt = createdAt;
	}

	public PartyId id() {
		return new PartyId(id);
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	public Optional<NeighbourhoodId> neighbourhoodId() {
		return Optional.ofNullable(neighbourhoodId).map(NeighbourhoodId::new);
	}

	public String name() {
		return name;
	}

	public PartyType type() {
		return type;
	}

	public String website() {
		return website;
	}

	public boolean example() {
		return example;
	}
}
