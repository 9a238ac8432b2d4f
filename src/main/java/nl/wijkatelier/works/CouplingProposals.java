package nl.wijkatelier.works;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.UnionFind;
import nl.wijkatelier.works.CouplingProposal.Decision;
import nl.wijkatelier.works.CouplingProposal.Status;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.WorksRegister.RegisteredTask;
import nl.wijkatelier.works.internal.CouplingProposalRepository;
import nl.wijkatelier.works.internal.CouplingRecord;
import nl.wijkatelier.works.internal.CouplingRecordRepository;

/**
 * Werk-met-werk agreements: propose a package of coupled tasks, answer for an owning party, withdraw; the agreed
 * packages the planner keeps together. Every change is audit-logged in its transaction; a proposal's e-mails to
 * the owners' officers are queued in the same transaction.
 * <p>
 * A package is couplable when its tasks (at least two, of at least two owners, all of the neighbourhood) form one
 * connected group of coupling candidates (the stored pairs among the package's own tasks link every task to every
 * other) and one day exists on which all of them can run within their windows and pins.
 */
@Service
@Transactional(readOnly = true)
public class CouplingProposals {

	static final int TEXT_MAX = 2000;

	private final CouplingProposalRepository proposals;
	private final CouplingRecordRepository couplings;
	private final StoredPortfolio stored;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final AuditLog audit;
	private final CouplingMails mails;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	CouplingProposals(CouplingProposalRepository proposals, CouplingRecordRepository couplings, StoredPortfolio stored,
			ProgrammeCatalog catalog, CurrentUsers currentUsers, AuditLog audit, CouplingMails mails,
			Optional<Clock> clock, ApplicationEventPublisher events) {
		this.events = events;
		this.proposals = proposals;
		this.couplings = couplings;
		this.stored = stored;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.mails = mails;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public CouplingProposal proposal(UUID id) {
		return proposals.findById(id).orElseThrow(() -> new NotFoundException("coupling proposal", id));
	}

	/** The neighbourhood's proposals, newest first. */
	public List<CouplingProposal> of(NeighbourhoodId neighbourhood) {
		catalog.neighbourhood(neighbourhood);
		return proposals.findByNeighbourhoodIdOrderByProposedAtDesc(neighbourhood.value());
	}

	/** The agreed proposals, oldest first. */
	public List<CouplingProposal> agreed(NeighbourhoodId neighbourhood) {
		return proposals.findByNeighbourhoodIdAndStatusOrderByProposedAt(neighbourhood.value(), Status.AGREED);
	}

	/**
	 * The task codes of every agreed package that the planner must keep together (all of its tasks share a running
	 * day), oldest agreement first. A task removed since the agreement is left out; a package with fewer than two
	 * tasks left is no package.
	 */
	public List<List<String>> agreedPackages(NeighbourhoodId neighbourhood) {
		Set<String> registered = stored.tasks(neighbourhood).stream().map(t -> t.task().id())
				.collect(Collectors.toSet());
		List<List<String>> packages = new ArrayList<>();
		for (CouplingProposal p : agreed(neighbourhood)) {
			List<String> left = p.tasks().stream().filter(registered::contains).toList();
			if (left.size() >= 2) {
				packages.add(left);
			}
		}
		return packages;
	}

	/** Whether the person may propose a package with a task of this owner (an officer of the owner). */
	public static boolean mayAnswerFor(CurrentUser user, PartyId owner) {
		return user.officerOf().contains(owner);
	}

	/** Whether the person may withdraw the proposal: an officer of an owning party, or an organiser. */
	public static boolean mayWithdraw(CurrentUser user, CouplingProposal proposal) {
		return proposal.owners().stream().anyMatch(o -> mayAnswerFor(user, o))
				|| user.canFacilitate(proposal.neighbourhood());
	}

	/**
	 * Proposes a package. Bad input (fewer than two tasks, unknown tasks, one owner only, tasks that are not one
	 * connected group of coupling candidates or have no common day) is answered with every fault at once; a person
	 * who is not an officer of an owning party is refused. The officers of the owning parties are e-mailed.
	 */
	@Transactional
	public CouplingProposal propose(NeighbourhoodId neighbourhood, List<String> taskCodes, Optional<String> note) {
		Neighbourhood n = catalog.neighbourhood(neighbourhood);
		CurrentUser user = currentUsers.require();
		Checks checks = new Checks();
		checks.optionalText("note", note.orElse(null), TEXT_MAX);
		Set<String> codes = new TreeSet<>();
		if (taskCodes != null) {
			taskCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).forEach(codes::add);
		}
		if (codes.size() < 2) {
			checks.add("tasks", "works.proposal.error.tooFew");
		}
		Map<String, RegisteredTask> tasks = new LinkedHashMap<>();
		stored.tasks(neighbourhood).forEach(t -> tasks.put(t.task().id(), t));
		codes.stream().filter(c -> !tasks.containsKey(c)).forEach(c -> checks.add("tasks", "works.proposal.error.unknownTask", c));
		checks.throwIfAny();
		List<RegisteredTask> chosen = codes.stream().map(tasks::get).toList();
		Set<PartyId> owners = new LinkedHashSet<>();
		chosen.forEach(t -> owners.add(t.owner()));
		if (owners.size() < 2) {
			checks.add("tasks", "works.proposal.error.oneOwner", chosen.get(0).task().owner());
		}
		List<Pair> pairs = pairsAmong(neighbourhood, codes);
		List<List<String>> groups = groups(codes, pairs);
		if (groups.size() > 1) {
			checks.add("tasks", "works.proposal.error.notCoupled", groups.stream().map(g -> String.join(" + ", g))
					.collect(Collectors.joining("; ")));
		}
		else if (Appraisal.of(chosen.stream().map(RegisteredTask::task).toList(), pairs, Map.of(),
				new ThemeLinks(Map.of())).commonDay().isEmpty()) {
			checks.add("tasks", "works.proposal.error.noCommonDay");
		}
		checks.throwIfAny();
		if (owners.stream().noneMatch(o -> mayAnswerFor(user, o))) {
			throw new CouplingProposalRefusedException("works.proposal.error.proposeNotOfficer");
		}
		Instant now = clock.instant();
		CouplingProposal proposal = proposals.save(new CouplingProposal(neighbourhood, codes, owners,
				note.filter(s -> !s.isBlank()).map(String::trim), Optional.of(user.id()), name(user), now, false));
		audit.record("coupling.proposed", "couplingProposal", proposal.id(),
				String.join(" + ", proposal.tasks()) + proposal.note().map(s -> ": " + s).orElse(""));
		mails.proposed(proposal, n.name(), owners, user.id());
		events.publishEvent(new WorksChanged(proposal.neighbourhood()));
		return proposal;
	}

