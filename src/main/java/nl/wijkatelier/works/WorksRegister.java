package nl.wijkatelier.works;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.CsvFiles;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.works.internal.PotRecord;
import nl.wijkatelier.works.internal.PotRecordRepository;
import nl.wijkatelier.works.internal.TaskRecord;
import nl.wijkatelier.works.internal.TaskRecordRepository;

/**
 * The register of a neighbourhood's tasks and budget pots: list, register or change one, import and export the
 * files. A task or pot belongs to a party (its owner, named by the party's name in files); officers of that party
 * and admins change it. Every change is audit-logged and re-evaluates the couplings in the same transaction.
 */
@Service
public class WorksRegister {

	public record RegisteredTask(Task task, PartyId owner, boolean example) {
	}

	public record RegisteredPot(BudgetPot pot, PartyId owner, boolean example) {
	}

	/** How many tasks or pots an import created and how many it replaced (same id or pot name); a flash attribute. */
	public record ImportSummary(int created, int updated) implements Serializable {
	}

	private final TaskRecordRepository taskRecords;
	private final PotRecordRepository potRecords;
	private final StoredPortfolio stored;
	private final Couplings couplings;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	WorksRegister(TaskRecordRepository taskRecords, PotRecordRepository potRecords, StoredPortfolio stored,
			Couplings couplings, ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers,
			AuditLog audit, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.taskRecords = taskRecords;
		this.potRecords = potRecords;
		this.stored = stored;
		this.couplings = couplings;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public List<RegisteredTask> tasks(NeighbourhoodId neighbourhood) {
		return stored.tasks(neighbourhood);
	}

	public Optional<RegisteredTask> task(NeighbourhoodId neighbourhood, String code) {
		return tasks(neighbourhood).stream().filter(t -> t.task().id().equals(code)).findFirst();
	}

	public List<RegisteredPot> pots(NeighbourhoodId neighbourhood) {
		return stored.pots(neighbourhood);
	}

	/** Whether the person may change tasks or pots of this owner. */
	public static boolean mayChange(CurrentUser user, PartyId owner) {
		return user.admin() || user.actsFor(owner);
	}

	/**
	 * Admin, or an officer of a party that works in the neighbourhood (one of its parties, or one without a
	 * neighbourhood such as a municipality): an officer of another neighbourhood's party registers nothing here.
	 */
	public static boolean mayRegisterIn(CurrentUser user, NeighbourhoodId neighbourhood) {
		return user.admin() || user.officerNeighbourhoods().contains(neighbourhood);
	}

	/**
	 * Registers a task, or changes the one stored as {@code originalCode}. The task's owner is a party name of the
	 * programme; its themes, dependencies and funding pots must exist.
	 */
	@Transactional
	public void saveTask(NeighbourhoodId neighbourhood, Optional<String> originalCode, Task task) {
		Neighbourhood n = catalog.neighbourhood(neighbourhood);
		CurrentUser user = currentUsers.require(u -> mayRegisterIn(u, neighbourhood));
		Map<String, UUID> owners = ownersByName(neighbourhood);
		Optional<TaskRecord> existing = originalCode.map(code -> taskRecords
				.findByNeighbourhoodIdAndCode(neighbourhood.value(), code)
				.orElseThrow(() -> new NotFoundException("task", code)));
		existing.ifPresent(r -> currentUsers.require(u -> mayChange(u, new PartyId(r.ownerPartyId()))));
		Checks checks = new Checks();
		UUID owner = owners.get(task.owner().toLowerCase(Locale.ROOT));
		if (owner == null) {
			checks.add("owner", "works.error.unknownOwner", task.owner());
		}
		boolean codeTaken = taskRecords.findByNeighbourhoodIdAndCode(neighbourhood.value(), task.id())
				.filter(r -> existing.isEmpty() || !r.id().equals(existing.get().id())).isPresent();
		if (codeTaken) {
			checks.add("id", "works.error.codeTaken", task.id());
		}
		Set<String> known = themeCodes(n);
		task.themes().stream().filter(t -> !known.contains(t)).forEach(t -> checks.add("themes", "works.error.unknownTheme", t));
		Set<String> codes = taskRecords.findByNeighbourhoodIdOrderByCode(neighbourhood.value()).stream()
				.map(TaskRecord::code).collect(Collectors.toSet());
		task.dependsOn().stream().filter(d -> !codes.contains(d) || d.equals(task.id()))
				.forEach(d -> checks.add("dependsOn", "works.error.unknownDependency", d));
		Set<String> potNames = potNames(neighbourhood);
		task.funding().stream().filter(f -> !potNames.contains(f.pot()))
				.forEach(f -> checks.add("funding", "works.error.unknownPot", f.pot()));
		checks.throwIfAny();
		if (!mayChange(user, new PartyId(owner))) {
			currentUsers.require(u -> false);
		}
		TaskRecord record = existing.orElseGet(() -> new TaskRecord(neighbourhood.value(), false));
		record.update(task, owner, now());
		taskRecords.save(record);
		audit.record(existing.isPresent() ? "task.changed" : "task.registered", "task", record.id(),
				task.id() + " " + task.title());
		List<String> removed = originalCode.filter(c -> !c.equals(task.id())).map(List::of).orElse(List.of());
		couplings.reevaluate(neighbourhood, List.of(task), removed, stored.partyNames(neighbourhood));
		events.publishEvent(new TasksChanged(neighbourhood, List.of(task.id()), removed));
		if (existing.isEmpty()) {
			events.publishEvent(new TasksRegistered(neighbourhood, List.of(task.id())));
		}
	}

	@Transactional
	public void deleteTask(NeighbourhoodId neighbourhood, String code) {
		TaskRecord record = taskRecords.findByNeighbourhoodIdAndCode(neighbourhood.value(), code)
				.orElseThrow(() -> new NotFoundException("task", code));
		currentUsers.require(u -> mayChange(u, new PartyId(record.ownerPartyId())));
		taskRecords.delete(record);
		audit.record("task.removed", "task", record.id(), code);
		couplings.reevaluate(neighbourhood, List.of(), List.of(code), Map.of());
		events.publishEvent(new TasksChanged(neighbourhood, List.of(), List.of(code)));
	}

	/**
	 * Imports a GeoJSON task file, all or nothing: tasks with a new id are added, tasks with an id already
	 * registered replace it. Every owner must be a party the importing person acts for (admins: any party).
	 */
	@Transactional
	public ImportSummary importTasks(NeighbourhoodId neighbourhood, InputStream geojson) {
		CurrentUser user = currentUsers.require(u -> mayRegisterIn(u, neighbourhood));
		List<Task> tasks = GeoJsonTaskReader.read(geojson);
		Neighbourhood n = catalog.neighbourhood(neighbourhood);
		Map<String, UUID> owners = ownersByName(neighbourhood);
		Map<String, TaskRecord> existing = new HashMap<>();
		taskRecords.findByNeighbourhoodIdOrderByCode(neighbourhood.value()).forEach(r -> existing.put(r.code(), r));
		Set<String> known = themeCodes(n);
		Set<String> potNames = potNames(neighbourhood);
		List<ImportError> errors = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			Task t = tasks.get(i);
			int number = i + 1;
			UUID owner = owners.get(t.owner().toLowerCase(Locale.ROOT));
			if (owner == null) {
				errors.add(ImportError.feature(number, t.id(), "owner", "unknownOwner", t.owner()));
			}
			else if (!mayChange(user, new PartyId(owner))) {
				errors.add(ImportError.feature(number, t.id(), "owner", "notYourParty", t.owner()));
			}
			TaskRecord old = existing.get(t.id());
			if (old != null && !mayChange(user, new PartyId(old.ownerPartyId()))) {
				errors.add(ImportError.feature(number, t.id(), "id", "notYourTask", t.id()));
			}
			t.themes().stream().filter(c -> !known.contains(c))
					.forEach(c -> errors.add(ImportError.feature(number, t.id(), "themes", "unknownTheme", c)));
			t.funding().stream().filter(f -> !potNames.contains(f.pot()))
					.forEach(f -> errors.add(ImportError.feature(number, t.id(), "funding", "unknownPot", f.pot())));
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		int created = 0;
		Instant now = now();
		for (Task t : tasks) {
			TaskRecord record = existing.get(t.id());
			if (record == null) {
				record = new TaskRecord(neighbourhood.value(), false);
				created++;
			}
			record.update(t, owners.get(t.owner().toLowerCase(Locale.ROOT)), now);
			taskRecords.save(record);
			audit.record(existing.containsKey(t.id()) ? "task.changed" : "task.registered", "task", record.id(),
					"import: " + t.id() + " " + t.title());
		}
		couplings.reevaluate(neighbourhood, tasks, List.of(), stored.partyNames(neighbourhood));
		events.publishEvent(new TasksChanged(neighbourhood, tasks.stream().map(Task::id).toList(), List.of()));
		List<String> registered = tasks.stream().map(Task::id).filter(id -> !existing.containsKey(id)).toList();
		if (!registered.isEmpty()) {
			events.publishEvent(new TasksRegistered(neighbourhood, registered));
		}
		return new ImportSummary(created, tasks.size() - created);
	}

	/** Imports a pots CSV, all or nothing; a pot with a name already registered is replaced. */
	@Transactional
	public ImportSummary importPots(NeighbourhoodId neighbourhood, InputStream csv) {
		CurrentUser user = currentUsers.require(u -> mayRegisterIn(u, neighbourhood));
		List<BudgetPot> pots = BudgetPotCsv.read(csv);
		Neighbourhood n = catalog.neighbourhood(neighbourhood);
		Map<String, UUID> owners = ownersByName(neighbourhood);
		Set<String> known = themeCodes(n);
		Map<String, PotRecord> existing = new HashMap<>();
		potRecords.findByNeighbourhoodIdOrderByName(neighbourhood.value()).forEach(r -> existing.put(r.name(), r));
		List<ImportError> errors = new ArrayList<>();
		for (BudgetPot pot : pots) {
			UUID owner = owners.get(pot.owner().toLowerCase(Locale.ROOT));
			if (owner == null) {
				errors.add(ImportError.line(0, pot.name(), "owner", "unknownOwner", pot.owner()));
			}
			else if (!mayChange(user, new PartyId(owner))) {
				errors.add(ImportError.line(0, pot.name(), "owner", "notYourParty", pot.owner()));
			}
			PotRecord old = existing.get(pot.name());
			if (old != null && !mayChange(user, new PartyId(old.ownerPartyId()))) {
				errors.add(ImportError.line(0, pot.name(), "pot", "notYourTask", pot.name()));
			}
			pot.themes().stream().filter(c -> !known.contains(c))
					.forEach(c -> errors.add(ImportError.line(0, pot.name(), "themes", "unknownTheme", c)));
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		int created = 0;
		for (BudgetPot pot : pots) {
			PotRecord record = existing.get(pot.name());
			if (record == null) {
				record = new PotRecord(neighbourhood.value(), false);
				created++;
			}
			record.update(pot, owners.get(pot.owner().toLowerCase(Locale.ROOT)));
			potRecords.save(record);
			audit.record(existing.containsKey(pot.name()) ? "budget.changed" : "budget.registered", "budgetPot",
					record.id(), "import: " + pot.name());
		}
		events.publishEvent(new WorksChanged(neighbourhood));
		return new ImportSummary(created, pots.size() - created);
	}

	public void exportTasks(NeighbourhoodId neighbourhood, OutputStream out) {
		GeoJsonTaskWriter.write(tasks(neighbourhood).stream().map(RegisteredTask::task).toList(), out);
	}

	/** The pots as a CSV download: UTF-8 with byte-order mark, cells separated as asked. */
	public void exportPots(NeighbourhoodId neighbourhood, CsvFiles.Separator separator, OutputStream out) {
		BudgetPotCsv.download(pots(neighbourhood).stream().map(RegisteredPot::pot).toList(), separator, out);
	}

	/** Adds the demo's example portfolio (marked as example) without a logged-in person. */
	@Transactional
	public void addExample(NeighbourhoodId neighbourhood, List<Task> tasks, List<BudgetPot> pots) {
		Map<String, UUID> owners = ownersByName(neighbourhood);
		for (BudgetPot pot : pots) {
			PotRecord record = new PotRecord(neighbourhood.value(), true);
			record.update(pot, owner(owners, pot.owner()));
			potRecords.save(record);
		}
		for (Task task : tasks) {
			TaskRecord record = new TaskRecord(neighbourhood.value(), true);
			record.update(task, owner(owners, task.owner()), now());
			taskRecords.save(record);
		}
		couplings.reevaluate(neighbourhood, tasks, List.of(), stored.partyNames(neighbourhood));
		events.publishEvent(new WorksChanged(neighbourhood));
	}

	private static UUID owner(Map<String, UUID> owners, String name) {
		UUID id = owners.get(name.toLowerCase(Locale.ROOT));
		if (id == null) {
			throw new IllegalArgumentException("no party " + name);
		}
		return id;
	}

	private Map<String, UUID> ownersByName(NeighbourhoodId neighbourhood) {
		Map<String, UUID> owners = new HashMap<>();
		stored.partyNames(neighbourhood).forEach((id, name) -> owners.put(name.toLowerCase(Locale.ROOT), id));
		return owners;
	}

	private Set<String> themeCodes(Neighbourhood n) {
		Set<String> codes = new HashSet<>();
		for (Theme theme : themes.themes(n.programmeId())) {
			codes.add(theme.code().value());
		}
		return codes;
	}

	private Set<String> potNames(NeighbourhoodId neighbourhood) {
		return potRecords.findByNeighbourhoodIdOrderByName(neighbourhood.value()).stream().map(PotRecord::name)
				.collect(Collectors.toSet());
	}

	private Instant now() {
		return clock.instant();
	}
}
