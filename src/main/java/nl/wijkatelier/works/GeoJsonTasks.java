package nl.wijkatelier.works;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.shared.Money;

/**
 * Reads and writes a task portfolio as a GeoJSON FeatureCollection (RFC 7946), streaming, so a million tasks
 * fit in memory. The properties are those of issue 4 ({@code id, title, owner, type, earliestStart, latestEnd,
 * durationDays, preferredStart, cost, shareableCost, themes, dependsOn, funding, pinnedStart}); amounts are
 * euros with at most cent precision. Coordinates are WGS84 unless the collection carries the legacy member
 * {@code "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}; either way the tasks
 * come out in RD New. Reading is all or nothing: {@link PortfolioImportException} lists every error.
 */
public final class GeoJsonTasks {

	/** Geometry coordinates of RD New's area of validity, with a margin, in metres. */
	private static final Envelope RD_AREA = new Envelope(-7000, 300000, 289000, 629000);

	private static final GeometryFactory FACTORY = new GeometryFactory(
			PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

	private static final JsonMapper MAPPER = JsonMapper.builder()
			.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private GeoJsonTasks() {
	}

	public static GeometryFactory geometryFactory() {
		return FACTORY;
	}

	/** Reads tasks, checking each on its own and then the whole (unique ids, dependencies that exist). */
	public static List<Task> read(InputStream in) {
		Reader reader = new Reader();
		try (JsonParser parser = MAPPER.createParser(in)) {
			reader.readCollection(parser);
		}
		catch (JacksonException ex) {
			reader.errors.add(UnreadableFiles.json(ex, reader.features));
		}
		return reader.finish();
	}

	/** Writes tasks as a FeatureCollection in WGS84 (RFC 7946), coordinates to 7 decimals (about 1 cm). */
	public static void write(List<Task> tasks, OutputStream out) {
		try (JsonGenerator gen = MAPPER.createGenerator(out)) {
			gen.writeStartObject();
			gen.writeName("type");
			gen.writeString("FeatureCollection");
			gen.writeName("features");
			gen.writeStartArray();
			for (Task task : tasks) {
				writeFeature(gen, task, true);
			}
			gen.writeEndArray();
			gen.writeEndObject();
		}
	}

	/** One Feature; the geometry in WGS84 when {@code wgs84}, else as stored in RD New. */
	public static void writeFeature(JsonGenerator gen, Task task, boolean wgs84) {
		gen.writeStartObject();
		gen.writeName("type");
		gen.writeString("Feature");
		gen.writeName("geometry");
		if (task.geometry().isPresent()) {
			writeGeometry(gen, wgs84 ? RdNew.toWgs84(task.geometry().get()) : task.geometry().get());
		}
		else {
			gen.writeNull();
		}
		gen.writeName("properties");
		gen.writeStartObject();
		string(gen, "id", task.id());
		string(gen, "title", task.title());
		string(gen, "owner", task.owner());
		string(gen, "type", task.type().name());
		string(gen, "earliestStart", task.earliestStart().toString());
		string(gen, "latestEnd", task.latestEnd().toString());
		gen.writeName("durationDays");
		gen.writeNumber(task.durationDays());
		task.preferredStart().ifPresent(d -> string(gen, "preferredStart", d.toString()));
		gen.writeName("cost");
		gen.writeNumber(Money.ofCents(task.costCents()).toDecimal());
		gen.writeName("shareableCost");
		gen.writeNumber(Money.ofCents(task.shareableCostCents()).toDecimal());
		stringList(gen, "themes", task.themes());
		stringList(gen, "dependsOn", task.dependsOn());
		gen.writeName("funding");
		gen.writeStartArray();
		for (Funding f : task.funding()) {
			gen.writeStartObject();
			string(gen, "pot", f.pot());
			gen.writeName("amount");
			gen.writeNumber(Money.ofCents(f.amountCents()).toDecimal());
			gen.writeEndObject();
		}
		gen.writeEndArray();
		task.pinnedStart().ifPresent(d -> string(gen, "pinnedStart", d.toString()));
		gen.writeEndObject();
		gen.writeEndObject();
	}

	private static void string(JsonGenerator gen, String name, String value) {
		gen.writeName(name);
		gen.writeString(value);
	}

	private static void stringList(JsonGenerator gen, String name, List<String> values) {
		gen.writeName(name);
		gen.writeStartArray();
		for (String v : values) {
			gen.writeString(v);
		}
		gen.writeEndArray();
	}

	/** Writes a geometry's GeoJSON object, coordinates rounded to 7 decimals (1 cm in degrees, 0.1 µm in metres). */
	public static void writeGeometry(JsonGenerator gen, Geometry g) {
		gen.writeStartObject();
		gen.writeName("type");
		gen.writeString(g.getGeometryType());
		gen.writeName("coordinates");
		writeCoordinates(gen, g);
		gen.writeEndObject();
	}

	private static void writeCoordinates(JsonGenerator gen, Geometry g) {
		if (g instanceof Point p) {
			position(gen, p.getCoordinateSequence(), 0);
		}
		else if (g instanceof LineString l) {
			sequence(gen, l.getCoordinateSequence());
		}
		else if (g instanceof Polygon p) {
			gen.writeStartArray();
			sequence(gen, p.getExteriorRing().getCoordinateSequence());
			for (int i = 0; i < p.getNumInteriorRing(); i++) {
				sequence(gen, p.getInteriorRingN(i).getCoordinateSequence());
			}
			gen.writeEndArray();
		}
		else {
			gen.writeStartArray();
			for (int i = 0; i < g.getNumGeometries(); i++) {
				writeCoordinates(gen, g.getGeometryN(i));
			}
			gen.writeEndArray();
		}
	}

	private static void sequence(JsonGenerator gen, CoordinateSequence seq) {
		gen.writeStartArray();
		for (int i = 0; i < seq.size(); i++) {
			position(gen, seq, i);
		}
		gen.writeEndArray();
	}

	private static void position(JsonGenerator gen, CoordinateSequence seq, int i) {
		gen.writeStartArray();
		gen.writeNumber(round7(seq.getX(i)));
		gen.writeNumber(round7(seq.getY(i)));
		gen.writeEndArray();
	}

	private static double round7(double v) {
		return Math.round(v * 1e7) / 1e7;
	}

	/** The reading state of one file. */
	private static final class Reader {
		final List<ImportError> errors = new ArrayList<>();
		final List<Task> tasks = new ArrayList<>();
		final List<Integer> featureNumbers = new ArrayList<>();
		final Map<String, String> interned = new HashMap<>();
		boolean rdNew;
		boolean sawFeatures;
		int features;

		void readCollection(JsonParser p) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				errors.add(ImportError.file("", "notFeatureCollection"));
				return;
			}
			String type = null;
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				switch (name) {
					case "type" -> type = value == JsonToken.VALUE_STRING ? p.getString() : "";
					case "crs" -> readCrs(MAPPER.readTree(p));
					case "features" -> readFeatures(p, value);
					default -> p.skipChildren();
				}
			}
			if (!"FeatureCollection".equals(type) || !sawFeatures) {
				errors.add(ImportError.file("type", "notFeatureCollection"));
			}
		}

		void readCrs(JsonNode crs) {
			String name = crs.path("properties").path("name").asString("");
			if (name.equals(RdNew.URN) || name.equals("EPSG:28992") || name.equals("urn:ogc:def:crs:EPSG:28992")) {
				rdNew = true;
			}
			else if (!(name.equals("urn:ogc:def:crs:OGC:1.3:CRS84") || name.equals("EPSG:4326")
					|| name.equals("urn:ogc:def:crs:EPSG::4326"))) {
				errors.add(ImportError.file("crs", "unknownCrs", name));
			}
		}

		void readFeatures(JsonParser p, JsonToken start) {
			if (start != JsonToken.START_ARRAY) {
				errors.add(ImportError.file("features", "notFeatureCollection"));
				p.skipChildren();
				return;
			}
			sawFeatures = true;
			while (p.nextToken() != JsonToken.END_ARRAY) {
				features++;
				JsonNode feature = MAPPER.readTree(p);
				readFeature(features, feature);
			}
		}

		void readFeature(int number, JsonNode feature) {
			JsonNode props = feature.path("properties");
			String id = text(props, "id");
			int before = errors.size();
			if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
				errors.add(ImportError.feature(number, id, "type", "notFeature"));
				return;
			}
			Fields f = new Fields(number, id, props, errors, interned);
			Task task = f.task(geometry(number, id, feature.path("geometry")));
			if (errors.size() == before) {
				tasks.add(task);
				featureNumbers.add(number);
			}
		}

		Optional<Geometry> geometry(int number, String id, JsonNode node) {
			if (node.isMissingNode() || node.isNull()) {
				return Optional.empty();
			}
			try {
				Geometry g = parseGeometry(node);
				if (g.isEmpty()) {
					return Optional.empty();
				}
				if (g instanceof Polygon || g instanceof MultiPolygon) {
					if (!g.isValid()) {
						errors.add(ImportError.feature(number, id, "geometry", "invalidPolygon"));
						return Optional.empty();
					}
				}
				return Optional.of(g);
			}
			catch (IllegalArgumentException ex) {
				errors.add(ImportError.feature(number, id, "geometry", "badGeometry", ex.getMessage()));
				return Optional.empty();
			}
		}

		List<Task> finish() {
			List<Task> result = new ArrayList<>(tasks.size());
			Map<String, Integer> seen = new HashMap<>();
			for (int i = 0; i < tasks.size(); i++) {
				Task task = tasks.get(i);
				int number = featureNumbers.get(i);
				Integer first = seen.putIfAbsent(task.id(), number);
				if (first != null) {
					errors.add(ImportError.feature(number, task.id(), "id", "duplicateId", first));
				}
				if (task.geometry().isPresent()) {
					Geometry g = task.geometry().get();
					if (rdNew) {
						if (!RD_AREA.contains(g.getEnvelopeInternal())) {
							errors.add(ImportError.feature(number, task.id(), "geometry", "outsideRd"));
						}
					}
					else {
						Envelope e = g.getEnvelopeInternal();
						if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
							errors.add(ImportError.feature(number, task.id(), "geometry", "outsideWgs84"));
						}
						else {
							RdNew.fromWgs84(g);
						}
					}
				}
				result.add(task);
			}
			for (int i = 0; i < result.size(); i++) {
				Task task = result.get(i);
				for (String dependency : task.dependsOn()) {
					if (dependency.equals(task.id())) {
						errors.add(ImportError.feature(featureNumbers.get(i), task.id(), "dependsOn", "dependsOnItself"));
					}
					else if (!seen.containsKey(dependency)) {
						errors.add(ImportError.feature(featureNumbers.get(i), task.id(), "dependsOn",
								"unknownDependency", dependency));
					}
				}
			}
			if (errors.isEmpty()) {
				Dependencies.cycle(result).ifPresent(cycle -> errors.add(ImportError.feature(
						featureNumbers.get(indexOf(result, cycle.get(0))), cycle.get(0), "dependsOn",
						"dependencyCycle", String.join(" → ", cycle))));
			}
			if (!errors.isEmpty()) {
				throw new PortfolioImportException(errors);
			}
			return result;
		}

		private static int indexOf(List<Task> tasks, String id) {
			for (int i = 0; i < tasks.size(); i++) {
				if (tasks.get(i).id().equals(id)) {
					return i;
				}
			}
			return 0;
		}
	}

	/**
	 * A GeoJSON geometry object in WGS84 as text (a form field), converted to RD New; empty for blank text.
	 *
	 * @throws IllegalArgumentException when it is not a valid geometry within WGS84's ranges
	 */
	public static Optional<Geometry> geometryFromWgs84(String json) {
		if (json == null || json.isBlank()) {
			return Optional.empty();
		}
		Geometry g;
		try {
			g = parseGeometry(MAPPER.readTree(json));
		}
		catch (JacksonException ex) {
			long line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			throw new IllegalArgumentException(ex instanceof tools.jackson.core.exc.StreamConstraintsException
					? "nested too deeply" : "not JSON (line " + line + ")");
		}
		Envelope e = g.getEnvelopeInternal();
		if (g.isEmpty() || e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
			throw new IllegalArgumentException("coordinates are not longitudes and latitudes");
		}
		if ((g instanceof Polygon || g instanceof MultiPolygon) && !g.isValid()) {
			throw new IllegalArgumentException("the polygon is invalid");
		}
		return Optional.of(RdNew.fromWgs84(g));
	}

	/** A geometry as a GeoJSON text in WGS84, for a form field. */
	public static String toWgs84Json(Geometry rd) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator gen = MAPPER.createGenerator(out)) {
			writeGeometry(gen, RdNew.toWgs84(rd));
		}
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static Geometry parseGeometry(JsonNode node) {
		String type = node.path("type").asString("");
		JsonNode c = node.path("coordinates");
		return switch (type) {
			case "Point" -> FACTORY.createPoint(sequence(c, 1, true));
			case "LineString" -> FACTORY.createLineString(sequence(c, 2, false));
			case "Polygon" -> polygon(c);
			case "MultiPoint" -> {
				Point[] points = new Point[size(c)];
				for (int i = 0; i < points.length; i++) {
					points[i] = FACTORY.createPoint(sequence(c.get(i), 1, true));
				}
				yield FACTORY.createMultiPoint(points);
			}
			case "MultiLineString" -> {
				LineString[] lines = new LineString[size(c)];
				for (int i = 0; i < lines.length; i++) {
					lines[i] = FACTORY.createLineString(sequence(c.get(i), 2, false));
				}
				yield FACTORY.createMultiLineString(lines);
			}
			case "MultiPolygon" -> {
				Polygon[] polygons = new Polygon[size(c)];
				for (int i = 0; i < polygons.length; i++) {
					polygons[i] = polygon(c.get(i));
				}
				yield FACTORY.createMultiPolygon(polygons);
			}
			default -> throw new IllegalArgumentException("unsupported type '" + type + "'");
		};
	}

	private static int size(JsonNode array) {
		if (!array.isArray()) {
			throw new IllegalArgumentException("coordinates must be an array");
		}
		return array.size();
	}

	private static Polygon polygon(JsonNode rings) {
		int n = size(rings);
		if (n == 0) {
			throw new IllegalArgumentException("a polygon needs an outer ring");
		}
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[n - 1];
		for (int i = 1; i < n; i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		return FACTORY.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions) {
		CoordinateSequence seq = sequence(positions, 4, false);
		if (seq.getX(0) != seq.getX(seq.size() - 1) || seq.getY(0) != seq.getY(seq.size() - 1)) {
			throw new IllegalArgumentException("a ring must end where it starts");
		}
		return FACTORY.createLinearRing(seq);
	}

	/** A packed 2D sequence; a single position when {@code single}, else an array of at least {@code min}. */
	private static CoordinateSequence sequence(JsonNode node, int min, boolean single) {
		if (single) {
			double[] xy = new double[2];
			position(node, xy, 0);
			return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2);
		}
		int n = size(node);
		if (n < min) {
			throw new IllegalArgumentException("needs at least " + min + " positions");
		}
		double[] xy = new double[2 * n];
		for (int i = 0; i < n; i++) {
			position(node.get(i), xy, 2 * i);
		}
		return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2);
	}

	private static void position(JsonNode node, double[] xy, int at) {
		if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
			throw new IllegalArgumentException("a position is an array of two numbers");
		}
		xy[at] = node.get(0).doubleValue();
		xy[at + 1] = node.get(1).doubleValue();
		if (!Double.isFinite(xy[at]) || !Double.isFinite(xy[at + 1])) {
			throw new IllegalArgumentException("a position must be finite");
		}
	}

	static String text(JsonNode props, String name) {
		JsonNode v = props.path(name);
		return v.isString() || v.isNumber() ? v.asString().trim() : null;
	}

	/** Reads and checks the properties of one feature, adding an error per faulty field. */
	private static final class Fields {
		private final int number;
		private final String id;
		private final JsonNode props;
		private final List<ImportError> errors;
		private final Map<String, String> interned;

		Fields(int number, String id, JsonNode props, List<ImportError> errors, Map<String, String> interned) {
			this.number = number;
			this.id = id;
			this.props = props;
			this.errors = errors;
			this.interned = interned;
		}

		Task task(Optional<Geometry> geometry) {
			TaskValidation v = new TaskValidation((field, code, args) -> errors
					.add(ImportError.feature(number, id, field, code, args)));
			if (id == null || id.isEmpty()) {
				v.error("id", "required");
			}
			return v.task(id, text(props, "title"), intern(text(props, "owner")), text(props, "type"),
					text(props, "earliestStart"), text(props, "latestEnd"), text(props, "durationDays"),
					text(props, "preferredStart"), text(props, "cost"), text(props, "shareableCost"), list("themes"),
					list("dependsOn"), funding(v), text(props, "pinnedStart"), geometry);
		}

		private String intern(String s) {
			return s == null ? null : interned.computeIfAbsent(s, k -> k);
		}

		private List<String> list(String name) {
			JsonNode node = props.path(name);
			if (node.isMissingNode() || node.isNull()) {
				return List.of();
			}
			if (!node.isArray()) {
				errors.add(ImportError.feature(number, id, name, "notList"));
				return List.of();
			}
			List<String> values = new ArrayList<>(node.size());
			for (JsonNode item : node) {
				values.add(intern(item.asString().trim()));
			}
			return values;
		}

		private List<Funding> funding(TaskValidation v) {
			JsonNode node = props.path("funding");
			if (node.isMissingNode() || node.isNull()) {
				return List.of();
			}
			if (!node.isArray()) {
				v.error("funding", "notList");
				return List.of();
			}
			List<Funding> shares = new ArrayList<>();
			for (JsonNode item : node) {
				String pot = text(item, "pot");
				if (pot == null || pot.isEmpty()) {
					v.error("funding", "fundingPotRequired");
					continue;
				}
				v.text("funding", pot, 100);
				Optional<Long> amount = v.cents("funding", text(item, "amount"));
				amount.ifPresent(a -> {
					if (a <= 0) {
						v.error("funding", "notPositive");
					}
					else {
						shares.add(new Funding(intern(pot), a));
					}
				});
			}
			return shares;
		}
	}
}
