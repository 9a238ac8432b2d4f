package nl.wijkatelier.works;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * GeoJSON geometry objects (RFC 7946) to JTS geometries and back: Point, LineString, Polygon and their Multi
 * forms, two-dimensional (a third ordinate is read and ignored), held in packed coordinate sequences of
 * {@link #factory()}. Reading takes the tokens of one geometry object into a reusable {@link Capture} and builds the
 * geometry from there, never from a JSON tree, so a file of a million features costs no more objects than their
 * geometries. Coordinates are written rounded to 7 decimals (1 cm in degrees, 0.1 µm in metres).
 */
public final class GeoJsonGeometry {

	private static final GeometryFactory FACTORY = new GeometryFactory(
			PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private GeoJsonGeometry() {
	}

	/** The factory of every geometry Wijkatelier holds: packed 2D sequences of doubles. */
	public static GeometryFactory factory() {
		return FACTORY;
	}

	/**
	 * Reads the geometry value at the parser's current token and leaves the parser on its last token.
	 *
	 * @throws IllegalArgumentException when it is not a geometry object this codec reads, naming what is wrong
	 */
	public static Geometry read(JsonParser parser) {
		Capture capture = new Capture();
		capture.take(JsonTokens.of(parser));
		return capture.build();
	}

	/**
	 * A GeoJSON geometry object in WGS84 as text (a form field), converted to RD New; empty for blank text.
	 *
	 * @throws IllegalArgumentException when it is not a valid geometry within WGS84's ranges
	 */
	public static Optional<Geometry> fromWgs84Json(String json) {
		if (json == null || json.isBlank()) {
			return Optional.empty();
		}
		Geometry g;
		try (JsonParser parser = JSON.createParser(json)) {
			parser.nextToken();
			g = read(parser);
		}
		catch (JacksonException ex) {
			long line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			throw new IllegalArgumentException(ex instanceof StreamConstraintsException
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

	/** A geometry held in RD New as a GeoJSON text in WGS84, for a form field. */
	public static String toWgs84Json(Geometry rd) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator gen = JSON.createGenerator(out)) {
			write(gen, RdNew.toWgs84(rd));
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Writes a geometry's GeoJSON object as it is (no conversion), coordinates rounded to 7 decimals. */
	public static void write(JsonGenerator gen, Geometry g) {
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

	/**
	 * The text a JSON scalar stands for, as a property's value is read everywhere in the task files: a string as
	 * it is, a number in its canonical form (an integer's digits, a decimal as {@link Double#toString}), true and
	 * false as words; {@code fallback} for null, and for an object or array, whose tokens are skipped.
	 */
	static String scalarText(JsonTokens p, String fallback) {
		JsonToken t = p.currentToken();
		if (t == null) {
			return fallback;
		}
		return switch (t) {
			case VALUE_STRING -> p.getString();
			case VALUE_NUMBER_INT -> p.integerText();
			case VALUE_NUMBER_FLOAT -> Double.toString(p.getDoubleValue());
			case VALUE_TRUE -> "true";
			case VALUE_FALSE -> "false";
			case START_OBJECT, START_ARRAY -> {
				p.skipChildren();
				yield fallback;
			}
			default -> fallback;
		};
	}

	/**
	 * One geometry value as read from a token stream: its {@code type} and the nesting of its {@code coordinates}
	 * with their numbers, kept until the whole object has been read (the type may come after the coordinates),
	 * then built. Reusable: {@link #take} forgets the previous geometry. Not thread-safe.
	 */
	static final class Capture {
		/** Tokens of {@code coordinates}: an array start, or a number's index in {@link #numbers}, or neither. */
		private static final int ARRAY = -1;
		private static final int OTHER = -2;

		private String type = "";
		private boolean hasCoordinates;
		private int[] tokens = new int[64];
		/** For an array start: the index just after its last element. */
		private int[] ends = new int[64];
		/** For an array start: its number of elements. */
		private int[] sizes = new int[64];
		private int length;
		private double[] numbers = new double[64];
		private int numberCount;
		private int[] open = new int[16];

		/** Takes the value at the parser's current token, leaving the parser on its last token. */
		void take(JsonTokens p) {
			type = "";
			hasCoordinates = false;
			length = 0;
			numberCount = 0;
			if (p.currentToken() != JsonToken.START_OBJECT) {
				p.skipChildren();
				return;
			}
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				p.nextToken();
				if (name.equals("type")) {
					type = scalarText(p, "");
				}
				else if (name.equals("coordinates")) {
					takeCoordinates(p);
				}
				else {
					p.skipChildren();
				}
			}
		}

		private void takeCoordinates(JsonTokens p) {
			hasCoordinates = true;
			length = 0;
			numberCount = 0;
			int depth = 0;
			JsonToken t = p.currentToken();
			while (true) {
				if (t == JsonToken.START_ARRAY) {
					if (depth > 0) {
						sizes[open[depth - 1]]++;
					}
					open = grow(open, depth);
					open[depth++] = add(ARRAY);
					sizes[length - 1] = 0;
				}
				else if (t == JsonToken.END_ARRAY) {
					int start = open[--depth];
					ends[start] = length;
				}
				else {
					if (depth > 0) {
						sizes[open[depth - 1]]++;
					}
					if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
						if (numberCount == numbers.length) {
							numbers = Arrays.copyOf(numbers, numberCount * 2);
						}
						numbers[numberCount] = p.getDoubleValue();
						add(numberCount++);
					}
					else {
						p.skipChildren();
						add(OTHER);
					}
				}
				if (depth == 0) {
					return;
				}
				t = p.nextToken();
			}
		}

		private int add(int token) {
			if (length == tokens.length) {
				tokens = Arrays.copyOf(tokens, length * 2);
				ends = Arrays.copyOf(ends, length * 2);
				sizes = Arrays.copyOf(sizes, length * 2);
			}
			tokens[length] = token;
			return length++;
		}

		private static int[] grow(int[] array, int index) {
			return index < array.length ? array : Arrays.copyOf(array, array.length * 2);
		}

		/**
		 * The geometry taken last.
		 *
		 * @throws IllegalArgumentException naming what is wrong: an unsupported type, coordinates that are not an
		 *         array, too few positions, a position that is not two finite numbers, a ring that does not close
		 */
		Geometry build() {
			int c = hasCoordinates ? 0 : -1;
			return switch (type) {
				case "Point" -> FACTORY.createPoint(single(c));
				case "LineString" -> FACTORY.createLineString(sequence(c, 2));
				case "Polygon" -> polygon(c);
				case "MultiPoint" -> {
					Point[] points = new Point[size(c)];
					for (int i = 0, e = c + 1; i < points.length; i++, e = next(e)) {
						points[i] = FACTORY.createPoint(single(e));
					}
					yield FACTORY.createMultiPoint(points);
				}
				case "MultiLineString" -> {
					LineString[] lines = new LineString[size(c)];
					for (int i = 0, e = c + 1; i < lines.length; i++, e = next(e)) {
						lines[i] = FACTORY.createLineString(sequence(e, 2));
					}
					yield FACTORY.createMultiLineString(lines);
				}
				case "MultiPolygon" -> {
					Polygon[] polygons = new Polygon[size(c)];
					for (int i = 0, e = c + 1; i < polygons.length; i++, e = next(e)) {
						polygons[i] = polygon(e);
					}
					yield FACTORY.createMultiPolygon(polygons);
				}
				default -> throw new IllegalArgumentException("unsupported type '" + type + "'");
			};
		}

		private boolean isArray(int at) {
			return at >= 0 && tokens[at] == ARRAY;
		}

		private boolean isNumber(int at) {
			return at >= 0 && tokens[at] >= 0;
		}

		/** The token after the element that starts at {@code at}. */
		private int next(int at) {
			return tokens[at] == ARRAY ? ends[at] : at + 1;
		}

		private int size(int at) {
			if (!isArray(at)) {
				throw new IllegalArgumentException("coordinates must be an array");
			}
			return sizes[at];
		}

		private Polygon polygon(int rings) {
			int n = size(rings);
			if (n == 0) {
				throw new IllegalArgumentException("a polygon needs an outer ring");
			}
			int e = rings + 1;
			LinearRing shell = ring(e);
			LinearRing[] holes = new LinearRing[n - 1];
			for (int i = 1; i < n; i++) {
				e = next(e);
				holes[i - 1] = ring(e);
			}
			return FACTORY.createPolygon(shell, holes);
		}

		private LinearRing ring(int positions) {
			CoordinateSequence seq = sequence(positions, 4);
			if (seq.getX(0) != seq.getX(seq.size() - 1) || seq.getY(0) != seq.getY(seq.size() - 1)) {
				throw new IllegalArgumentException("a ring must end where it starts");
			}
			return FACTORY.createLinearRing(seq);
		}

		private CoordinateSequence single(int at) {
			double[] xy = new double[2];
			position(at, xy, 0);
			return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2);
		}

		/** A packed 2D sequence of at least {@code min} positions. */
		private CoordinateSequence sequence(int at, int min) {
			int n = size(at);
			if (n < min) {
				throw new IllegalArgumentException("needs at least " + min + " positions");
			}
			double[] xy = new double[2 * n];
			for (int i = 0, e = at + 1; i < n; i++, e = next(e)) {
				position(e, xy, 2 * i);
			}
			return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2);
		}

		private void position(int at, double[] xy, int to) {
			if (!isArray(at) || sizes[at] < 2 || !isNumber(at + 1) || !isNumber(next(at + 1))) {
				throw new IllegalArgumentException("a position is an array of two numbers");
			}
			xy[to] = numbers[tokens[at + 1]];
			xy[to + 1] = numbers[tokens[next(at + 1)]];
			if (!Double.isFinite(xy[to]) || !Double.isFinite(xy[to + 1])) {
				throw new IllegalArgumentException("a position must be finite");
			}
		}
	}
}
