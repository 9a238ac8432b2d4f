package nl.wijkatelier.works.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.works.CouplingProposal;
import nl.wijkatelier.works.CouplingProposalRefusedException;
import nl.wijkatelier.works.CouplingProposals;
import nl.wijkatelier.works.Couplings;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.WorksRegister;

/**
 * The pages of werk-met-werk agreements: the form to propose a package (pre-filled from an opportunity on the
 * works page), and a proposal's page with its owners, their answers and the forms to answer and to withdraw.
 */
@Controller
class CouplingProposalPages {

	private final CouplingProposals proposals;
	private final Couplings couplings;
	private final WorksRegister register;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	CouplingProposalPages(CouplingProposals proposals, Couplings couplings, WorksRegister register,
			ProgrammeCatalog catalog, CurrentUsers currentUsers, MessageSource messages) {
		this.proposals = proposals;
		this.couplings = couplings;
		this.register = register;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping("/neighbourhoods/{id}/coupling-proposals/new")
	String newProposal(@PathVariable UUID id, @RequestParam(required = false) List<String> tasks, Model model) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		currentUsers.require(u -> u.officerNeighbourhoods().contains(n.id()));
		return form(n, tasks == null ? List.of() : tasks, "", FormErrors.none(), model);
	}

	@PostMapping("/neighbourhoods/{id}/coupling-proposals")
	String propose(@PathVariable UUID id, @RequestParam(required = false) List<String> tasks,
			@RequestParam(required = false) String note, Model model, Locale locale, RedirectAttributes redirect) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		// officers of a party working here; whether one of them owns a chosen task is checked with the choice
		currentUsers.require(u -> u.officerNeighbourhoods().contains(n.id()));
		List<String> chosen = tasks == null ? List.of() : tasks;
		try {
			CouplingProposal proposal = proposals.propose(n.id(), chosen, Optional.ofNullable(note));
			redirect.addFlashAttribute("notice", "works.proposed");
			return "redirect:/coupling-proposals/" + proposal.id();
		}
		catch (InvalidInputException ex) {
			return form(n, chosen, note == null ? "" : note, FormErrors.of(ex, messages, locale), model);
		}
	}

	/**
	 * The choice of tasks: those of the opportunities that hold one of the named tasks (all coupled tasks when none
	 * is named), with the named ones ticked.
	 */
	private String form(Neighbourhood n, List<String> ticked, String note, FormErrors errors, Model model) {
		Couplings.Overview overview = couplings.overview(n.id());
		Set<String> named = Set.copyOf(ticked);
		List<Task> choices = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Couplings.Opportunity o : overview.opportunities()) {
			if (named.isEmpty() || o.cluster().tasks().stream().anyMatch(named::contains)) {
				o.tasks().stream().filter(t -> seen.add(t.id())).forEach(choices::add);
			}
		}
		model.addAttribute("neighbourhood", n);
		model.addAttribute("programme", catalog.programme(n.programmeId()));
		model.addAttribute("choices", choices);
		model.addAttribute("ticked", named);
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		return "works/proposal-form";
	}

	@GetMapping("/coupling-proposals/{id}")
	String proposal(@PathVariable UUID id, Model model) {
		return page(proposals.proposal(id), FormErrors.none(), Optional.empty(), model);
	}

	@PostMapping("/coupling-proposals/{id}/responses")
	String respond(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) UUID party, Model model,
			Locale locale, RedirectAttributes redirect) {
		currentUsers.require();
		try {
			proposals.respond(id, CouplingProposalApi.decision(decision), Optional.ofNullable(reason),
					Optional.ofNullable(party).map(PartyId::new));
			redirect.addFlashAttribute("notice", "works.answered");
			return "redirect:/coupling-proposals/" + id;
		}
		catch (InvalidInputException ex) {
			return page(proposals.proposal(id), FormErrors.of(ex, messages, locale), Optional.empty(), model);
		}
		catch (ConflictException ex) {
			return page(proposals.proposal(id), FormErrors.none(),
					Optional.of(messages.getMessage(ex.messageKey(), ex.arguments(), locale)), model);
		}
	}

	@PostMapping("/coupling-proposals/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, Locale locale,
			RedirectAttributes redirect) {
		currentUsers.require();
		try {
			proposals.withdraw(id, reason);
			redirect.addFlashAttribute("notice", "works.withdrawn");
			return "redirect:/coupling-proposals/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors errors = FormErrors.of(ex, messages, locale);
			return page(proposals.proposal(id), new FormErrors(Map.of("withdrawReason", errors.get("reason"))),
					Optional.empty(), model);
		}
		catch (ConflictException ex) {
			return page(proposals.proposal(id), FormErrors.none(),
					Optional.of(messages.getMessage(ex.messageKey(), ex.arguments(), locale)), model);
		}
	}

	private String page(CouplingProposal proposal, FormErrors errors, Optional<String> problem, Model model) {
		Neighbourhood n = catalog.neighbourhood(proposal.neighbourhood());
		Optional<CurrentUser> me = currentUsers.current();
		List<PartyId> mine = me.map(u -> proposal.owners().stream().filter(o -> CouplingProposals.mayAnswerFor(u, o))
				.filter(o -> !proposal.answerOf(o).orElseThrow().answered()).toList()).orElse(List.of());
		model.addAttribute("neighbourhood", n);
		model.addAttribute("programme", catalog.programme(n.programmeId()));
		model.addAttribute("proposal", ProposalView.of(proposal, register, catalog));
		model.addAttribute("answerFor", mine.stream().map(p -> catalog.party(p)).toList());
		model.addAttribute("canAnswer", proposal.status().open() && !mine.isEmpty());
		model.addAttribute("canWithdraw", (proposal.status() == CouplingProposal.Status.PROPOSED
				|| proposal.status() == CouplingProposal.Status.AGREED)
				&& me.map(u -> CouplingProposals.mayWithdraw(u, proposal)).orElse(false));
		model.addAttribute("canProposeAnew", proposal.status() == CouplingProposal.Status.CHANGE_REQUESTED
				|| proposal.status() == CouplingProposal.Status.DECLINED
				|| proposal.status() == CouplingProposal.Status.WITHDRAWN);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem.orElse(null));
		model.addAttribute("when", When.INSTANCE);
		return "works/proposal";
	}

	@ExceptionHandler(CouplingProposalRefusedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(CouplingProposalRefusedException ex, Model model) {
		model.addAttribute("status", 403);
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", new Object[0]);
		return "error";
	}
}
