package nl.wijkatelier.works.web;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.works.Couplings;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.RdNew;
import nl.wijkatelier.works.Task;

/** The map's data: every task with a geometry, and a line for each pair and near miss, in WGS84. */
@Component
class MapData {

	private final Couplings couplings;
	private final JsonMapper mapper;

	MapData(Couplings couplings, JsonMapper mapper) {
		this.couplings = couplings;
		this.mapper = mapper;
	}

	byte[] geojson(NeighbourhoodId neighbourhood) {
		Couplings.Overview overview = couplings.overview(neighbourhood);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator gen = mapper.createGenerator(out)) {
			gen.writeStartObject();
			gen.writeName("type");
			gen.writeString("FeatureCollection");
			gen.writeName("features");
			gen.writeStartArray();
			for (Task t : overview.tasks().values()) {
				if (t.geometry().isEmpty()) {
					continue;
				}
				gen.writeStartObject();
				gen.writeName("type");
				gen.writeString("Feature");
				gen.writeName("geometry");
				GeoJsonGeometry.write(gen, RdNew.toWgs84(t.geometry().get()));
				gen.writeName("properties");
				gen.writeStartObject();
				prop(gen, "kind", "task");
				prop(gen, "id", t.id());
				prop(gen, "title", t.title());
				prop(gen, "owner", t.owner());
				prop(gen, "type", t.type().name());
				prop(gen, "window", t.earliestStart() + " – " + t.latestEnd());
				gen.writeEndObject();
				gen.writeEndObject();
			}
			for (Pair p : overview.result().pairs()) {
				link(gen, overview.tasks(), p.a(), p.b(), "pair", p.severity().name());
			}
			for (NearMiss m : overview.result().nearMisses()) {
				link(gen, overview.tasks(), m.a(), m.b(), "nearMiss", m.gapDays() + "");
			}
			gen.writeEndArray();
			gen.writeEndObject();
		}
		return out.toByteArray();
	}

	private static void link(JsonGenerator gen, Map<String, Task> tasks, String a, String b, String kind, String detail) {
		Geometry ga = tasks.get(a).geometry().orElseThrow();
		Geometry gb = tasks.get(b).geometry().orElseThrow();
		Geometry line = ga.getFactory().createLineString(DistanceOp.nearestPoints(ga, gb));
		gen.writeStartObject();
		gen.writeName("type");
		gen.writeString("Feature");
		gen.writeName("geometry");
		GeoJsonGeometry.write(gen, RdNew.toWgs84(line.getLength() < 0.5 ? line.getCentroid() : line));
		gen.writeName("properties");
		gen.writeStartObject();
		prop(gen, "kind", kind);
		prop(gen, "a", a);
		prop(gen, "b", b);
		prop(gen, "detail", detail);
		gen.writeEndObject();
		gen.writeEndObject();
	}

	private static void prop(JsonGenerator gen, String name, String value) {
		gen.writeName(name);
		gen.writeString(value);
	}
}
