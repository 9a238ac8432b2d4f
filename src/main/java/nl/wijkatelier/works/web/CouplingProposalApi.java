package nl.wijkatelier.works.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.works.CouplingProposal;
import nl.wijkatelier.works.CouplingProposalRefusedException;
import nl.wijkatelier.works.CouplingProposals;
import nl.wijkatelier.works.WorksRegister;

@RestController
@Tag(name = "Coupling agreements", description = "Werk-met-werk agreements: owners propose, answer and withdraw packages of coupled tasks")
class CouplingProposalApi {

	/** A new proposal: the task ids (at least two, of at least two owners, couplable) and an optional note. */
	record NewProposal(List<String> tasks, String note) {
	}

	/**
	 * One owning party's answer: ACCEPT, DECLINE or CHANGE (the last two with a reason); {@code party} only when the
	 * caller is an officer of several owning parties that have not answered.
	 */
	record Answer(String decision, String reason, UUID party) {
	}

	record Withdrawal(String reason) {
	}

	private final CouplingProposals proposals;
	private final WorksRegister register;
	private final ProgrammeCatalog catalog;
	private final MessageSource messages;

	CouplingProposalApi(CouplingProposals proposals, WorksRegister register, ProgrammeCatalog catalog,
			MessageSource messages) {
		this.proposals = proposals;
		this.register = register;
		this.catalog = catalog;
		this.messages = messages;
	}

	@Operation(summary = "Propose a package of coupled tasks to their owners (an officer of an owning party)",
			description = "The tasks must be at least two tasks of this neighbourhood, of at least two owners, forming one"
					+ " connected group of coupling candidates with a day on which all can run. Answers 201 with the"
					+ " proposal (status PROPOSED); the officers of every owning party are e-mailed.")
	@PostMapping("/api/v1/neighbourhoods/{id}/coupling-proposals")
	ResponseEntity<ProposalView> propose(@PathVariable UUID id, @RequestBody NewProposal body) {
		CouplingProposal proposal = proposals.propose(new NeighbourhoodId(id), body.tasks(),
				Optional.ofNullable(body.note()));
		return ResponseEntity.created(URI.create("/api/v1/coupling-proposals/" + proposal.id()))
				.body(ProposalView.of(proposal, register, catalog));
	}

	@Operation(summary = "The neighbourhood's coupling proposals and agreements, newest first")
	@GetMapping("/api/v1/neighbourhoods/{id}/coupling-proposals")
	List<ProposalView> list(@PathVariable UUID id) {
		return proposals.of(new NeighbourhoodId(id)).stream().map(p -> ProposalView.of(p, register, catalog)).toList();
	}

	@Operation(summary = "A coupling proposal: its tasks, owning parties and each party's answer with who and when")
	@GetMapping("/api/v1/coupling-proposals/{id}")
	ProposalView proposal(@PathVariable UUID id) {
		return ProposalView.of(proposals.proposal(id), register, catalog);
	}

	@Operation(summary = "Answer for an owning party (once per party, by one of its officers)",
			description = "ACCEPT; DECLINE (reason required) ends the proposal as DECLINED; CHANGE (reason required: what"
					+ " to change) ends it as CHANGE_REQUESTED, after which an officer proposes the changed package anew."
					+ " When every owning party accepted, the status is AGREED. 403 for a caller who is not an officer of"
					+ " an owning party, 409 for a second answer of a party or a proposal no longer open.")
	@PostMapping("/api/v1/coupling-proposals/{id}/responses")
	ProposalView respond(@PathVariable UUID id, @RequestBody Answer body) {
		CouplingProposal.Decision decision = decision(body.decision());
		return ProposalView.of(proposals.respond(id, decision, Optional.ofNullable(body.reason()),
				Optional.ofNullable(body.party()).map(PartyId::new)), register, catalog);
	}

	@Operation(summary = "Withdraw an open or agreed proposal, with a reason (an officer of an owning party or an organiser)",
			description = "The status becomes WITHDRAWN; the planner no longer keeps the tasks together.")
	@PostMapping("/api/v1/coupling-proposals/{id}/withdrawal")
	ProposalView withdraw(@PathVariable UUID id, @RequestBody Withdrawal body) {
		return ProposalView.of(proposals.withdraw(id, body.reason()), register, catalog);
	}

	static CouplingProposal.Decision decision(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("decision", "works.proposal.error.decision");
		}
		try {
			return CouplingProposal.Decision.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("decision", "works.proposal.error.decision");
		}
	}

	@ExceptionHandler(CouplingProposalRefusedException.class)
	ProblemDetail refused(CouplingProposalRefusedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
		problem.setTitle(messages.getMessage("works.proposal.refused", null, locale));
		problem.setDetail(messages.getMessage(ex.messageKey(), null, locale));
		return problem;
	}
}
