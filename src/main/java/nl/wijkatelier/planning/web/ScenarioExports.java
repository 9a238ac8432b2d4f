package nl.wijkatelier.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import nl.wijkatelier.planning.ScenarioFigures;
import nl.wijkatelier.platform.PdfDocuments;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.shared.Money;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.RdNew;
import nl.wijkatelier.works.WorksRegister;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario as GeoJSON (each task's location in WGS84 with its dates, package and saving) and as PDF (the scenario
 * page as XHTML, through the platform's {@link PdfDocuments} like every PDF of the platform).
 */
@Component
class ScenarioExports {

	private final WorksRegister register;
	private final JsonMapper json;
	private final PdfDocuments pdf;
	private final ScenarioViews views;

	ScenarioExports(WorksRegister register, JsonMapper json, PdfDocuments pdf, ScenarioViews views) {
		this.register = register;
		this.json = json;
		this.pdf = pdf;
		this.views = views;
	}

	/**
	 * A FeatureCollection (RFC 7946, WGS84): one feature per task, its geometry as registered now (null when the task
	 * has no location or no longer exists), its properties as in the scenario; {@code package} is null for a task
	 * that runs on its own, {@code saving} in euros.
	 */
	ResponseEntity<byte[]> geoJson(Scenarios.Scenario scenario, Locale locale) {
		Map<String, Geometry> geometries = new HashMap<>();
		register.tasks(scenario.summary().neighbourhood()).forEach(
				t -> t.task().geometry().ifPresent(g -> geometries.put(t.task().id(), g)));
		ScenarioFigures figures = ScenarioFigures.of(scenario);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator gen = json.createGenerator(out)) {
			gen.writeStartObject();
			gen.writeStringProperty("type", "FeatureCollection");
			gen.writeStringProperty("name", scenario.summary().name());
			gen.writeArrayPropertyStart("features");
			for (ScenarioViews.Row row : views.rows(scenario, figures, locale)) {
				Scenarios.Start s = row.start();
				gen.writeStartObject();
				gen.writeStringProperty("type", "Feature");
				gen.writeName("geometry");
				Optional<Geometry> geometry = Optional.ofNullable(geometries.get(s.taskId()));
				if (geometry.isPresent()) {
					GeoJsonGeometry.write(gen, RdNew.toWgs84(geometry.get()));
				}
				else {
					gen.writeNull();
				}
				gen.writeObjectPropertyStart("properties");
				gen.writeStringProperty("id", s.taskId());
				gen.writeStringProperty("name", s.title());
				gen.writeStringProperty("owner", s.owner());
				gen.writeStringProperty("start", s.start().toString());
				gen.writeStringProperty("end", s.end().toString());
				gen.writeName("package");
				if (row.packageNumber() == 0) {
					gen.writeNull();
				}
				else {
					gen.writeNumber(row.packageNumber());
				}
				gen.writeName("saving");
				gen.writeNumber(Money.ofCents(s.savingCents()).toDecimal());
				gen.writeBooleanProperty("ridesAlong", s.ridesAlong());
				gen.writeBooleanProperty("pinned", s.pinned());
				gen.writeStringProperty("reason", s.reason());
				gen.writeStringProperty("explanation", row.explanation());
				gen.writeEndObject();
				gen.writeEndObject();
			}
			gen.writeEndArray();
			gen.writeEndObject();
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("scenario-" + scenario.summary().id() + ".geojson").build().toString())
				.body(out.toByteArray());
	}

	ResponseEntity<byte[]> pdf(Scenarios.Scenario scenario, Neighbourhood neighbourhood, Locale locale) {
		ScenarioFigures figures = ScenarioFigures.of(scenario);
		Map<String, Object> model = new HashMap<>();
		model.put("scenario", scenario);
		model.put("neighbourhood", neighbourhood);
		model.put("figures", figures);
		model.put("rows", views.rows(scenario, figures, locale));
		model.put("budget", scenario.budget());
		// Dutch local time: the scenarios are Dutch municipalities' plans
		model.put("created", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.withZone(ZoneId.of("Europe/Amsterdam")).format(scenario.summary().created()));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("scenario-" + scenario.summary().id() + ".pdf").build().toString())
				.body(pdf.render("planning/scenario-pdf", model, locale));
	}
}
