package nl.wijkatelier.works;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.WorksRegister.RegisteredTask;
import nl.wijkatelier.works.internal.CouplingNotices;
import nl.wijkatelier.works.internal.CouplingRecord;
import nl.wijkatelier.works.internal.CouplingRecordRepository;

/**
 * Tells owners, as works registers such as GIPOD do, when a newly registered task becomes a coupling candidate of
 * one of their tasks: the officers of the other task's owner get one e-mail per registration listing the new
 * pairs. A pair is told once (also after a re-import); a pair of two tasks of one owner is not told. The e-mails
 * are queued in the registering transaction (the event is published inside it).
 */
@Component
class NewCouplingNotices {

	private final CouplingRecordRepository couplings;
	private final StoredPortfolio stored;
	private final CouplingNotices notices;
	private final CouplingMails mails;
	private final ProgrammeCatalog catalog;
	private final Clock clock;

	NewCouplingNotices(CouplingRecordRepository couplings, StoredPortfolio stored, CouplingNotices notices,
			CouplingMails mails, ProgrammeCatalog catalog, Optional<Clock> clock) {
		this.couplings = couplings;
		this.stored = stored;
		this.notices = notices;
		this.mails = mails;
		this.catalog = catalog;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	void on(TasksRegistered event) {
		Set<String> registered = Set.copyOf(event.codes());
		Map<String, RegisteredTask> tasks = new HashMap<>();
		stored.tasks(event.neighbourhood()).forEach(t -> tasks.put(t.task().id(), t));
		Map<PartyId, List<String>> lines = new TreeMap<>((x, y) -> x.value().compareTo(y.value()));
		for (CouplingRecord record : couplings.findByNeighbourhoodId(event.neighbourhood().value())) {
			if (!record.isPair()) {
				continue;
			}
			Pair pair = record.toPair();
			boolean newA = registered.contains(pair.a());
			boolean newB = registered.contains(pair.b());
			RegisteredTask a = tasks.get(pair.a());
			RegisteredTask b = tasks.get(pair.b());
			if (!(newA || newB) || a == null || b == null || a.owner().equals(b.owner())
					|| !notices.markTold(event.neighbourhood().value(), pair.a(), pair.b(), clock.instant())) {
				continue;
			}
			if (newA) {
				lines.computeIfAbsent(b.owner(), k -> new ArrayList<>()).add(line(a, b));
			}
			if (newB) {
				lines.computeIfAbsent(a.owner(), k -> new ArrayList<>()).add(line(b, a));
			}
		}
		if (lines.isEmpty()) {
			return;
		}
		String neighbourhood = catalog.neighbourhood(event.neighbourhood()).name();
		String works = "/neighbourhoods/" + event.neighbourhood() + "/works";
		lines.forEach((party, text) -> mails.newCouplings(party, neighbourhood, String.join("\n", text), works));
	}

	/** "- NEW title (owner) + YOURS title" for the e-mail. */
	private static String line(RegisteredTask added, RegisteredTask yours) {
		return "- " + added.task().id() + " " + added.task().title() + " (" + added.task().owner() + ") + "
				+ yours.task().id() + " " + yours.task().title();
	}
}
