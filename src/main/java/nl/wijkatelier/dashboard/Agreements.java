package nl.wijkatelier.dashboard;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.works.CouplingProposal;
import nl.wijkatelier.works.CouplingProposals;

/** The neighbourhood's werk-met-werk agreements for its dashboard: which owners agreed to which package, who and when. */
@Service
@Transactional(readOnly = true)
public class Agreements {

	/** An agreed package, its tasks sorted; {@code agreedAt} is the moment the last owner accepted. */
	public record Agreement(String id, List<String> tasks, Instant agreedAt, List<Owner> owners, boolean example) {
		public Agreement {
			tasks = List.copyOf(tasks);
			owners = List.copyOf(owners);
		}
	}

	/** An owning party and the officer who accepted for it, when. */
	public record Owner(String party, String by, Instant at) {
	}

	private final CouplingProposals proposals;
	private final ProgrammeCatalog catalog;

	Agreements(CouplingProposals proposals, ProgrammeCatalog catalog) {
		this.proposals = proposals;
		this.catalog = catalog;
	}

	public List<Agreement> of(NeighbourhoodId neighbourhood) {
		return proposals.agreed(neighbourhood).stream().map(this::agreement).toList();
	}

	private Agreement agreement(CouplingProposal p) {
		List<Owner> owners = p.answers().stream().map(a -> new Owner(
				catalog.findParty(a.party()).map(Party::name).orElse(a.party().toString()), a.answeredBy().orElse(""),
				a.answeredAt().orElse(null))).toList();
		return new Agreement(p.id().toString(), p.tasks(), p.decidedAt().orElse(p.proposedAt()), owners, p.example());
	}
}
