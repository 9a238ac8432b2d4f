package nl.wijkatelier.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.shared.Money;
import nl.wijkatelier.shared.SpreadsheetCells;
import nl.wijkatelier.works.Appraisal;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingResult;
import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.RdNew;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.ThemeLinks;

/** The other output formats of {@code couple}: CSV, GeoJSON and a self-contained HTML report. */
final class ResultFormats {

	/** The HTML report appraises at most this many clusters, those with the largest saving first. */
	private static final int REPORT_CLUSTERS = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ResultFormats() {
	}

	/** One row per pair, cluster and near miss: {@code kind,a,b,severity,distanceMetres,overlapDays,gapDays,potentialSaving,tasks}. */
	static void csv(CouplingResult result, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("kind", "a", "b", "severity",
				"distanceMetres", "overlapDays", "gapDays", "potentialSaving", "tasks").get());
		for (Pair p : result.pairs()) {
			csv.printRecord(SpreadsheetCells.row("pair", p.a(), p.b(), p.severity(), p.distanceMetres(), p.overlapDays(), "",
					Money.ofCents(p.potentialSavingCents()).toFileText(), ""));
		}
		for (Cluster c : result.clusters()) {
			csv.printRecord(SpreadsheetCells.row("cluster", "", "", "", "", "", "", Money.ofCents(c.potentialSavingCents()).toFileText(),
					String.join(";", c.tasks())));
		}
		for (NearMiss m : result.nearMisses()) {
			csv.printRecord(SpreadsheetCells.row("nearMiss", m.a(), m.b(), "", m.distanceMetres(), "", m.gapDays(), "", ""));
		}
		csv.flush();
	}

	/** Each pair and near miss as a line between the nearest points of the two tasks, in WGS84. */
	static void geojson(CouplingResult result, List<Task> tasks, OutputStream out) {
		Map<String, Geometry> geometries = new HashMap<>();
		tasks.forEach(t -> t.geometry().ifPresent(g -> geometries.put(t.id(), g)));
		try (JsonGenerator gen = JSON.createGenerator(out)) {
			gen.writeStartObject();
			gen.writeName("type");
			gen.writeString("FeatureCollection");
			gen.writeName("features");
			gen.writeStartArray();
			for (Pair p : result.pairs()) {
				feature(gen, geometries, p.a(), p.b(), Map.of("kind", "pair", "severity", p.severity().name(),
						"distanceMetres", p.distanceMetres(), "overlapDays", p.overlapDays(), "potentialSaving",
						Money.ofCents(p.potentialSavingCents()).toDecimal()));
			}
			for (NearMiss m : result.nearMisses()) {
				feature(gen, geometries, m.a(), m.b(), Map.of("kind", "nearMiss", "distanceMetres", m.distanceMetres(),
						"gapDays", m.gapDays()));
			}
			gen.writeEndArray();
			gen.writeEndObject();
		}
	}

	private static void feature(JsonGenerator gen, Map<String, Geometry> geometries, String a, String b,
			Map<String, Object> properties) {
		Geometry ga = geometries.get(a);
		Geometry gb = geometries.get(b);
		Geometry link = ga.getFactory().createLineString(DistanceOp.nearestPoints(ga, gb));
		gen.writeStartObject();
		gen.writeName("type");
		gen.writeString("Feature");
		gen.writeName("geometry");
		GeoJsonGeometry.write(gen, RdNew.toWgs84(link));
		gen.writeName("properties");
		gen.writeStartObject();
		gen.writeName("a");
		gen.writeString(a);
		gen.writeName("b");
		gen.writeString(b);
		properties.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			gen.writeName(e.getKey());
			gen.writePOJO(e.getValue());
		});
		gen.writeEndObject();
		gen.writeEndObject();
	}

	/** A page a municipal officer can open: clusters with gains and risks, pairs and near misses. */
	static void html(CouplingResult result, Portfolio portfolio, Locale locale, OutputStream out) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages/works", locale);
		Map<String, Task> byId = new HashMap<>();
		portfolio.tasks().forEach(t -> byId.put(t.id(), t));
		Map<String, List<Pair>> pairsByTask = new HashMap<>();
		for (Pair p : result.pairs()) {
			pairsByTask.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p);
			pairsByTask.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p);
		}
		StringBuilder html = new StringBuilder(1 << 16);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
				.append(esc(text(bundle, "works.report.title"))).append("</title><style>")
				.append("body{font-family:system-ui,sans-serif;margin:1rem;color:#1a1a1a}table{border-collapse:collapse;margin-bottom:2rem}")
				.append("th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}")
				.append("caption{text-align:left;font-weight:bold;padding:.5rem 0}</style></head><body><main>")
				.append("<h1>").append(esc(text(bundle, "works.report.title"))).append("</h1><p>")
				.append(esc(text(bundle, "works.report.summary", result.tasks(), result.pairs().size(),
						result.clusters().size(), result.nearMisses().size())))
				.append("</p>");
		html.append("<table><caption>").append(esc(text(bundle, "works.report.clusters", REPORT_CLUSTERS))).append("</caption><tr>");
		for (String h : List.of("tasks", "saving", "streetDays", "coBenefits", "pots", "shift", "slack", "agree")) {
			html.append("<th scope=\"col\">").append(esc(text(bundle, "works.report.col." + h))).append("</th>");
		}
		html.append("</tr>");
		List<Cluster> top = result.clusters().stream()
				.sorted(Comparator.comparingLong(Cluster::potentialSavingCents).reversed()).limit(REPORT_CLUSTERS).toList();
		Map<String, BudgetPot> pots = portfolio.potsByName();
		for (Cluster c : top) {
			List<Task> group = c.tasks().stream().map(byId::get).toList();
			Set<String> ids = Set.copyOf(c.tasks());
			List<Pair> pairs = c.tasks().stream().flatMap(id -> pairsByTask.getOrDefault(id, List.of()).stream())
					.filter(p -> ids.contains(p.a()) && ids.contains(p.b())).distinct().toList();
			Appraisal a = Appraisal.of(group, pairs, pots, ThemeLinks.DEFAULTS);
			html.append("<tr><td>").append(esc(group.stream().map(t -> t.id() + " " + t.title() + " (" + t.owner() + ")")
					.collect(Collectors.joining("; ")))).append("</td><td>").append(esc(Money.ofCents(a.savingCents()).format(locale)))
					.append("</td><td>").append(a.streetDaysAvoided()).append("</td><td>")
					.append(esc(String.join(", ", a.coBenefits()))).append("</td><td>")
					.append(esc(String.join(", ", a.fittingPots()))).append("</td><td>")
					.append(esc(a.shiftDays().map(String::valueOf).orElse(text(bundle, "works.report.notTogether"))))
					.append("</td><td>").append(a.tightestSlackDays()).append(" (").append(esc(a.tightestTask())).append(")</td><td>")
					.append(esc(text(bundle, "works.report.agree", a.owners(), a.pots(), a.portfolioHolders())))
					.append("</td></tr>");
		}
		html.append("</table>");
		html.append("<table><caption>").append(esc(text(bundle, "works.report.nearMisses"))).append("</caption><tr>");
		for (String h : List.of("a", "b", "distance", "gap")) {
			html.append("<th scope=\"col\">").append(esc(text(bundle, "works.report.col." + h))).append("</th>");
		}
		html.append("</tr>");
		result.nearMisses().stream().limit(2000).forEach(m -> html.append("<tr><td>").append(esc(m.a())).append("</td><td>")
				.append(esc(m.b())).append("</td><td>").append(m.distanceMetres()).append("</td><td>").append(m.gapDays())
				.append("</td></tr>"));
		html.append("</table></main></body></html>\n");
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(html.toString());
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(ResourceBundle bundle, String key, Object... args) {
		return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
