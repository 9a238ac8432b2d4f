package nl.wijkatelier.works;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UserId;

/** One owning party's place in a {@link CouplingProposal}: empty until one of its officers answers, then fixed. */
@Entity
@Table(name = "works_coupling_answer")
public class CouplingAnswer {

	@Id
	private UUID id;
	@Column(name = "party_id")
	private UUID partyId;
	@Enumerated(EnumType.STRING)
	private CouplingProposal.Decision decision;
	private String reason;
	@Column(name = "answered_by_user")
	private UUID answeredByUser;
	@Column(name = "answered_by")
	private String answeredBy;
	@Column(name = "answered_at")
	private Instant answeredAt;

	protected CouplingAnswer() {
	}

	CouplingAnswer(PartyId party) {
		this.id = UUID.randomUUID();
		this.partyId = party.value();
	}

	void record(CouplingProposal.Decision decision, String reason, UserId by, String byName, Instant at) {
		this.decision = decision;
		this.reason = reason;
		this.answeredByUser = by == null ? null : by.value();
		this.answeredBy = byName;
		this.answeredAt = at;
	}

	public boolean answered() {
		return decision != null;
	}

	public PartyId party() {
		return new PartyId(partyId);
	}

	public Optional<CouplingProposal.Decision> decision() {
		return Optional.ofNullable(decision);
	}

	public Optional<String> reason() {
		return Optional.ofNullable(reason);
	}

	/** The answering officer's name as it was when they answered. */
	public Optional<String> answeredBy() {
		return Optional.ofNullable(answeredBy);
	}

	public Optional<Instant> answeredAt() {
		return Optional.ofNullable(answeredAt);
	}
}
