package nl.wijkatelier.works;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads records of Amsterdam's WIOR register (Werken in de openbare ruimte, api.data.amsterdam.nl/v1/wior): an
 * export (a JSON array of records), one API page ({@code {"_links": {"self", "next"}, "_embedded": {"wior": [...]}}})
 * or a page set (several pages, as files or as one JSON array of pages), put in order by following each page's
 * {@code _links.next} to the page whose {@code _links.self} it names.
 * <p>
 * A record has {@code id, wiorNummer, projectnaam, beschrijving, datumStartUitvoering, datumEindeUitvoering,
 * hoofdstatus, typeWerkzaamheden, geometrie (WGS84)} but no owner, cost or window beyond the planned execution,
 * so: the window is the planned execution (duration = the whole window), costs are 0, the owner is the party the
 * importer names, and the type comes from the register's own fields through a {@link WorkTypeMapping} (never from
 * words in the title). Records the mapping skips are listed with the reason. The task's id is the WIOR number; a
 * re-import is recognised by the register's own {@code id}. Invalid polygons, which registers contain, are repaired
 * (JTS GeometryFixer). All or nothing: any faulty record to be imported fails the whole reading.
 */
public final class WiorTasks {

	public static final String REGISTER = "WIOR";

	/** The fields of a WIOR record (schema wior/v2); any other is reported as ignored. */
	static final Set<String> RECORD_FIELDS = Set.of("_links", "id", "geometrie", "wiorNummer", "projectnaam",
			"beschrijving", "datumStartUitvoering", "datumEindeUitvoering", "periodeGeplandeUitvoering", "hoofdstatus",
			"typeWerkzaamheden");
	static final Set<String> PAGE_FIELDS = Set.of("_links", "_embedded", "page");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** A record to import: the register's own id and the task made of it. */
	public record RegisterTask(int number, String registerId, Task task) {
	}

	/**
	 * A record left out, with the reason: {@code code} is a works message key suffix ({@code works.skip.<code>}).
	 */
	public record Skipped(int number, String registerId, String title, String code, List<Object> arguments) {

		public Skipped {
			arguments = List.copyOf(arguments);
		}
	}

	/**
	 * What a reading found: the records to import, those skipped and why, and the fields it did not know (which
	 * it ignored) with the numbers of the records that had them.
	 */
	public record Reading(List<RegisterTask> tasks, List<Skipped> skipped, Map<String, List<Integer>> unknownFields) {

		public Reading {
			tasks = List.copyOf(tasks);
			skipped = List.copyOf(skipped);
			unknownFields = Map.copyOf(unknownFields);
		}
	}

	private WiorTasks() {
	}

	/** The command line's reading of one file: the default mapping, owner {@code WIOR}; skipped records left out. */
	public static List<Task> read(InputStream in) {
		return read(in, WorkTypeMapping.wiorDefaults());
	}

	/** {@link #read(InputStream)} with the given mapping. */
	public static List<Task> read(InputStream in, WorkTypeMapping mapping) {
		return read(List.of(in), mapping, REGISTER).tasks().stream().map(RegisterTask::task).toList();
	}

	/** Reads one export, page or page set. */
	public static Reading read(byte[] file, WorkTypeMapping mapping, String owner) {
		return read(List.of(new ByteArrayInputStream(file)), mapping, owner);
	}

