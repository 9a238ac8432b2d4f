package nl.wijkatelier.works;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.works.internal.PotRecordRepository;
import nl.wijkatelier.works.internal.TaskRecordRepository;

/** Reads the stored tasks and pots of a neighbourhood as the core's records, with party names as owners. */
@Component
class StoredPortfolio {

	private final TaskRecordRepository tasks;
	private final PotRecordRepository pots;
	private final ProgrammeCatalog catalog;

	StoredPortfolio(TaskRecordRepository tasks, PotRecordRepository pots, ProgrammeCatalog catalog) {
		this.tasks = tasks;
		this.pots = pots;
		this.catalog = catalog;
	}

	/** The programme's parties by id: the owners a task or pot of this neighbourhood may have. */
	Map<UUID, String> partyNames(NeighbourhoodId neighbourhood) {
		Map<UUID, String> names = new HashMap<>();
		for (Party p : catalog.parties(catalog.neighbourhood(neighbourhood).programmeId())) {
			names.put(p.id().value(), p.name());
		}
		return names;
	}

	@Transactional(readOnly = true)
	List<WorksRegister.RegisteredTask> tasks(NeighbourhoodId neighbourhood) {
		Map<UUID, String> names = partyNames(neighbourhood);
		return tasks.findByNeighbourhoodIdOrderByCode(neighbourhood.value()).stream()
				.map(r -> new WorksRegister.RegisteredTask(r.toTask(names.getOrDefault(r.ownerPartyId(), "")),
						new PartyId(r.ownerPartyId()), r.example()))
				.toList();
	}

	@Transactional(readOnly = true)
	List<WorksRegister.RegisteredPot> pots(NeighbourhoodId neighbourhood) {
		Map<UUID, String> names = partyNames(neighbourhood);
		return pots.findByNeighbourhoodIdOrderByName(neighbourhood.value()).stream()
				.map(r -> new WorksRegister.RegisteredPot(r.toPot(names.getOrDefault(r.ownerPartyId(), "")),
						new PartyId(r.ownerPartyId()), r.example()))
				.toList();
	}
}
