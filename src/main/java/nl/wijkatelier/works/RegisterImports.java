package nl.wijkatelier.works;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.works.internal.RegisterImportStore;
import nl.wijkatelier.works.internal.TaskRecord;
import nl.wijkatelier.works.internal.TaskRecordRepository;

/**
 * Imports a works register (Amsterdam's WIOR: an export, a page or a page set) into a neighbourhood's tasks: the
 * type from the register's own fields through the programme's {@link WorkTypeMapping}, a preview of what will be
 * imported, updated and skipped (and why) before anything is stored, and a re-import that updates the tasks made
 * from the same register records (by the register's own id) instead of adding them again. All or nothing, in one
 * transaction, audit-logged and with the couplings re-evaluated like any other task change.
 */
@Service
public class RegisterImports {

	/** How long an unconfirmed preview's files are kept. */
	static final Duration DRAFT_LIFETIME = Duration.ofDays(1);

	/** One record that will be imported: {@code update} when a task made of it before is replaced. */
	public record Row(int number, String registerId, String code, String title, TaskType type, LocalDate start,
			LocalDate end, boolean update) {
	}

	/** What an import will do (preview) or did. */
	public record Preview(List<Row> rows, List<WiorTasks.Skipped> skipped, Map<String, List<Integer>> unknownFields) {

		public long updates() {
			return rows.stream().filter(Row::update).count();
		}

		public long creates() {
			return rows.size() - updates();
		}
	}

	private final RegisterImportStore store;
	private final TaskRecordRepository taskRecords;
	private final StoredPortfolio stored;
	private final Couplings couplings;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegisterImports(RegisterImportStore store, TaskRecordRepository taskRecords, StoredPortfolio stored,
			Couplings couplings, ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers, AuditLog audit,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.store = store;
		this.taskRecords = taskRecords;
		this.stored = stored;
		this.couplings = couplings;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The programme's mapping for the WIOR register: its own, or the shipped defaults. */
	@Transactional(readOnly = true)
	public WorkTypeMapping mapping(ProgrammeId programme) {
		return store.mapping(programme.value(), WiorTasks.REGISTER).orElseGet(WorkTypeMapping::wiorDefaults);
	}

	/** Whether the programme still uses the shipped defaults. */
	@Transactional(readOnly = true)
	public boolean usesDefaultMapping(ProgrammeId programme) {
		return store.mapping(programme.value(), WiorTasks.REGISTER).isEmpty();
	}

	/** Replaces the programme's mapping (its admins); an empty list is refused, since it would skip every record. */
	@Transactional
	public WorkTypeMapping saveMapping(ProgrammeId programme, WorkTypeMapping mapping) {
		catalog.programme(programme);
		currentUsers.require(u -> u.administers(programme));
		if (mapping.rules().isEmpty()) {
			new Checks().add("rules", "works.mapping.empty").throwIfAny();
		}
		store.replaceMapping(programme.value(), WiorTasks.REGISTER, mapping);
		audit.record("works.mapping.changed", "programme", programme.value(),
				WiorTasks.REGISTER + ": " + mapping.rules().size() + " rules");
		return mapping;
	}

	/** What importing the files would do; nothing is stored. */
	@Transactional(readOnly = true)
	public Preview preview(NeighbourhoodId neighbourhood, String owner, List<byte[]> files) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		return plan(neighbourhood, user, owner, files);
	}

