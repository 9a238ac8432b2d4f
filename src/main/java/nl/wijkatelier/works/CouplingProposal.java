package nl.wijkatelier.works;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UserId;

/**
 * A werk-met-werk agreement: a package of coupled tasks that an officer of one owner proposes and every owning
 * party answers once. {@code PROPOSED} is the only open status; all owners accepting makes it {@code AGREED}
 * (the planner then keeps the tasks together until it is {@code WITHDRAWN}); one decline ends it as
 * {@code DECLINED}; one request for a change ends it as {@code CHANGE_REQUESTED}, after which an officer proposes
 * the changed package anew. An open or agreed proposal can be withdrawn, with a reason.
 */
@Entity
@Table(name = "works_coupling_proposal")
public class CouplingProposal {

	public enum Status {
		PROPOSED, AGREED, DECLINED, CHANGE_REQUESTED, WITHDRAWN;

		/** Whether the owners may still answer. */
		public boolean open() {
			return this == PROPOSED;
		}
	}

	public enum Decision { ACCEPT, DECLINE, CHANGE }

	@Id
	private UUID id;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String tasks;
	private String note;
	@Column(name = "proposed_by_user")
	private UUID proposedByUser;
	@Column(name = "proposed_by")
	private String proposedBy;
	@Column(name = "proposed_at")
	private Instant proposedAt;
	@Column(name = "decided_at")
	private Instant decidedAt;
	@Column(name = "withdrawn_by_user")
	private UUID withdrawnByUser;
	@Column(name = "withdrawn_by")
	private String withdrawnBy;
	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;
	@Column(name = "withdrawn_reason")
	private String withdrawnReason;
	private boolean example;
	@Version
	private long version;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "proposal_id", nullable = false)
	private List<CouplingAnswer> answers = new ArrayList<>();

	protected CouplingProposal() {
	}

	CouplingProposal(NeighbourhoodId neighbourhood, Collection<String> taskCodes, Collection<PartyId> owners,
			Optional<String> note, Optional<UserId> by, String byName, Instant at, boolean example) {
		this.id = UUID.randomUUID();
		this.neighbourhoodId = neighbourhood.value();
		this.status = Status.PROPOSED;
		this.tasks = String.join(";", taskCodes.stream().sorted().distinct().toList());
		this.note = note.orElse(null);
		this.proposedByUser = by.map(UserId::value).orElse(null);
		this.proposedBy = byName;
		this.proposedAt = at;
		this.example = example;
		owners.stream().distinct().forEach(o -> answers.add(new CouplingAnswer(o)));
	}

	/**
	 * Records the party's one answer: a decline or a change request closes the proposal, the last of all accepts
	 * agrees it. The caller holds the proposal's row lock.
	 *
	 * @throws ConflictException when the proposal is no longer open or the party already answered
	 */
	Status answer(PartyId party, Decision decision, Optional<String> reason, UserId by, String byName, Instant at) {
		if (!status.open()) {
			throw new ConflictException("works.proposal.error.notOpen", statusKey());
		}
		CouplingAnswer answer = answerOf(party).orElseThrow(() -> new IllegalArgumentException("not an owner: " + party));
		if (answer.answered()) {
			throw new ConflictException("works.proposal.error.answered");
		}
		answer.record(decision, reason.orElse(null), by, byName, at);
		status = switch (decision) {
			case DECLINE -> Status.DECLINED;
			case CHANGE -> Status.CHANGE_REQUESTED;
			case ACCEPT -> answers.stream().allMatch(a -> a.decision().equals(Optional.of(Decision.ACCEPT)))
					? Status.AGREED : Status.PROPOSED;
		};
		if (status != Status.PROPOSED) {
			decidedAt = at;
		}
		return status;
	}

	/** Withdraws an open or agreed proposal. */
	void withdraw(String reason, Optional<UserId> by, String byName, Instant at) {
		if (status != Status.PROPOSED && status != Status.AGREED) {
			throw new ConflictException("works.proposal.error.notWithdrawable", statusKey());
		}
		status = Status.WITHDRAWN;
		withdrawnReason = reason;
		withdrawnByUser = by.map(UserId::value).orElse(null);
		withdrawnBy = byName;
		withdrawnAt = at;
	}

	private String statusKey() {
		return status.name();
	}

	public Optional<CouplingAnswer> answerOf(PartyId party) {
		return answers.stream().filter(a -> a.party().equals(party)).findFirst();
	}

	public UUID id() {
		return id;
	}

	public NeighbourhoodId neighbourhood() {
		return new NeighbourhoodId(neighbourhoodId);
	}

	public Status status() {
		return status;
	}

	/** The task codes, sorted. */
	public List<String> tasks() {
		return tasks.isEmpty() ? List.of() : Arrays.asList(tasks.split(";"));
	}

	public Optional<String> note() {
		return Optional.ofNullable(note);
	}

	public Optional<UserId> proposedByUser() {
		return Optional.ofNullable(proposedByUser).map(UserId::new);
	}

	/** The proposer's name as it was when they proposed. */
	public String proposedBy() {
		return proposedBy;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	/** When it became agreed, declined or change-requested. */
	public Optional<Instant> decidedAt() {
		return Optional.ofNullable(decidedAt);
	}

	public Optional<String> withdrawnBy() {
		return Optional.ofNullable(withdrawnBy);
	}

	public Optional<Instant> withdrawnAt() {
		return Optional.ofNullable(withdrawnAt);
	}

	public Optional<String> withdrawnReason() {
		return Optional.ofNullable(withdrawnReason);
	}

	public boolean example() {
		return example;
	}

	/** One answer per owning party, in the order of their answers (unanswered last). */
	public List<CouplingAnswer> answers() {
		return answers.stream().sorted(Comparator.comparing((CouplingAnswer a) -> a.answeredAt().orElse(Instant.MAX))
				.thenComparing(a -> a.party().value())).toList();
	}

	public List<PartyId> owners() {
		return answers.stream().map(CouplingAnswer::party).toList();
	}
}
