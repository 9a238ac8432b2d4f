package nl.wijkatelier.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import nl.wijkatelier.planning.ScenarioFigures;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.works.GeoJsonTasks;
import nl.wijkatelier.works.RdNew;
import nl.wijkatelier.works.WorksRegister;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario as GeoJSON (each task's location in WGS84 with its dates, package and saving) and as PDF (the scenario
 * page as XHTML, laid out by openhtmltopdf with the embedded DejaVu Sans font, which has every Dutch character such
 * as ĳ — the PDF base fonts have none; the same approach as the atelier report and the dashboard).
 */
@Component
class ScenarioExports {

	private static final String FONT = "fonts/DejaVuSans.ttf";
	private static final String FONT_BOLD = "fonts/DejaVuSans-Bold.ttf";

	private final WorksRegister register;
	private final JsonMapper json;
	private final ITemplateEngine templates;
	private final ScenarioViews views;

	ScenarioExports(WorksRegister register, JsonMapper json, ITemplateEngine templates, ScenarioViews views) {
		this.register = register;
		this.json = json;
		this.templates = templates;
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
					GeoJsonTasks.writeGeometry(gen, RdNew.toWgs84(geometry.get()));
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
				gen.writeNumber(GeoJsonTasks.euros(s.savingCents()));
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
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage().equals("en") ? "en" : "nl");
		context.setVariable("scenario", scenario);
		context.setVariable("neighbourhood", neighbourhood);
		context.setVariable("figures", figures);
		context.setVariable("rows", views.rows(scenario, figures, locale));
		context.setVariable("budget", scenario.budget());
		// Dutch local time: the scenarios are Dutch municipalities' plans
		context.setVariable("created", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.withZone(java.time.ZoneId.of("Europe/Amsterdam")).format(scenario.summary().created()));
		String xhtml = templates.process("planning/scenario-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> stream(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> stream(FONT_BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("scenario-" + scenario.summary().id() + ".pdf").build().toString())
				.body(out.toByteArray());
	}

	private static InputStream stream(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
