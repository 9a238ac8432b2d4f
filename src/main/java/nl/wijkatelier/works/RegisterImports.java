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

import org.locationtech.jts.geom.Geometry;
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
			LocalDate end, String owner, boolean update) {
	}

	/**
	 * What to import: WIOR files (no source), or one GeoJSON file of another register with its property choices.
	 *
	 * @param owner the party that owns the tasks (unless a GeoJSON register's organisation names another one)
	 */
	public record Request(String owner, List<byte[]> files, Optional<RegisterSource> source) {

		public Request {
			owner = owner == null ? "" : owner;
			files = List.copyOf(files);
		}

		public static Request wior(String owner, List<byte[]> files) {
			return new Request(owner, files, Optional.empty());
		}

		/** The register's name as its mapping, links and drafts are stored. */
		public String register() {
			return source.map(RegisterSource::key).orElse(WiorTasks.REGISTER);
		}
	}

	/** What an import of a register ({@code WIOR} or a GeoJSON register's name) will do (preview) or did. */
	public record Preview(List<Row> rows, List<WiorTasks.Skipped> skipped, Map<String, List<Integer>> unknownFields,
			String register) {

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
		return mapping(programme, WiorTasks.REGISTER);
	}

	/**
	 * The programme's mapping for a register: its own, or the defaults (shipped for WIOR; none for another register,
	 * so its features are skipped as unmapped until the programme adds rules).
	 */
	@Transactional(readOnly = true)
	public WorkTypeMapping mapping(ProgrammeId programme, String register) {
		String key = registerKey(register);
		return store.mapping(programme.value(), key).orElseGet(
				() -> key.equals(WiorTasks.REGISTER) ? WorkTypeMapping.wiorDefaults() : new WorkTypeMapping(List.of()));
	}

	/** Whether the programme still uses the shipped defaults. */
	@Transactional(readOnly = true)
	public boolean usesDefaultMapping(ProgrammeId programme) {
		return usesDefaultMapping(programme, WiorTasks.REGISTER);
	}

	@Transactional(readOnly = true)
	public boolean usesDefaultMapping(ProgrammeId programme, String register) {
		return store.mapping(programme.value(), registerKey(register)).isEmpty();
	}

	/** Replaces the programme's WIOR mapping (its admins). */
	@Transactional
	public WorkTypeMapping saveMapping(ProgrammeId programme, WorkTypeMapping mapping) {
		return saveMapping(programme, WiorTasks.REGISTER, mapping);
	}

	/** Replaces the programme's mapping of a register (its admins); an empty list is refused, since it would skip every record. */
	@Transactional
	public WorkTypeMapping saveMapping(ProgrammeId programme, String register, WorkTypeMapping mapping) {
		catalog.programme(programme);
		currentUsers.require(u -> u.administers(programme));
		String key = registerKey(register);
		if (mapping.rules().isEmpty()) {
			new Checks().add("rules", "works.mapping.empty").throwIfAny();
		}
		store.replaceMapping(programme.value(), key, mapping);
		audit.record("works.mapping.changed", "programme", programme.value(), key + ": " + mapping.rules().size() + " rules");
		return mapping;
	}

	/** The GeoJSON registers the programme has imported from, with the property choices it remembers. */
	@Transactional(readOnly = true)
	public List<RegisterSource> sources(ProgrammeId programme) {
		return store.sources(programme.value());
	}

	@Transactional(readOnly = true)
	public Optional<RegisterSource> source(ProgrammeId programme, String register) {
		return store.source(programme.value(), registerKey(register));
	}

	/** What importing the files would do; nothing is stored. */
	@Transactional(readOnly = true)
	public Preview preview(NeighbourhoodId neighbourhood, String owner, List<byte[]> files) {
		return preview(neighbourhood, Request.wior(owner, files));
	}

	/** What importing would do; nothing is stored. */
	@Transactional(readOnly = true)
	public Preview preview(NeighbourhoodId neighbourhood, Request request) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		return plan(neighbourhood, user, request).preview();
	}

	/** Imports the files, all or nothing, and answers what was done. */
	@Transactional
	public Preview importRecords(NeighbourhoodId neighbourhood, String owner, List<byte[]> files) {
		return importRecords(neighbourhood, Request.wior(owner, files));
	}

	/**
	 * Imports, all or nothing, and answers what was done; a GeoJSON register's property choices are remembered for
	 * the next import in the same transaction.
	 */
	@Transactional
	public Preview importRecords(NeighbourhoodId neighbourhood, Request request) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		store.lockNeighbourhood(neighbourhood.value());
		Planned planned = plan(neighbourhood, user, request);
		Preview plan = planned.preview();
		String register = request.register();
		Map<String, TaskRecord> existing = new HashMap<>();
		taskRecords.findByNeighbourhoodIdOrderByCode(neighbourhood.value()).forEach(r -> existing.put(r.code(), r));
		Map<String, Row> rows = new HashMap<>();
		plan.rows().forEach(r -> rows.put(r.registerId(), r));
		Instant now = clock.instant();
		List<Task> changed = new ArrayList<>();
		for (WiorTasks.RegisterTask rt : planned.reading().tasks()) {
			Row row = rows.get(rt.registerId());
			Task task = rename(rt.task(), row.code());
			TaskRecord record = existing.get(row.code());
			if (record == null) {
				record = new TaskRecord(neighbourhood.value(), false);
			}
			record.update(task, ownerId(neighbourhood, task.owner()).orElseThrow(), now);
			taskRecords.save(record);
			store.link(neighbourhood.value(), register, rt.registerId(), row.code(), now);
			audit.record(row.update() ? "task.changed" : "task.registered", "task", record.id(),
					"import " + register + " " + rt.registerId() + ": " + task.id() + " " + task.title());
			changed.add(task);
		}
		request.source().ifPresent(s -> store.saveSource(catalog.neighbourhood(neighbourhood).programmeId().value(), s, now));
		couplings.reevaluate(neighbourhood, changed, List.of(), stored.partyNames(neighbourhood));
		events.publishEvent(new TasksChanged(neighbourhood, changed.stream().map(Task::id).toList(), List.of()));
		return plan;
	}

	/** Keeps the files for the preview page until the officer confirms (or a day has passed). */
	@Transactional
	public UUID saveDraft(NeighbourhoodId neighbourhood, String owner, List<byte[]> files) {
		return saveDraft(neighbourhood, Request.wior(owner, files));
	}

	/**
	 * Keeps the files for the preview page until the officer confirms (or a day has passed); a GeoJSON register's
	 * property choices are remembered, since the confirmation reads them again.
	 */
	@Transactional
	public UUID saveDraft(NeighbourhoodId neighbourhood, Request request) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		Instant now = clock.instant();
		store.deleteDraftsBefore(now.minus(DRAFT_LIFETIME));
		request.source().ifPresent(s -> store.saveSource(catalog.neighbourhood(neighbourhood).programmeId().value(), s, now));
		UUID id = UUID.randomUUID();
		store.saveDraft(new RegisterImportStore.Draft(id, neighbourhood.value(), user.id().value(), request.register(),
				request.owner(), now, request.files().stream().map(f -> new String(f, StandardCharsets.UTF_8)).toList()));
		return id;
	}

	/** The import a draft made by the current person for this neighbourhood waits to do. */
	@Transactional(readOnly = true)
	public Request draft(NeighbourhoodId neighbourhood, UUID draftId) {
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, neighbourhood));
		RegisterImportStore.Draft draft = store.draft(draftId)
				.filter(d -> d.neighbourhoodId().equals(neighbourhood.value()) && d.userId().equals(user.id().value()))
				.orElseThrow(() -> new NotFoundException("import", draftId));
		List<byte[]> files = draft.files().stream().map(f -> f.getBytes(StandardCharsets.UTF_8)).toList();
		if (draft.register().equals(WiorTasks.REGISTER)) {
			return Request.wior(draft.owner(), files);
		}
		RegisterSource source = store.source(catalog.neighbourhood(neighbourhood).programmeId().value(), draft.register())
				.orElseThrow(() -> new NotFoundException("import", draftId));
		return new Request(draft.owner(), files, Optional.of(source));
	}

	/** Imports a draft and removes it, in one transaction. */
	@Transactional
	public Preview importDraft(NeighbourhoodId neighbourhood, UUID draftId) {
		Preview done = importRecords(neighbourhood, draft(neighbourhood, draftId));
		store.deleteDraft(draftId);
		return done;
	}

	/** A preview with the reading it was made of. */
	private record Planned(Preview preview, WiorTasks.Reading reading) {
	}

	private Planned plan(NeighbourhoodId neighbourhood, CurrentUser user, Request request) {
		Neighbourhood n = catalog.neighbourhood(neighbourhood);
		String owner = request.owner();
		Optional<UUID> ownerId = ownerId(neighbourhood, owner);
		Checks checks = new Checks();
		if (ownerId.isEmpty()) {
			checks.add("owner", "works.error.unknownOwner", owner == null ? "" : owner);
		}
		else if (!WorksRegister.mayChange(user, new PartyId(ownerId.get()))) {
			checks.add("owner", "works.error.notYourParty", owner);
		}
		if (request.files().isEmpty()) {
			checks.add("file", "error.required");
		}
		else if (request.source().isPresent() && request.files().size() > 1) {
			checks.add("file", "works.error.source.oneFile");
		}
		request.source().ifPresent(s -> s.check(checks));
		checks.throwIfAny();
		WiorTasks.Reading reading = read(n, user, request);
		String register = request.register();
		String idField = request.source().map(RegisterSource::idField).orElse("wiorNummer");
		Map<String, String> links = store.links(neighbourhood.value(), register);
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
				errors.add(ImportError.feature(rt.number(), t.id(), idField, "codeTaken", code));
			}
			else if (old != null && !WorksRegister.mayChange(user, new PartyId(old.ownerPartyId()))) {
				errors.add(ImportError.feature(rt.number(), t.id(), "id", "notYourTask", code));
			}
			t.themes().stream().filter(c -> !themeCodes.contains(c))
					.forEach(c -> errors.add(ImportError.feature(rt.number(), t.id(), "themes", "unknownTheme", c)));
			rows.add(new Row(rt.number(), rt.registerId(), code, t.title(), t.type(), t.earliestStart(), t.latestEnd(),
					t.owner(), old != null));
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		return new Planned(new Preview(rows, reading.skipped(), reading.unknownFields(), register), reading);
	}

	private WiorTasks.Reading read(Neighbourhood n, CurrentUser user, Request request) {
		WorkTypeMapping mapping = mapping(n.programmeId(), request.register());
		if (request.source().isEmpty()) {
			List<InputStream> streams = request.files().stream().<InputStream>map(ByteArrayInputStream::new).toList();
			return WiorTasks.read(streams, mapping, request.owner());
		}
		return RegisterFeatures.read(request.files().get(0), request.source().get(), mapping,
				owners(n.id(), user, request.owner()), boundary(n));
	}

	/**
	 * The owner of a feature: the party its organisation names when that is a party of the neighbourhood the
	 * importer acts for (none when it is one they do not act for), else the party the importer chose.
	 */
	private RegisterFeatures.Owners owners(NeighbourhoodId neighbourhood, CurrentUser user, String chosen) {
		Map<UUID, String> parties = stored.partyNames(neighbourhood);
		return organisation -> {
			if (organisation == null) {
				return Optional.of(chosen.trim());
			}
			Optional<Map.Entry<UUID, String>> party = parties.entrySet().stream()
					.filter(e -> e.getValue().trim().equalsIgnoreCase(organisation.trim())).findFirst();
			if (party.isEmpty()) {
				return Optional.of(chosen.trim());
			}
			return WorksRegister.mayChange(user, new PartyId(party.get().getKey())) ? Optional.of(party.get().getValue())
					: Optional.empty();
		};
	}

	/** The neighbourhood's boundary in RD New, when it has a readable one. */
	private static Optional<Geometry> boundary(Neighbourhood n) {
		try {
			return n.boundaryGeoJson().flatMap(GeoJsonGeometry::fromWgs84Json);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** WIOR, or a GeoJSON register's name as stored (upper case); a name no register may have is refused. */
	private static String registerKey(String register) {
		String r = register == null || register.isBlank() ? WiorTasks.REGISTER : register.trim().toUpperCase(Locale.ROOT);
		if (!r.equals(WiorTasks.REGISTER) && !RegisterSource.NAME.matcher(r).matches()) {
			new Checks().add("register", "works.error.source.badRegister").throwIfAny();
		}
		return r;
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
