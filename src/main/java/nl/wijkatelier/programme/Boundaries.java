package nl.wijkatelier.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nl.wijkatelier.shared.InvalidInputException;

/**
 * Neighbourhood boundaries as GeoJSON (RFC 7946): WGS84 longitude, latitude in degrees (OGC CRS84, what PDOK's OGC
 * API Features answers by default). A boundary is stored as one geometry, a Polygon or MultiPolygon; a Feature or
 * FeatureCollection of polygons is taken apart into one MultiPolygon.
 */
public final class Boundaries {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();
	private static final GeometryFactory FACTORY = new GeometryFactory();

	private Boundaries() {
	}

	/**
	 * The boundary in {@code geoJson} as one geometry (compact JSON). Refused with a reason under {@code boundary}:
	 * not JSON, no polygons, rings that do not close, or coordinates that are no longitude and latitude (such as RD
	 * New metres, which must be converted to WGS84 first).
	 */
	public static String geometry(String geoJson) {
		JsonNode root;
		try {
			root = MAPPER.readTree(geoJson);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("boundary", "error.boundary.json");
		}
		List<JsonNode> polygons = new ArrayList<>();
		collect(root, polygons);
		if (polygons.isEmpty()) {
			throw new InvalidInputException("boundary", "error.boundary.geojson");
		}
		List<JsonNode> rebuilt = new ArrayList<>();
		for (JsonNode polygon : polygons) {
			check(polygon);
			rebuilt.add(numbersOnly(polygon));
		}
		polygons = rebuilt;
		ObjectNode geometry = MAPPER.createObjectNode();
		if (polygons.size() == 1) {
			geometry.put("type", "Polygon");
			geometry.set("coordinates", polygons.get(0));
		}
		else {
			geometry.put("type", "MultiPolygon");
			ArrayNode all = geometry.putArray("coordinates");
			polygons.forEach(all::add);
		}
		return MAPPER.writeValueAsString(geometry);
	}

	/** Several stored boundaries (of the buurten of one neighbourhood) as one geometry. */
	public static String union(List<String> geometries) {
		ArrayNode collection = MAPPER.createArrayNode();
		for (String g : geometries) {
			ObjectNode feature = MAPPER.createObjectNode();
			feature.put("type", "Feature");
			feature.set("geometry", MAPPER.readTree(g));
			collection.add(feature);
		}
		ObjectNode root = MAPPER.createObjectNode();
		root.put("type", "FeatureCollection");
		root.set("features", collection);
		return geometry(MAPPER.writeValueAsString(root));
	}

	/** The centroid (longitude, latitude) of a stored boundary; empty when it cannot be read. */
	public static Optional<double[]> centroid(String geometry) {
		try {
			List<JsonNode> polygons = new ArrayList<>();
			collect(MAPPER.readTree(geometry), polygons);
			List<Polygon> shapes = new ArrayList<>();
			for (JsonNode p : polygons) {
				LinearRing shell = ring(p.get(0));
				List<LinearRing> holes = new ArrayList<>();
				for (int i = 1; i < p.size(); i++) {
					holes.add(ring(p.get(i)));
				}
				shapes.add(FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
			}
			Geometry all = FACTORY.createMultiPolygon(shapes.toArray(Polygon[]::new));
			Point c = all.getCentroid();
			return c.isEmpty() ? Optional.empty() : Optional.of(new double[] { c.getX(), c.getY() });
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static LinearRing ring(JsonNode positions) {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			coordinates[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
		}
		return FACTORY.createLinearRing(coordinates);
	}

	private static void collect(JsonNode node, List<JsonNode> polygons) {
		String type = node.path("type").asString("");
		switch (type) {
			case "FeatureCollection" -> node.path("features").forEach(f -> collect(f, polygons));
			case "Feature" -> collect(node.path("geometry"), polygons);
			case "GeometryCollection" -> node.path("geometries").forEach(g -> collect(g, polygons));
			case "Polygon" -> polygons.add(node.path("coordinates"));
			case "MultiPolygon" -> node.path("coordinates").forEach(polygons::add);
			default -> {
			}
		}
	}

	/** The polygon's rings again, each position as its longitude and latitude only: nothing else is kept. */
	private static JsonNode numbersOnly(JsonNode polygon) {
		ArrayNode rings = MAPPER.createArrayNode();
		for (JsonNode ring : polygon) {
			ArrayNode positions = rings.addArray();
			for (JsonNode position : ring) {
				positions.addArray().add(position.get(0).asDouble()).add(position.get(1).asDouble());
			}
		}
		return rings;
	}

	private static void check(JsonNode polygon) {
		if (!polygon.isArray() || polygon.isEmpty()) {
			throw new InvalidInputException("boundary", "error.boundary.geojson");
		}
		for (JsonNode ring : polygon) {
			if (!ring.isArray() || ring.size() < 4) {
				throw new InvalidInputException("boundary", "error.boundary.ring");
			}
			for (JsonNode position : ring) {
				if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
					throw new InvalidInputException("boundary", "error.boundary.geojson");
				}
				double lon = position.get(0).asDouble();
				double lat = position.get(1).asDouble();
				if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
					throw new InvalidInputException("boundary", "error.boundary.notWgs84", lon + ", " + lat);
				}
			}
			if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
				throw new InvalidInputException("boundary", "error.boundary.ring");
			}
		}
	}
}
