package nl.wijkatelier.works;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Reads records of Amsterdam's WIOR register (Werken in de openbare ruimte, api.data.amsterdam.nl/v1/wior):
 * a JSON array of records, or the API's {@code {"_embedded": {"wior": [...]}}} page. A record has
 * {@code wiorNummer, projectnaam, beschrijving, datumStartUitvoering, datumEindeUitvoering, geometrie (WGS84)}
 * but no owner, cost or window beyond the planned execution, so: the window is the planned execution
 * (duration = the whole window), the owner is {@code WIOR}, costs are 0, and the type is guessed from words in
 * the name and description (e.g. "riool" → SEWER_REPLACEMENT, "elektra" → ELECTRICITY_GRID). Invalid polygons,
 * which registers contain, are repaired (JTS GeometryFixer). All or nothing, like {@link GeoJsonTaskReader}.
 */
public final class WiorTasks {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Words in a record's name or description and the type they mean; the first that matches wins. */
	private static final List<Map.Entry<String, TaskType>> WORDS = List.of(
			Map.entry("riool", TaskType.SEWER_REPLACEMENT), Map.entry("stadswarmte", TaskType.DISTRICT_HEATING),
			Map.entry("warmte", TaskType.DISTRICT_HEATING), Map.entry("glasvezel", TaskType.FIBRE),
			Map.entry("telecom", TaskType.FIBRE), Map.entry("elektra", TaskType.ELECTRICITY_GRID),
			Map.entry("kabel", TaskType.ELECTRICITY_GRID), Map.entry("spanning", TaskType.ELECTRICITY_GRID),
			Map.entry("gas", TaskType.GAS_GRID), Map.entry("water", TaskType.WATER_MAIN),
			Map.entry("t-stuk", TaskType.WATER_MAIN), Map.entry("herinricht", TaskType.ROAD_REDESIGN),
			Map.entry("autoluw", TaskType.ROAD_REDESIGN), Map.entry("asfalt", TaskType.ROAD_MAINTENANCE),
			Map.entry("bestrating", TaskType.ROAD_MAINTENANCE), Map.entry("onderhoud", TaskType.ROAD_MAINTENANCE),
			Map.entry("klimaat", TaskType.CLIMATE_ADAPTATION), Map.entry("groen", TaskType.GREENING),
			Map.entry("bomen", TaskType.GREENING), Map.entry("speel", TaskType.PLAY_AREA));

	private WiorTasks() {
	}

	public static List<Task> read(InputStream in) {
		JsonNode root;
		try {
			root = MAPPER.readTree(in);
		}
		catch (JacksonException ex) {
			throw new PortfolioImportException(List.of(UnreadableFiles.json(ex, 0)));
		}
		JsonNode records = root.isArray() ? root : root.path("_embedded").path("wior");
		if (!records.isArray()) {
			throw new PortfolioImportException(List.of(ImportError.file("", "notFeatureCollection")));
		}
		List<ImportError> errors = new ArrayList<>();
		List<Task> tasks = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		int number = 0;
		for (JsonNode r : records) {
			number++;
			int at = number;
			String id = text(r, "wiorNummer");
			if (id == null || id.isEmpty()) {
				id = text(r, "id");
			}
			String name = Optional.ofNullable(text(r, "projectnaam")).orElse("");
			String description = Optional.ofNullable(text(r, "beschrijving")).orElse("");
			String start = text(r, "datumStartUitvoering");
			String end = text(r, "datumEindeUitvoering");
			String taskId = id;
			int before = errors.size();
			if (id != null && !ids.add(id)) {
				errors.add(ImportError.feature(at, id, "wiorNummer", "duplicateId", "?"));
			}
			Optional<Geometry> geometry = Optional.empty();
			JsonNode g = r.path("geometrie");
			if (!g.isMissingNode() && !g.isNull()) {
				try {
					// registers hold self-overlapping multipolygons; they are repaired, not refused
					Geometry parsed = geometry(g);
					geometry = Optional.of(RdNew.fromWgs84(parsed.isValid() ? parsed : GeometryFixer.fix(parsed)));
				}
				catch (IllegalArgumentException ex) {
					errors.add(ImportError.feature(at, taskId, "geometrie", "badGeometry", ex.getMessage()));
				}
			}
			long days = 1;
			Optional<LocalDate> from = start == null ? Optional.empty() : TaskValidation.date(start);
			Optional<LocalDate> to = end == null ? Optional.empty() : TaskValidation.date(end);
			if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
				days = ChronoUnit.DAYS.between(from.get(), to.get()) + 1;
			}
			TaskValidation v = new TaskValidation((field, code, args) -> errors.add(ImportError.feature(at, taskId,
					field.equals("earliestStart") ? "datumStartUitvoering"
							: field.equals("latestEnd") ? "datumEindeUitvoering" : field, code, args)));
			if (id == null || id.isEmpty()) {
				v.error("wiorNummer", "required");
			}
			Task task = v.task(id, name.isEmpty() ? id : name, "WIOR", type(name + " " + description).name(), start, end,
					String.valueOf(days), null, "0", "0", List.of("INFRASTRUCTURE"), List.of(), List.of(), null, geometry);
			if (errors.size() == before) {
				tasks.add(task);
			}
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		return tasks;
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

	static TaskType type(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return WORDS.stream().filter(w -> lower.contains(w.getKey())).map(Map.Entry::getValue).findFirst()
				.orElse(TaskType.OTHER);
	}
}
