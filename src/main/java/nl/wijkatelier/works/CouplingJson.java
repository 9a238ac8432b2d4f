package nl.wijkatelier.works;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import nl.wijkatelier.shared.Money;
import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;

/**
 * Writes a coupling result in the shape of issue 4, streaming: {@code {"tasks": n, "pairs": [{"a", "b",
 * "severity", "distanceMetres", "overlapDays", "potentialSaving"}], "clusters": [{"tasks": [ids],
 * "potentialSaving"}], "nearMisses": [{"a", "b", "gapDays"}]}}, amounts in euros.
 */
public final class CouplingJson {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private CouplingJson() {
	}

	public static void write(CouplingResult result, OutputStream out) {
		try (JsonGenerator gen = JSON.createGenerator(out)) {
			gen.writeStartObject();
			gen.writeName("tasks");
			gen.writeNumber(result.tasks());
			gen.writeName("pairs");
			gen.writeStartArray();
			for (Pair p : result.pairs()) {
				gen.writeStartObject();
				gen.writeName("a");
				gen.writeString(p.a());
				gen.writeName("b");
				gen.writeString(p.b());
				gen.writeName("severity");
				gen.writeString(p.severity().name());
				gen.writeName("distanceMetres");
				gen.writeNumber(p.distanceMetres());
				gen.writeName("overlapDays");
				gen.writeNumber(p.overlapDays());
				gen.writeName("potentialSaving");
				gen.writeNumber(Money.ofCents(p.potentialSavingCents()).toDecimal());
				gen.writeEndObject();
			}
			gen.writeEndArray();
			gen.writeName("clusters");
			gen.writeStartArray();
			for (Cluster c : result.clusters()) {
				gen.writeStartObject();
				gen.writeName("tasks");
				gen.writeStartArray();
				for (String id : c.tasks()) {
					gen.writeString(id);
				}
				gen.writeEndArray();
				gen.writeName("potentialSaving");
				gen.writeNumber(Money.ofCents(c.potentialSavingCents()).toDecimal());
				gen.writeEndObject();
			}
			gen.writeEndArray();
			gen.writeName("nearMisses");
			gen.writeStartArray();
			for (NearMiss m : result.nearMisses()) {
				gen.writeStartObject();
				gen.writeName("a");
				gen.writeString(m.a());
				gen.writeName("b");
				gen.writeString(m.b());
				gen.writeName("gapDays");
				gen.writeNumber(m.gapDays());
				gen.writeEndObject();
			}
			gen.writeEndArray();
			gen.writeEndObject();
		}
	}
}
