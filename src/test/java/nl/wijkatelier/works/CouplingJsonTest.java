package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.shared.Money;
import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.CouplingRule.Severity;

/** The result's JSON is byte for byte what Jackson's generator writes for it, and reads back as the same result. */
class CouplingJsonTest {

	/** The result written with Jackson's generator, call by call, as the command wrote it before. */
	private static byte[] byJackson(CouplingResult result) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator gen = JsonFactory.builder().build().createGenerator(out)) {
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
		return out.toByteArray();
	}

	private static byte[] written(CouplingResult result) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CouplingJson.write(result, out);
		return out.toByteArray();
	}

	@Test
	void aPortfolioResultIsWrittenAsJacksonWritesIt() {
		CouplingResult result = new CouplingEngine(CouplingRule.defaults()).couple(SyntheticPortfolio.tasks(3000, 5));

		byte[] bytes = written(result);

		assertThat(result.pairs()).hasSizeGreaterThan(500);
		assertThat(result.nearMisses()).isNotEmpty();
		assertThat(bytes).isEqualTo(byJackson(result));
	}

	@Test
	void oddTextsAmountsAndDistancesAreWrittenAsJacksonWritesThem() {
		List<String> ids = List.of("quote\"back\\slash", "tab\tnew\nline\r\bform\f", "bell\u0007nul\u0000us\u001f",
				"caf\u00e9 \u20ac", "rocket \uD83D\uDE80", "");
		List<Pair> pairs = List.of(
				new Pair(ids.get(0), ids.get(1), Severity.HARD, 0.0, 1, 0),
				new Pair(ids.get(2), ids.get(3), Severity.BUFFER, 12.34, 400, 1),
				new Pair(ids.get(4), ids.get(5), Severity.BUFFER, 1.0E-4, 7, 10),
				new Pair(ids.get(5), ids.get(0), Severity.BUFFER, 19.99, 3650, 1234567890_12L),
				new Pair(ids.get(1), ids.get(2), Severity.BUFFER, 0.1 + 0.2, 2, 1_000_000_000_000_00L));
		List<Cluster> clusters = List.of(new Cluster(ids, 120), new Cluster(List.of("x"), 5));
		List<NearMiss> misses = List.of(new NearMiss(ids.get(3), ids.get(4), 20.0, 0),
				new NearMiss(ids.get(0), ids.get(5), 3.5, 12345));
		CouplingResult result = new CouplingResult(6, pairs, clusters, misses);

		byte[] bytes = written(result);

		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
				new String(byJackson(result), StandardCharsets.UTF_8));
		assertThat(bytes).isEqualTo(byJackson(result));
		assertThat(JsonMapper.builder().build().readTree(bytes).get("pairs").get(0).get("a").asString())
				.isEqualTo(ids.get(0));
	}

	@Test
	void anEmptyResultIsWrittenAsJacksonWritesIt() {
		CouplingResult result = new CouplingResult(0, List.of(), List.of(), List.of());

		assertThat(written(result)).isEqualTo(byJackson(result));
	}
}