	/**
	 * One owning party's answer, through one of its officers. {@code party} names the party when the person is an
	 * officer of several owning parties that have not answered yet. Answers to one proposal are taken one at a
	 * time (its row is locked), so concurrent answers are neither lost nor counted twice.
	 *
	 * @throws ConflictException when the proposal is no longer open or the party already answered
	 * @throws CouplingProposalRefusedException when the person is not an officer of an owning party
	 */
	@Transactional
	public CouplingProposal respond(UUID id, Decision decision, Optional<String> reason, Optional<PartyId> party) {
		CurrentUser user = currentUsers.require();
		Checks checks = new Checks();
		if (decision == null) {
			checks.add("decision", "works.proposal.error.decision");
		}
		else if (decision != Decision.ACCEPT) {
			checks.requiredText("reason", reason.orElse(null), TEXT_MAX);
		}
		else {
			checks.optionalText("reason", reason.orElse(null), TEXT_MAX);
		}
		checks.throwIfAny();
		CouplingProposal proposal = proposals.findForUpdate(id)
				.orElseThrow(() -> new NotFoundException("coupling proposal", id));
		if (!proposal.status().open()) {
			throw new ConflictException("works.proposal.error.notOpen", proposal.status().name());
		}
		List<PartyId> mine = proposal.owners().stream().filter(o -> mayAnswerFor(user, o)).toList();
		if (mine.isEmpty() || party.filter(p -> !mine.contains(p)).isPresent()) {
			throw new CouplingProposalRefusedException("works.proposal.error.answerNotOfficer");
		}
		PartyId answering;
		if (party.isPresent()) {
			answering = party.get();
		}
		else {
			List<PartyId> waiting = mine.stream().filter(o -> !proposal.answerOf(o).orElseThrow().answered()).toList();
			if (waiting.isEmpty()) {
				throw new ConflictException("works.proposal.error.answered");
			}
			if (waiting.size() > 1) {
				throw new InvalidInputException("party", "works.proposal.error.whichParty");
			}
			answering = waiting.get(0);
		}
		Instant now = clock.instant();
		Status status = proposal.answer(answering, decision, reason.filter(s -> !s.isBlank()).map(String::trim),
				user.id(), name(user), now);
		String partyName = catalog.findParty(answering).map(p -> p.name()).orElse(answering.toString());
		audit.record("coupling.answered", "couplingProposal", proposal.id(),
				partyName + ": " + decision + reason.filter(s -> !s.isBlank()).map(s -> " (" + s.trim() + ")").orElse(""));
		switch (status) {
			case AGREED -> audit.record("coupling.agreed", "couplingProposal", proposal.id(), String.join(" + ", proposal.tasks()));
			case DECLINED -> audit.record("coupling.declined", "couplingProposal", proposal.id(), partyName);
			case CHANGE_REQUESTED -> audit.record("coupling.changeRequested", "couplingProposal", proposal.id(), partyName);
			default -> {
			}
		}
		events.publishEvent(new WorksChanged(proposal.neighbourhood()));
		return proposals.save(proposal);
	}