	/** Imports the files, all or nothing, and answers what was done. */
	@Transactional
	public Preview importRecords(NeighbourhoodId neighbourhood, String owner, List<byte[]> files) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		Preview plan = plan(neighbourhood, user, owner, files);
		UUID ownerId = ownerId(neighbourhood, owner).orElseThrow();
		Map<String, TaskRecord> existing = new HashMap<>();
		taskRecords.findByNeighbourhoodIdOrderByCode(neighbourhood.value()).forEach(r -> existing.put(r.code(), r));
		WiorTasks.Reading reading = read(neighbourhood, owner, files);
		Map<String, Row> rows = new HashMap<>();
		plan.rows().forEach(r -> rows.put(r.registerId(), r));
		Instant now = clock.instant();
		List<Task> changed = new ArrayList<>();
		for (WiorTasks.RegisterTask rt : reading.tasks()) {
			Row row = rows.get(rt.registerId());
			Task task = rename(rt.task(), row.code());
			TaskRecord record = existing.get(row.code());
			if (record == null) {
				record = new TaskRecord(neighbourhood.value(), false);
			}
			record.update(task, ownerId, now);
			taskRecords.save(record);
			store.link(neighbourhood.value(), WiorTasks.REGISTER, rt.registerId(), row.code(), now);
			audit.record(row.update() ? "task.changed" : "task.registered", "task", record.id(),
					"import " + WiorTasks.REGISTER + " " + rt.registerId() + ": " + task.id() + " " + task.title());
			changed.add(task);
		}
		couplings.reevaluate(neighbourhood, changed, List.of(), stored.partyNames(neighbourhood));
		events.publishEvent(new TasksChanged(neighbourhood, changed.stream().map(Task::id).toList(), List.of()));
		return plan;
	}

	/** Keeps the files for the preview page until the officer confirms (or a day has passed). */
	@Transactional
	public UUID saveDraft(NeighbourhoodId neighbourhood, String owner, List<byte[]> files) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		Instant now = clock.instant();
		store.deleteDraftsBefore(now.minus(DRAFT_LIFETIME));
		UUID id = UUID.randomUUID();
		store.saveDraft(new RegisterImportStore.Draft(id, neighbourhood.value(), user.id().value(), WiorTasks.REGISTER,
				owner, now, files.stream().map(f -> new String(f, StandardCharsets.UTF_8)).toList()));
		return id;
	}

	/** The owner and files of a draft made by the current person for this neighbourhood. */
	@Transactional(readOnly = true)
	public Map.Entry<String, List<byte[]>> draft(NeighbourhoodId neighbourhood, UUID draftId) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		RegisterImportStore.Draft draft = store.draft(draftId)
				.filter(d -> d.neighbourhoodId().equals(neighbourhood.value()) && d.userId().equals(user.id().value()))
				.orElseThrow(() -> new NotFoundException("import", draftId));
		return Map.entry(draft.owner(),
				draft.files().stream().map(f -> f.getBytes(StandardCharsets.UTF_8)).toList());
	}

	/** Imports a draft and removes it, in one transaction. */
	@Transactional
	public Preview importDraft(NeighbourhoodId neighbourhood, UUID draftId) {
		Map.Entry<String, List<byte[]>> draft = draft(neighbourhood, draftId);
		Preview done = importRecords(neighbourhood, draft.getKey(), draft.getValue());
		store.deleteDraft(draftId);
		return done;
	}

	private Preview plan(NeighbourhoodId neighbourhood, CurrentUser user, String owner, List<byte[]> files) {
		Neighbourhood n = catalog.neighbourhood(neighbourhood);
		Optional<UUID> ownerId = ownerId(neighbourhood, owner);
		Checks checks = new Checks();
		if (ownerId.isEmpty()) {
			checks.add("owner", "works.error.unknownOwner", owner == null ? "" : owner);
		}
		else if (!WorksRegister.mayChange(user, new PartyId(ownerId.get()))) {
			checks.add("owner", "works.error.notYourParty", owner);
		}
		if (files.isEmpty()) {
			checks.add("file", "error.required");
		}
		checks.throwIfAny();
		WiorTasks.Reading reading = read(neighbourhood, owner, files);
		Map<String, String> links = store.links(neighbourhood.value(), WiorTasks.REGISTER);
		Map<String, TaskRecord> existing = new HashMap<>();
		taskRecords.findByNeighbourhoodIdOrderByCode(neighbourhood.value()).forEach(r -> existing.put(r.code(), r));
		Set<String> themeCodes = new HashSet<>();
		themes.themes(n.programmeId()).forEach(t -> themeCodes.add(t.code().value()));
		List<ImportError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		for (WiorTasks.RegisterTask rt : reading.tasks()) {
			Task t = rt.task();
			String code = links.getOrDefault(rt.registerId(), t.id());
			TaskRecord old = existing.get(code);
			boolean linked = links.containsKey(rt.registerId());
			if (old != null && !linked) {
				errors.add(ImportError.feature(rt.number(), t.id(), "wiorNummer", "codeTaken", code));
			}
			else if (old != null && !WorksRegister.mayChange(user, new PartyId(old.ownerPartyId()))) {
				errors.add(ImportError.feature(rt.number(), t.id(), "id", "notYourTask", code));
			}
			t.themes().stream().filter(c -> !themeCodes.contains(c))
					.forEach(c -> errors.add(ImportError.feature(rt.number(), t.id(), "themes", "unknownTheme", c)));
			rows.add(new Row(rt.number(), rt.registerId(), code, t.title(), t.type(), t.earliestStart(), t.latestEnd(),
					old != null));
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		return new Preview(rows, reading.skipped(), reading.unknownFields());
	}

	private WiorTasks.Reading read(NeighbourhoodId neighbourhood, String owner, List<byte[]> files) {
		List<InputStream> streams = files.stream().<InputStream>map(ByteArrayInputStream::new).toList();
		return WiorTasks.read(streams, mapping(catalog.neighbourhood(neighbourhood).programmeId()), owner);
	}

	private Optional<UUID> ownerId(NeighbourhoodId neighbourhood, String owner) {
		if (owner == null) {
			return Optional.empty();
		}
		return stored.partyNames(neighbourhood).entrySet().stream()
				.filter(e -> e.getValue().toLowerCase(Locale.ROOT).equals(owner.trim().toLowerCase(Locale.ROOT)))
				.map(Map.Entry::getKey).findFirst();
	}

	private static Task rename(Task t, String code) {
		return code.equals(t.id()) ? t : new Task(code, t.title(), t.owner(), t.type(), t.earliestStart(), t.latestEnd(),
				t.durationDays(), t.preferredStart(), t.costCents(), t.shareableCostCents(), t.themes(), t.dependsOn(),
				t.funding(), t.pinnedStart(), t.geometry());
	}
}
