package nl.wijkatelier.works;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import nl.wijkatelier.shared.Money;

/**
 * Writes a task portfolio as a GeoJSON FeatureCollection in WGS84 (RFC 7946), streaming, with the properties
 * {@link GeoJsonTaskReader} reads; amounts in euros, coordinates to 7 decimals (about 1 cm). What it writes reads
 * back as the same tasks.
 */
public final class GeoJsonTaskWriter {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private GeoJsonTaskWriter() {
	}

	/** Writes tasks as a FeatureCollection in WGS84. */
	public static void write(List<Task> tasks, OutputStream out) {
		try (JsonGenerator gen = JSON.createGenerator(out)) {
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
			GeoJsonGeometry.write(gen, wgs84 ? RdNew.toWgs84(task.geometry().get()) : task.geometry().get());
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
}