	/** Withdraws an open or agreed proposal, with a reason: the planner no longer keeps its tasks together. */
	@Transactional
	public CouplingProposal withdraw(UUID id, String reason) {
		CurrentUser user = currentUsers.require();
		new Checks().requiredText("reason", reason, TEXT_MAX).throwIfAny();
		CouplingProposal proposal = proposals.findForUpdate(id)
				.orElseThrow(() -> new NotFoundException("coupling proposal", id));
		if (!mayWithdraw(user, proposal)) {
			throw new CouplingProposalRefusedException("works.proposal.error.withdrawNotAllowed");
		}
		proposal.withdraw(reason.trim(), Optional.of(user.id()), name(user), clock.instant());
		audit.record("coupling.withdrawn", "couplingProposal", proposal.id(),
				String.join(" + ", proposal.tasks()) + ": " + reason.trim());
		events.publishEvent(new WorksChanged(proposal.neighbourhood()));
		return proposals.save(proposal);
	}

	/**
	 * The demo's agreed package, answered for every owner without a logged-in person (marked as example): the
	 * tasks must form a couplable package; {@code answeredBy} and {@code answeredAt} hold one entry per owner, in
	 * the order of the owners' first tasks.
	 */
	@Transactional
	public CouplingProposal addAgreedExample(NeighbourhoodId neighbourhood, List<String> taskCodes, String note,
			String proposedBy, Instant proposedAt, List<String> answeredBy, List<Instant> answeredAt) {
		Map<String, RegisteredTask> tasks = new HashMap<>();
		stored.tasks(neighbourhood).forEach(t -> tasks.put(t.task().id(), t));
		Set<PartyId> owners = new LinkedHashSet<>();
		taskCodes.forEach(c -> owners.add(Optional.ofNullable(tasks.get(c))
				.orElseThrow(() -> new IllegalArgumentException("no task " + c)).owner()));
		if (groups(new TreeSet<>(taskCodes), pairsAmong(neighbourhood, taskCodes)).size() != 1 || owners.size() < 2) {
			throw new IllegalArgumentException("not a couplable package: " + taskCodes);
		}
		CouplingProposal proposal = new CouplingProposal(neighbourhood, taskCodes, owners, Optional.of(note),
				Optional.empty(), proposedBy, proposedAt, true);
		int i = 0;
		for (PartyId owner : owners) {
			proposal.answer(owner, Decision.ACCEPT, Optional.empty(), null, answeredBy.get(i), answeredAt.get(i));
			i++;
		}
		events.publishEvent(new WorksChanged(proposal.neighbourhood()));
		return proposals.save(proposal);
	}

	private List<Pair> pairsAmong(NeighbourhoodId neighbourhood, Collection<String> codes) {
		Set<String> in = Set.copyOf(codes);
		return couplings.findByNeighbourhoodId(neighbourhood.value()).stream().filter(CouplingRecord::isPair)
				.map(CouplingRecord::toPair).filter(p -> in.contains(p.a()) && in.contains(p.b())).toList();
	}

	/** The connected groups of the tasks through the pairs, each sorted, in the order of their first task. */
	private static List<List<String>> groups(Set<String> codes, List<Pair> pairs) {
		List<String> list = List.copyOf(codes);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < list.size(); i++) {
			index.put(list.get(i), i);
		}
		UnionFind union = new UnionFind(list.size());
		pairs.forEach(p -> union.union(index.get(p.a()), index.get(p.b())));
		Map<Integer, List<String>> groups = new TreeMap<>();
		for (int i = 0; i < list.size(); i++) {
			groups.computeIfAbsent(union.find(i), k -> new ArrayList<>()).add(list.get(i));
		}
		return groups.values().stream().sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
	}

	private static String name(CurrentUser user) {
		return user.displayName() == null || user.displayName().isBlank() ? user.email() : user.displayName();
	}
}
