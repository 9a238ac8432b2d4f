package nl.wijkatelier.works.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.works.CouplingAnswer;
import nl.wijkatelier.works.CouplingProposal;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.WorksRegister;

/**
 * A coupling proposal as the API answers it and the pages show it: its tasks with title and owner, each owning
 * party's answer with who gave it and when, and the withdrawal. Absent values are {@code null} in JSON.
 */
record ProposalView(UUID id, UUID neighbourhoodId, String status, List<TaskView> tasks, String note,
		String proposedBy, Instant proposedAt, Instant decidedAt, List<PartyAnswer> parties, Withdrawal withdrawal,
		boolean example) {

	/** A task of the package; title and owner are empty when the task was removed since. */
	record TaskView(String id, String title, String owner) {
	}

	/** A party's answer: decision {@code null} while it has not answered. */
	record PartyAnswer(UUID id, String name, String decision, String reason, String answeredBy, Instant answeredAt) {
	}

	record Withdrawal(String by, Instant at, String reason) {
	}

	static ProposalView of(CouplingProposal p, WorksRegister register, ProgrammeCatalog catalog) {
		Map<String, Task> tasks = new HashMap<>();
		register.tasks(p.neighbourhood()).forEach(t -> tasks.put(t.task().id(), t.task()));
		List<TaskView> taskViews = p.tasks().stream().map(code -> Optional.ofNullable(tasks.get(code))
				.map(t -> new TaskView(code, t.title(), t.owner())).orElse(new TaskView(code, "", ""))).toList();
		List<PartyAnswer> answers = p.answers().stream().map(a -> answer(a, catalog)).toList();
		Withdrawal withdrawal = p.withdrawnAt().map(at -> new Withdrawal(p.withdrawnBy().orElse(""), at,
				p.withdrawnReason().orElse(""))).orElse(null);
		return new ProposalView(p.id(), p.neighbourhood().value(), p.status().name(), taskViews, p.note().orElse(null),
				p.proposedBy(), p.proposedAt(), p.decidedAt().orElse(null), answers, withdrawal, p.example());
	}

	private static PartyAnswer answer(CouplingAnswer a, ProgrammeCatalog catalog) {
		String name = catalog.findParty(a.party()).map(Party::name).orElse(a.party().toString());
		return new PartyAnswer(a.party().value(), name, a.decision().map(Enum::name).orElse(null),
				a.reason().orElse(null), a.answeredBy().orElse(null), a.answeredAt().orElse(null));
	}
}