	/** Reads files that are each an export, a page or an array of pages; pages are put in order by their links. */
	public static Reading read(List<InputStream> files, WorkTypeMapping mapping, String owner) {
		List<JsonNode> records = records(files);
		List<ImportError> errors = new ArrayList<>();
		List<RegisterTask> tasks = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		Map<String, List<Integer>> unknown = new LinkedHashMap<>();
		Set<String> known = new HashSet<>(RECORD_FIELDS);
		known.addAll(mapping.fields());
		Set<String> ids = new HashSet<>();
		int number = 0;
		for (JsonNode r : records) {
			number++;
			int at = number;
			if (!r.isObject()) {
				errors.add(ImportError.feature(at, "", "", "wior.notRecord"));
				continue;
			}
			for (String field : r.propertyNames()) {
				if (!known.contains(field)) {
					unknown.computeIfAbsent(field, f -> new ArrayList<>()).add(at);
				}
			}
			String registerId = Optional.ofNullable(text(r, "id")).filter(s -> !s.isEmpty())
					.orElse(text(r, "wiorNummer"));
			String number0 = Optional.ofNullable(text(r, "wiorNummer")).filter(s -> !s.isEmpty())
					.orElse(registerId);
			String name = Optional.ofNullable(text(r, "projectnaam")).orElse("");
			if (registerId == null || registerId.isEmpty()) {
				errors.add(ImportError.feature(at, "", "id", "required"));
				continue;
			}
			if (!ids.add(registerId)) {
				errors.add(ImportError.feature(at, registerId, "id", "duplicateId", "?"));
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (String field : mapping.fields()) {
				String value = text(r, field);
				if (value != null) {
					values.put(field, value);
				}
			}
			String title = name.isEmpty() ? number0 : name;
			WorkTypeMapping.Outcome outcome = mapping.classify(values);
			if (outcome instanceof WorkTypeMapping.SkippedByRule s) {
				skipped.add(new Skipped(at, registerId, title, "byRule", List.of(s.rule().field(), s.rule().value())));
			}
			else if (outcome instanceof WorkTypeMapping.Unmapped u) {
				skipped.add(new Skipped(at, registerId, title, "unmapped", List.of(describe(u.values()))));
			}
			else if (outcome instanceof WorkTypeMapping.Typed t) {
				task(r, at, number0, title, owner, t.type(), errors)
						.ifPresent(task -> tasks.add(new RegisterTask(at, registerId, task)));
			}
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		return new Reading(tasks, skipped, unknown);
	}

	private static String describe(Map<String, String> values) {
		List<String> parts = new ArrayList<>();
		values.forEach((field, value) -> parts.add(field + " = '" + value + "'"));
		return String.join(", ", parts);
	}

	private static Optional<Task> task(JsonNode r, int at, String id, String title, String owner, TaskType type,
			List<ImportError> errors) {
		String start = text(r, "datumStartUitvoering");
		String end = text(r, "datumEindeUitvoering");
		int before = errors.size();
		Optional<Geometry> geometry = Optional.empty();
		JsonNode g = r.path("geometrie");
		if (!g.isMissingNode() && !g.isNull()) {
			try {
				// registers hold self-overlapping multipolygons; they are repaired, not refused
				Geometry parsed = geometry(g);
				geometry = Optional.of(RdNew.fromWgs84(parsed.isValid() ? parsed : GeometryFixer.fix(parsed)));
			}
			catch (IllegalArgumentException ex) {
				errors.add(ImportError.feature(at, id, "geometrie", "badGeometry", ex.getMessage()));
			}
		}
		long days = 1;
		Optional<LocalDate> from = start == null ? Optional.empty() : TaskValidation.date(start);
		Optional<LocalDate> to = end == null ? Optional.empty() : TaskValidation.date(end);
		if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
			days = ChronoUnit.DAYS.between(from.get(), to.get()) + 1;
		}
		TaskValidation v = new TaskValidation((field, code, args) -> errors.add(ImportError.feature(at, id,
				field.equals("earliestStart") ? "datumStartUitvoering"
						: field.equals("latestEnd") ? "datumEindeUitvoering" : field.equals("title") ? "projectnaam" : field,
				code, args)));
		Task task = v.task(id, title, owner, type.name(), start, end, String.valueOf(days), null, "0", "0",
				List.of("INFRASTRUCTURE"), List.of(), List.of(), null, geometry);
		return errors.size() == before ? Optional.of(task) : Optional.empty();
	}

	/** Every record of the files, pages in the order their links give. */
	private static List<JsonNode> records(List<InputStream> files) {
		List<JsonNode> records = new ArrayList<>();
		List<JsonNode> pages = new ArrayList<>();
		List<ImportError> errors = new ArrayList<>();
		for (InputStream in : files) {
			JsonNode root;
			try {
				root = MAPPER.readTree(in);
			}
			catch (JacksonException ex) {
				throw new PortfolioImportException(List.of(UnreadableFiles.json(ex, 0)));
			}
			if (root.isArray() && !root.isEmpty() && root.get(0).has("_embedded")) {
				root.forEach(pages::add);
			}
			else if (root.isArray()) {
				root.forEach(records::add);
			}
			else if (root.isObject() && root.has("_embedded")) {
				pages.add(root);
			}
			else {
				errors.add(ImportError.file("", "wior.notWior"));
			}
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		for (JsonNode page : ordered(pages)) {
			JsonNode list = page.path("_embedded").path("wior");
			if (!list.isArray()) {
				throw new PortfolioImportException(List.of(ImportError.file("_embedded", "wior.noRecords")));
			}
			list.forEach(records::add);
		}
		return records;
	}

	/**
	 * The pages from the first (the one no other page names as next) along {@code _links.next}. A next page that
	 * was not given, two first pages, or a page not reached from the first is refused: a page set is imported
	 * whole or not at all.
	 */
	static List<JsonNode> ordered(List<JsonNode> pages) {
		if (pages.size() <= 1) {
			return pages;
		}
		Map<String, JsonNode> bySelf = new LinkedHashMap<>();
		Set<String> named = new LinkedHashSet<>();
		for (JsonNode page : pages) {
			String self = href(page, "self");
			if (self == null) {
				throw new PortfolioImportException(List.of(ImportError.file("_links.self", "wior.pageWithoutSelf")));
			}
			bySelf.put(self, page);
			Optional.ofNullable(href(page, "next")).ifPresent(named::add);
		}
		List<String> firsts = bySelf.keySet().stream().filter(self -> !named.contains(self)).toList();
		if (firsts.size() != 1) {
			throw new PortfolioImportException(List.of(ImportError.file("_links.next", "wior.notOneChain", firsts.size())));
		}
		List<JsonNode> ordered = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String at = firsts.get(0); at != null; ) {
			JsonNode page = bySelf.get(at);
			if (page == null) {
				throw new PortfolioImportException(List.of(ImportError.file("_links.next", "wior.pageMissing", at)));
			}
			if (!seen.add(at)) {
				throw new PortfolioImportException(List.of(ImportError.file("_links.next", "wior.notOneChain", 0)));
			}
			ordered.add(page);
			at = href(page, "next");
		}
		if (ordered.size() != pages.size()) {
			throw new PortfolioImportException(List.of(ImportError.file("_links.next", "wior.notOneChain", 2)));
		}
		return ordered;
	}

	private static String href(JsonNode page, String rel) {
		JsonNode href = page.path("_links").path(rel).path("href");
		return href.isString() && !href.asString().isBlank() ? href.asString() : null;
	}

	private static Geometry geometry(JsonNode node) {
		try (JsonParser parser = MAPPER.treeAsTokens(node)) {
			parser.nextToken();
			return GeoJsonGeometry.read(parser);
		}
	}

	/** A string or number property as trimmed text, else null. */
	private static String text(JsonNode record, String name) {
		JsonNode v = record.path(name);
		return v.isString() || v.isNumber() ? v.asString().trim() : null;
	}
}
