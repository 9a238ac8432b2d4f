package nl.wijkatelier.works;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection published by a works register (any register: the properties are named by its
 * {@link RegisterSource}) into tasks. The type comes from the register's own type property through the register's
 * {@link WorkTypeMapping}; the window is the register's start to end date (the duration is the whole window), costs
 * are 0, and the owner is the party the importer chose unless the register's organisation property names another
 * party of the neighbourhood. The task's id is the register's record id.
 * <p>
 * A feature that cannot become a task is skipped with its reason, and the rest still import: no record id, an id
 * already used by an earlier feature of the file, no or an unmapped work type (or one the mapping skips), a missing
 * or unreadable date or an end before the start, a geometry that is not one or lies outside the neighbourhood (or,
 * without a boundary, outside the RD New area), an organisation that is a party the importer does not act for, or a
 * value no task may hold. A file that is not a FeatureCollection, names an unknown coordinate system or has more than
 * {@link #MAX_FEATURES} features is refused whole. Self-overlapping polygons, which registers hold, are repaired.
 */
public final class RegisterFeatures {

	/**
	 * The most features one file may have: the largest demo portfolio the project's own importers are measured
	 * with is 10 000 tasks (about 6 MB of GeoJSON), well inside the 20 MB upload limit.
	 */
	public static final int MAX_FEATURES = 10_000;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Who owns a task made of a feature, given the value of the register's organisation property (null when the
	 * register has none or the feature leaves it empty): the owner's name, or empty when it names a party the
	 * importer does not act for.
	 */
	public interface Owners extends Function<String, Optional<String>> {

		/** Every task belongs to {@code owner} (the command line). */
		static Owners always(String owner) {
			return value -> Optional.of(owner);
		}
	}

	private final RegisterSource source;
	private final WorkTypeMapping mapping;
	private final Owners owners;
	private final Optional<Geometry> area;
	private final List<WiorTasks.RegisterTask> tasks = new ArrayList<>();
	private final List<WiorTasks.Skipped> skipped = new ArrayList<>();
	private boolean rdNew;

	private RegisterFeatures(RegisterSource source, WorkTypeMapping mapping, Owners owners, Optional<Geometry> area) {
		this.source = source;
		this.mapping = mapping;
		this.owners = owners;
		this.area = area;
	}

	/**
	 * Reads one file.
	 *
	 * @param area the neighbourhood's boundary in RD New; features whose geometry does not touch it are skipped
	 */
	public static WiorTasks.Reading read(byte[] file, RegisterSource source, WorkTypeMapping mapping, Owners owners,
			Optional<Geometry> area) {
		return read(new ByteArrayInputStream(file), source, mapping, owners, area);
	}

	public static WiorTasks.Reading read(InputStream file, RegisterSource source, WorkTypeMapping mapping,
			Owners owners, Optional<Geometry> area) {
		JsonNode root;
		try {
			root = MAPPER.readTree(file);
		}
		catch (JacksonException ex) {
			throw new PortfolioImportException(List.of(UnreadableFiles.json(ex, 0)));
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
				|| !root.path("features").isArray()) {
			throw new PortfolioImportException(List.of(ImportError.file("type", "notFeatureCollection")));
		}
		if (root.path("features").size() > MAX_FEATURES) {
			throw new PortfolioImportException(List.of(ImportError.file("features", "register.tooManyFeatures",
					root.path("features").size(), MAX_FEATURES)));
		}
		RegisterFeatures reader = new RegisterFeatures(source, mapping, owners, area);
		reader.rdNew = switch (source.crs()) {
			case RD_NEW -> true;
			case WGS84 -> false;
			case AUTO -> rdNewByMember(root.path("crs"));
		};
		int number = 0;
		Map<String, Integer> ids = new HashMap<>();
		for (JsonNode feature : root.path("features")) {
			reader.feature(++number, feature, ids);
		}
		return new WiorTasks.Reading(reader.tasks, reader.skipped, Map.of());
	}

	/** The legacy {@code crs} member as the project's own GeoJSON reader takes it; none means WGS84. */
	private static boolean rdNewByMember(JsonNode crs) {
		if (crs.isMissingNode() || crs.isNull()) {
			return false;
		}
		String name = crs.path("properties").path("name").asString("");
		if (RdNew.isRdNewName(name)) {
			return true;
		}
		if (!RdNew.isWgs84Name(name)) {
			throw new PortfolioImportException(List.of(ImportError.file("crs", "unknownCrs", name)));
		}
		return false;
	}

	private void feature(int number, JsonNode feature, Map<String, Integer> ids) {
		JsonNode props = feature.path("properties");
		String registerId = Optional.ofNullable(text(props, source.idField()))
				.orElseGet(() -> source.idField().equals("id") ? text(feature, "id") : null);
		String title = Optional.ofNullable(text(props, source.titleField())).filter(t -> !t.isEmpty())
				.orElse(registerId == null ? "" : registerId);
		if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
			skip(number, "", title, "notFeature");
			return;
		}
		if (registerId == null || registerId.isEmpty()) {
			skip(number, "", title, "missingId", source.idField());
			return;
		}
		Integer first = ids.putIfAbsent(registerId, number);
		if (first != null) {
			skip(number, registerId, title, "duplicateId", source.idField(), first);
			return;
		}
		String typeValue = text(props, source.typeField());
		if (typeValue == null || typeValue.isEmpty()) {
			skip(number, registerId, title, "missingType", source.typeField());
			return;
		}
		Map<String, String> values = new HashMap<>();
		values.put(source.typeField(), typeValue);
		for (String field : mapping.fields()) {
			Optional.ofNullable(text(props, field)).ifPresent(v -> values.put(field, v));
		}
		WorkTypeMapping.Outcome outcome = mapping.classify(values);
		if (outcome instanceof WorkTypeMapping.SkippedByRule s) {
			skip(number, registerId, title, "byRule", s.rule().field(), s.rule().value());
			return;
		}
		if (!(outcome instanceof WorkTypeMapping.Typed typed)) {
			skip(number, registerId, title, "unmappedType", source.typeField(), typeValue);
			return;
		}
		Optional<LocalDate> start = date(number, registerId, title, source.startField(), props);
		if (start == null) {
			return;
		}
		Optional<LocalDate> end = date(number, registerId, title, source.endField(), props);
		if (end == null) {
			return;
		}
		if (end.get().isBefore(start.get())) {
			skip(number, registerId, title, "endBeforeStart", end.get(), start.get());
			return;
		}
		Optional<Geometry> geometry = geometry(number, registerId, title, feature.path("geometry"));
		if (geometry == null) {
			return;
		}
		String organisation = source.ownerField().isEmpty() ? null : text(props, source.ownerField());
		Optional<String> owner = owners.apply(organisation == null || organisation.isEmpty() ? null : organisation);
		if (owner.isEmpty()) {
			skip(number, registerId, title, "ownerNotYours", source.ownerField(), organisation);
			return;
		}
		List<ImportError> errors = new ArrayList<>();
		TaskValidation v = new TaskValidation((field, code, args) -> errors.add(ImportError.feature(number, registerId,
				field, code, args)));
		long days = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
		Task task = v.task(registerId, title, owner.get(), typed.type().name(), start.get().toString(),
				end.get().toString(), String.valueOf(days), null, "0", "0", List.of("INFRASTRUCTURE"), List.of(), List.of(),
				null, geometry);
		if (!errors.isEmpty()) {
			ImportError e = errors.get(0);
			skip(number, registerId, title, "invalid", e.field(),
					new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments().toArray(), e.code()));
			return;
		}
		tasks.add(new WiorTasks.RegisterTask(number, registerId, task));
	}

	/** The date of a property, or null after skipping the feature because it has none or an unreadable one. */
	private Optional<LocalDate> date(int number, String registerId, String title, String field, JsonNode props) {
		String value = text(props, field);
		if (value == null || value.isEmpty()) {
			skip(number, registerId, title, "missingDate", field);
			return null;
		}
		DateTimeFormatter format = source.dateFormat();
		try {
			if (format != null) {
				return Optional.of(LocalDate.parse(value, format));
			}
			if (value.length() > 10) {
				return Optional.of(OffsetDateTime.parse(value).toLocalDate());
			}
			return Optional.of(LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			if (format == null && value.length() > 10) {
				try {
					return Optional.of(LocalDate.parse(value.substring(0, 10)));
				}
				catch (DateTimeParseException again) {
					// fall through to the skip below
				}
			}
			skip(number, registerId, title, "badDate", field, value,
					source.datePattern().isEmpty() ? "yyyy-MM-dd" : source.datePattern());
			return null;
		}
	}

	/** The geometry in RD New (empty when the feature has none), or null after skipping the feature. */
	private Optional<Geometry> geometry(int number, String registerId, String title, JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return Optional.empty();
		}
		Geometry g;
		try (JsonParser parser = MAPPER.treeAsTokens(node)) {
			parser.nextToken();
			g = GeoJsonGeometry.read(parser);
		}
		catch (IllegalArgumentException ex) {
			skip(number, registerId, title, "badGeometry", ex.getMessage());
			return null;
		}
		Envelope e = g.getEnvelopeInternal();
		if (!rdNew && (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90)) {
			skip(number, registerId, title, "notWgs84");
			return null;
		}
		if (!rdNew) {
			g = RdNew.fromWgs84(g);
		}
		if (!GeoJsonTaskReader.RD_AREA.contains(g.getEnvelopeInternal())) {
			skip(number, registerId, title, "outsideRd");
			return null;
		}
		// registers hold self-overlapping polygons; they are repaired, not refused
		Geometry fixed = g.isValid() ? g : GeometryFixer.fix(g);
		if (fixed.isEmpty()) {
			skip(number, registerId, title, "badGeometry", "empty");
			return null;
		}
		if (area.isPresent() && !area.get().intersects(fixed)) {
			skip(number, registerId, title, "outsideNeighbourhood");
			return null;
		}
		return Optional.of(fixed);
	}

	private void skip(int number, String registerId, String title, String code, Object... arguments) {
		List<Object> args = new ArrayList<>();
		for (Object a : arguments) {
			args.add(a == null ? "" : a);
		}
		skipped.add(new WiorTasks.Skipped(number, registerId, title, code, args));
	}

	/** A string or number property as trimmed text, else null. */
	private static String text(JsonNode object, String name) {
		JsonNode v = object.path(name);
		return v.isString() || v.isNumber() ? v.asString().trim() : null;
	}
}
