package nl.wijkatelier.works;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a task portfolio from a GeoJSON FeatureCollection (RFC 7946). The properties are {@code id, title, owner,
 * type, earliestStart, latestEnd, durationDays, preferredStart, cost, shareableCost, themes, dependsOn, funding,
 * pinnedStart}; amounts are euros with at most cent precision. Coordinates are WGS84 unless the collection carries
 * the legacy member {@code "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}; either
 * way the tasks come out in RD New. All or nothing: {@link PortfolioImportException} lists every error.
 * <p>
 * One pass over the token stream, never a JSON tree: each feature's properties go into a reused {@link Properties}
 * and its geometry into a reused {@link GeoJsonGeometry.Capture}, and repeated texts (owners, themes, pots, titles)
 * are shared, so a million tasks read in seconds and fit in a small heap.
 */
public final class GeoJsonTaskReader {

	/** Geometry coordinates of RD New's area of validity, with a margin, in metres. */
	static final Envelope RD_AREA = new Envelope(-7000, 300000, 289000, 629000);

	/** Jackson's parser factory, made when first needed: a well-formed file is read without it. */
	private static final class Jackson {
		static final JsonFactory JSON = JsonFactory.builder().build();
	}

	private final List<ImportError> errors = new ArrayList<>();
	private final List<Task> tasks = new ArrayList<>();
	private int[] featureNumbers = new int[1024];
	private final Map<String, String> interned = new HashMap<>();
	private final Map<List<String>, List<String>> internedLists = new HashMap<>();
	private final Properties properties = new Properties();
	private final GeoJsonGeometry.Capture geometry = new GeoJsonGeometry.Capture();
	private boolean rdNew;
	private boolean sawFeatures;
	/** The collection's {@code type} member, the last one read; null when none was read. */
	private String collectionType;
	private int features;
	/** Reading one part of a file ({@link FileParts}): where the next part starts, and whether this one got there. */
	private JsonBytes part;
	private long partEnd = Long.MAX_VALUE;
	private boolean atPartEnd;
	private boolean partRead;

	private GeoJsonTaskReader() {
	}

	/** Reads tasks, checking each on its own and then the whole (unique ids, dependencies that exist). */
	public static List<Task> read(InputStream in) {
		GeoJsonTaskReader reader = new GeoJsonTaskReader();
		try (JsonParser parser = Jackson.JSON.createParser(in)) {
			reader.readCollection(JsonTokens.of(parser));
		}
		catch (JacksonException ex) {
			reader.errors.add(UnreadableFiles.json(ex, reader.features));
		}
		catch (NotText ex) {
			reader.errors.add(ImportError.feature(reader.features, null, "", "malformedJson", 0L, 0L));
		}
		return reader.finish();
	}

	/**
	 * Reads the tasks of a file, as {@link #read(InputStream)} does and with the same answer, faster: first straight
	 * over its bytes ({@link JsonBytes}); a file that is not plainly well-formed or has any error is read again with
	 * the full parser, which names every error as {@link #read(InputStream)} does.
	 */
	public static List<Task> read(Path file) throws IOException {
		FileParts.Outcome parts = FileParts.read(file);
		if (parts.tasks().isPresent()) {
			return parts.tasks().get();
		}
		if (!parts.notPlain()) {
			try (InputStream in = Files.newInputStream(file)) {
				Optional<List<Task>> plain = readPlain(in);
				if (plain.isPresent()) {
					return plain.get();
				}
			}
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			return read(in);
		}
	}

	/** The tasks of a plainly well-formed file without any error, read straight from its bytes; else empty. */
	static Optional<List<Task>> readPlain(InputStream in) throws IOException {
		try {
			GeoJsonTaskReader reader = new GeoJsonTaskReader();
			JsonBytes tokens = new JsonBytes(in);
			reader.readCollection(tokens);
			if (reader.errors.isEmpty() && tokens.atEnd()) {
				return Optional.of(reader.finish());
			}
			return Optional.empty();
		}
		catch (JsonBytes.Unsure | NotText | PortfolioImportException ex) {
			return Optional.empty();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private void readCollection(JsonTokens p) {
		if (p.nextToken() != JsonToken.START_OBJECT) {
			errors.add(ImportError.file("", "notFeatureCollection"));
			return;
		}
		readMembers(p);
		if (!atPartEnd) {
			checkCollection();
		}
	}

	/** The collection's members from the next one on, until its end (or the end of this part of the file). */
	private void readMembers(JsonTokens p) {
		while (!atPartEnd && p.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = p.currentName();
			JsonToken value = p.nextToken();
			switch (name) {
				case "type" -> collectionType = value == JsonToken.VALUE_STRING ? p.getString() : "";
				case "crs" -> readCrs(p);
				case "features" -> readFeatures(p, value);
				default -> p.skipChildren();
			}
		}
	}

	private void checkCollection() {
		if (!"FeatureCollection".equals(collectionType) || !sawFeatures) {
			errors.add(ImportError.file("type", "notFeatureCollection"));
		}
	}

	/**
	 * A reader for one part of a file read in parts: the first part from the start of the file, each next one from
	 * the feature after a comma between features; every part but the last ends at the comma where the next begins.
	 */
	static GeoJsonTaskReader part(JsonBytes tokens, long end) {
		GeoJsonTaskReader reader = new GeoJsonTaskReader();
		reader.part = tokens;
		reader.partEnd = end;
		return reader;
	}

	/** Reads the first part of a file: as a whole file, up to the end of the part. */
	void readFirstPart() {
		readCollection(part);
		partRead = atPartEnd || partEnd == Long.MAX_VALUE && part.atEnd();
	}

	/** Reads a part after the first: the features up to the part's end, or the rest of the collection. */
	void readNextPart() {
		readFeatureItems(part);
		if (!atPartEnd) {
			readMembers(part);
		}
		partRead = atPartEnd || partEnd == Long.MAX_VALUE && part.atEnd();
	}

	/**
	 * Whether this part was read up to its end exactly: the comma before the next part's first feature, or for the
	 * last part the end of the file with nothing but white space after the collection.
	 */
	boolean endedAtPartEnd() {
		return partRead;
	}

	/** Takes the next part's tasks and findings after this one's; then checks the whole, as {@link #read} does. */
	void append(GeoJsonTaskReader next) {
		for (int i = 0; i < next.tasks.size(); i++) {
			keep(next.tasks.get(i), features + next.featureNumbers[i]);
		}
		features += next.features;
		rdNew |= next.rdNew;
		errors.addAll(next.errors);
		if (next.collectionType != null) {
			collectionType = next.collectionType;
		}
	}

	/** The tasks of the parts appended to this first one, when all of them read without any error. */
	Optional<List<Task>> finishParts() {
		checkCollection();
		return errors.isEmpty() ? Optional.of(finish()) : Optional.empty();
	}

	/** The legacy {@code crs} member: {@code properties.name} names RD New or WGS84, anything else is an error. */
	private void readCrs(JsonTokens p) {
		String name = "";
		if (p.currentToken() == JsonToken.START_OBJECT) {
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String member = p.currentName();
				if (p.nextToken() == JsonToken.START_OBJECT && member.equals("properties")) {
					name = "";
					while (p.nextToken() == JsonToken.PROPERTY_NAME) {
						String inner = p.currentName();
						p.nextToken();
						if (inner.equals("name")) {
							name = GeoJsonGeometry.scalarText(p, "");
						}
						else {
							p.skipChildren();
						}
					}
				}
				else {
					if (member.equals("properties")) {
						name = "";
					}
					p.skipChildren();
				}
			}
		}
		else {
			p.skipChildren();
		}
		if (RdNew.isRdNewName(name)) {
			rdNew = true;
		}
		else if (!RdNew.isWgs84Name(name)) {
			errors.add(ImportError.file("crs", "unknownCrs", name));
		}
	}

	private void readFeatures(JsonTokens p, JsonToken start) {
		if (start != JsonToken.START_ARRAY) {
			errors.add(ImportError.file("features", "notFeatureCollection"));
			p.skipChildren();
			return;
		}
		sawFeatures = true;
		readFeatureItems(p);
	}

	/** The features of the array, up to its end (or the end of this part of the file). */
	private void readFeatureItems(JsonTokens p) {
		while (true) {
			if (part != null && part.reached(partEnd)) {
				if (!part.commaAt(partEnd)) {
					throw new JsonBytes.Unsure();
				}
				atPartEnd = true;
				return;
			}
			if (p.nextToken() == JsonToken.END_ARRAY) {
				return;
			}
			features++;
			readFeature(p);
		}
	}

	/** One feature, from its first token to its last; its errors are known only once all of it has been read. */
	private void readFeature(JsonTokens p) {
		properties.clear();
		boolean isObject = p.currentToken() == JsonToken.START_OBJECT;
		String type = "";
		boolean hasGeometry = false;
		if (isObject) {
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				switch (name) {
					case "type" -> type = GeoJsonGeometry.scalarText(p, "");
					case "properties" -> properties.read(p);
					case "geometry" -> {
						hasGeometry = value != JsonToken.VALUE_NULL;
						geometry.take(p);
					}
					default -> p.skipChildren();
				}
			}
		}
		else {
			p.skipChildren();
		}
		int number = features;
		String id = properties.text(Properties.ID);
		int before = errors.size();
		if (!isObject || !"Feature".equals(type)) {
			errors.add(ImportError.feature(number, id, "type", "notFeature"));
			return;
		}
		Optional<Geometry> shape = hasGeometry ? geometry(number, id) : Optional.empty();
		Task task = task(number, id, shape);
		if (errors.size() == before) {
			keep(task, number);
		}
	}

	private void keep(Task task, int number) {
		if (tasks.size() == featureNumbers.length) {
			featureNumbers = Arrays.copyOf(featureNumbers, featureNumbers.length * 2);
		}
		featureNumbers[tasks.size()] = number;
		tasks.add(task);
	}

	private Optional<Geometry> geometry(int number, String id) {
		try {
			Geometry g = geometry.build();
			if (g.isEmpty()) {
				return Optional.empty();
			}
			if ((g instanceof Polygon || g instanceof MultiPolygon) && !isConvexQuadrilateral(g) && !g.isValid()) {
				errors.add(ImportError.feature(number, id, "geometry", "invalidPolygon"));
				return Optional.empty();
			}
			return Optional.of(g);
		}
		catch (IllegalArgumentException ex) {
			errors.add(ImportError.feature(number, id, "geometry", "badGeometry", ex.getMessage()));
			return Optional.empty();
		}
	}

	/**
	 * Whether a polygon is a quadrilateral without holes that turns the same way, never straight, at each of its
	 * four corners: such a ring is convex and simple, so valid, and most parcels, blocks and building sites in a
	 * portfolio are one. The general validity check costs a hundred times more.
	 */
	private static boolean isConvexQuadrilateral(Geometry g) {
		if (!(g instanceof Polygon p) || p.getNumInteriorRing() > 0) {
			return false;
		}
		CoordinateSequence ring = p.getExteriorRing().getCoordinateSequence();
		if (ring.size() != 5) {
			return false;
		}
		int turn = Orientation.index(ring.getCoordinate(3), ring.getCoordinate(0), ring.getCoordinate(1));
		for (int i = 1; i < 4 && turn != Orientation.COLLINEAR; i++) {
			if (Orientation.index(ring.getCoordinate(i - 1), ring.getCoordinate(i), ring.getCoordinate(i + 1)) != turn) {
				return false;
			}
		}
		return turn != Orientation.COLLINEAR;
	}

	/** Checks the properties of one feature, adding an error per faulty field. */
	private Task task(int number, String id, Optional<Geometry> geometry) {
		TaskValidation v = new TaskValidation((field, code, args) -> errors
				.add(ImportError.feature(number, id, field, code, args)));
		if (id == null || id.isEmpty()) {
			v.error("id", "required");
		}
		Properties p = properties;
		String title = intern(p.text(Properties.TITLE));
		String owner = intern(p.text(Properties.OWNER));
		List<String> themes = list(number, id, Properties.THEMES, "themes");
		List<String> dependsOn = list(number, id, Properties.DEPENDS_ON, "dependsOn");
		List<Funding> funding = funding(v);
		return v.task(id, title, owner, p.text(Properties.TYPE), p.text(Properties.EARLIEST_START),
				p.text(Properties.LATEST_END), p.text(Properties.DURATION_DAYS), p.text(Properties.PREFERRED_START),
				p.text(Properties.COST), p.text(Properties.SHAREABLE_COST), themes, dependsOn, funding,
				p.text(Properties.PINNED_START), geometry);
	}

	private String intern(String s) {
		return s == null ? null : interned.computeIfAbsent(s, k -> k);
	}

	/** A list of texts; missing or null is empty, anything but an array is an error. Equal lists are shared. */
	private List<String> list(int number, String id, int property, String name) {
		if (properties.kind[property] != Properties.ARRAY) {
			if (properties.kind[property] != Properties.ABSENT) {
				errors.add(ImportError.feature(number, id, name, "notList"));
			}
			return List.of();
		}
		if (properties.notText[property]) {
			throw new NotText();
		}
		List<String> items = properties.items[property];
		if (items.isEmpty()) {
			return List.of();
		}
		for (int i = 0; i < items.size(); i++) {
			items.set(i, intern(items.get(i)));
		}
		List<String> shared = internedLists.get(items);
		if (shared == null) {
			shared = List.copyOf(items);
			internedLists.put(shared, shared);
		}
		return shared;
	}

	private List<Funding> funding(TaskValidation v) {
		int kind = properties.kind[Properties.FUNDING];
		if (kind == Properties.ABSENT) {
			return List.of();
		}
		if (kind != Properties.ARRAY) {
			v.error("funding", "notList");
			return List.of();
		}
		List<String> potsAndAmounts = properties.items[Properties.FUNDING];
		List<Funding> shares = new ArrayList<>(potsAndAmounts.size() / 2);
		for (int i = 0; i < potsAndAmounts.size(); i += 2) {
			String pot = potsAndAmounts.get(i);
			if (pot == null || pot.isEmpty()) {
				v.error("funding", "fundingPotRequired");
				continue;
			}
			v.text("funding", pot, 100);
			Optional<Long> amount = v.cents("funding", potsAndAmounts.get(i + 1));
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

	private List<Task> finish() {
		List<Task> result = new ArrayList<>(tasks.size());
		Map<String, Integer> seen = new HashMap<>(Math.max(16, tasks.size() * 4 / 3 + 1));
		boolean anyDependency = false;
		for (int i = 0; i < tasks.size(); i++) {
			Task task = tasks.get(i);
			int number = featureNumbers[i];
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
			anyDependency |= !task.dependsOn().isEmpty();
			result.add(task);
		}
		for (int i = 0; anyDependency && i < result.size(); i++) {
			Task task = result.get(i);
			for (String dependency : task.dependsOn()) {
				if (dependency.equals(task.id())) {
					errors.add(ImportError.feature(featureNumbers[i], task.id(), "dependsOn", "dependsOnItself"));
				}
				else if (!seen.containsKey(dependency)) {
					errors.add(ImportError.feature(featureNumbers[i], task.id(), "dependsOn", "unknownDependency",
							dependency));
				}
			}
		}
		// without any dependency there is no cycle to look for
		if (errors.isEmpty() && anyDependency) {
			Dependencies.cycle(result).ifPresent(cycle -> errors.add(ImportError.feature(
					featureNumbers[indexOf(result, cycle.get(0))], cycle.get(0), "dependsOn", "dependencyCycle",
					String.join(" → ", cycle))));
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

	/**
	 * The properties of one feature as read from the stream, reused from feature to feature. A scalar property
	 * holds its text (trimmed; null when missing or not a string or number); a list property holds whether it was
	 * absent (missing or null), an array, or something else, and the array's items as texts; {@code funding}
	 * holds each share's pot and amount texts in turn. A later duplicate of a property replaces the earlier one.
	 */
	static final class Properties {
		static final int ID = 0;
		static final int TITLE = 1;
		static final int OWNER = 2;
		static final int TYPE = 3;
		static final int EARLIEST_START = 4;
		static final int LATEST_END = 5;
		static final int DURATION_DAYS = 6;
		static final int PREFERRED_START = 7;
		static final int COST = 8;
		static final int SHAREABLE_COST = 9;
		static final int PINNED_START = 10;
		static final int THEMES = 11;
		static final int DEPENDS_ON = 12;
		static final int FUNDING = 13;

		static final int ABSENT = 0;
		static final int ARRAY = 1;
		static final int OTHER = 2;

		private final String[] texts = new String[11];
		private final int[] kind = new int[14];
		/** For a list property: an item was an object or an array. */
		private final boolean[] notText = new boolean[14];
		@SuppressWarnings("unchecked")
		private final List<String>[] items = new List[] {null, null, null, null, null, null, null, null, null, null,
				null, new ArrayList<String>(), new ArrayList<String>(), new ArrayList<String>()};

		void clear() {
			Arrays.fill(texts, null);
			Arrays.fill(kind, ABSENT);
			Arrays.fill(notText, false);
		}

		String text(int property) {
			return texts[property];
		}

		/** The {@code properties} value at the parser's current token; anything but an object has no properties. */
		void read(JsonTokens p) {
			clear();
			if (p.currentToken() != JsonToken.START_OBJECT) {
				p.skipChildren();
				return;
			}
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				int property = switch (name) {
					case "id" -> ID;
					case "title" -> TITLE;
					case "owner" -> OWNER;
					case "type" -> TYPE;
					case "earliestStart" -> EARLIEST_START;
					case "latestEnd" -> LATEST_END;
					case "durationDays" -> DURATION_DAYS;
					case "preferredStart" -> PREFERRED_START;
					case "cost" -> COST;
					case "shareableCost" -> SHAREABLE_COST;
					case "pinnedStart" -> PINNED_START;
					case "themes" -> THEMES;
					case "dependsOn" -> DEPENDS_ON;
					case "funding" -> FUNDING;
					default -> -1;
				};
				if (property < 0) {
					p.skipChildren();
				}
				else if (property < THEMES) {
					texts[property] = text(p, value);
				}
				else if (value == JsonToken.VALUE_NULL) {
					kind[property] = ABSENT;
					notText[property] = false;
				}
				else if (value != JsonToken.START_ARRAY) {
					kind[property] = OTHER;
					notText[property] = false;
					p.skipChildren();
				}
				else {
					kind[property] = ARRAY;
					items[property].clear();
					if (property == FUNDING) {
						readFunding(p, items[property]);
					}
					else {
						notText[property] = !readTexts(p, items[property]);
					}
				}
			}
		}

		/** A string or a number as trimmed text, else null (an object or array is skipped). */
		private static String text(JsonTokens p, JsonToken value) {
			if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
					|| value == JsonToken.VALUE_NUMBER_FLOAT) {
				return GeoJsonGeometry.scalarText(p, null).trim();
			}
			p.skipChildren();
			return null;
		}

		/**
		 * Array items as trimmed texts, null as empty text; false when an item is an object or an array, which is not
		 * text at all.
		 */
		private static boolean readTexts(JsonTokens p, List<String> into) {
			boolean allText = true;
			JsonToken t;
			while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
				allText &= t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY;
				into.add(GeoJsonGeometry.scalarText(p, "").trim());
			}
			return allText;
		}

		/** Each share as two items, its pot and its amount as texts (null when missing or not a string or number). */
		private static void readFunding(JsonTokens p, List<String> into) {
			while (p.nextToken() != JsonToken.END_ARRAY) {
				String pot = null;
				String amount = null;
				if (p.currentToken() == JsonToken.START_OBJECT) {
					while (p.nextToken() == JsonToken.PROPERTY_NAME) {
						String name = p.currentName();
						JsonToken value = p.nextToken();
						if (name.equals("pot")) {
							pot = text(p, value);
						}
						else if (name.equals("amount")) {
							amount = text(p, value);
						}
						else {
							p.skipChildren();
						}
					}
				}
				else {
					p.skipChildren();
				}
				into.add(pot);
				into.add(amount);
			}
		}
	}

	/** A list item that is an object or an array, where a text belongs: the file is refused as unreadable. */
	static final class NotText extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotText() {
			super(null, null, false, false);
		}
	}
}
