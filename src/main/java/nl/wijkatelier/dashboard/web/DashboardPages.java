package nl.wijkatelier.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkatelier.dashboard.Dashboards;
import nl.wijkatelier.dashboard.NeighbourhoodDashboard;
import nl.wijkatelier.dashboard.ProgrammeDashboard;
import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.Money;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.platform.PdfDocuments;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.CsvFiles;
import nl.wijkatelier.works.WorksProperties;

/**
 * The dashboard pages, and their exports: the neighbourhood dashboard as PDF (through the platform's
 * {@link PdfDocuments}, like every PDF of the platform) and both dashboards' figures as CSV.
 */
@Controller
class DashboardPages {

	private final Dashboards dashboards;
	private final ProgrammeCatalog catalog;
	private final MessageSource messages;
	private final PdfDocuments pdf;
	private final WorksProperties works;

	DashboardPages(Dashboards dashboards, ProgrammeCatalog catalog, MessageSource messages, PdfDocuments pdf,
			WorksProperties works) {
		this.dashboards = dashboards;
		this.catalog = catalog;
		this.messages = messages;
		this.pdf = pdf;
		this.works = works;
	}

	@GetMapping("/neighbourhoods/{id}/dashboard")
	String neighbourhood(@PathVariable NeighbourhoodId id, Model model, Locale locale) {
		model.addAllAttributes(neighbourhoodModel(dashboards.neighbourhood(id, locale), locale));
		return "dashboard/neighbourhood";
	}

	@GetMapping("/neighbourhoods/{id}/dashboard.pdf")
	ResponseEntity<byte[]> neighbourhoodPdf(@PathVariable NeighbourhoodId id, Locale locale) {
		byte[] body = pdf.render("dashboard/neighbourhood-pdf", neighbourhoodModel(dashboards.neighbourhood(id, locale), locale),
				locale);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("dashboard-" + id + ".pdf").build().toString())
				.body(body);
	}

	@GetMapping("/neighbourhoods/{id}/dashboard.csv")
	ResponseEntity<byte[]> neighbourhoodCsv(@PathVariable NeighbourhoodId id,
			@RequestParam(CsvFiles.SEPARATOR_PARAMETER) Optional<String> separator, Locale locale) {
		NeighbourhoodDashboard d = dashboards.neighbourhood(id, locale);
		List<List<Object>> rows = new ArrayList<>();
		figureRows(d.figures(), locale).forEach((k, v) -> rows.add(List.of("figures", k, "", v)));
		d.atelier().ifPresent(a -> a.themes().forEach(t -> {
			rows.add(List.of("atelier", t.theme(), text("dashboard.everyone", locale), t.mean()));
			a.partyTypes().forEach(p -> rows.add(List.of("atelier", t.theme(), text(p.messageKey(), locale),
					t.byPartyType().getOrDefault(p, 0.0))));
		}));
		for (NeighbourhoodDashboard.ActionRow a : d.actions()) {
			rows.add(List.of("actions", a.title(), text("dashboard.households", locale), a.households()));
			a.impact().forEach(i -> rows.add(List.of("impact", a.title(), i.label() + " (" + i.unit() + ")", i.value())));
		}
		d.network().forEach(m -> rows.add(List.of("network", m.month().toString(), text("dashboard.members", locale),
				m.members())));
		d.participation().forEach(p -> {
			rows.add(List.of("participation", p.month().toString(), text("dashboard.atelierParticipants", locale),
					p.atelierParticipants()));
			rows.add(List.of("participation", p.month().toString(), text("dashboard.signups", locale), p.signups()));
		});
		d.tasks().forEach(t -> rows.add(List.of("tasks", t.id(), t.start() + "/" + t.end(), t.coupled() ? 1 : 0)));
		d.couplings().forEach(c -> rows.add(List.of("couplings", c.a() + "+" + c.b(),
				text("dashboard.saving", locale), Money.ofCents(c.potentialSavingCents()).toDecimal())));
		return csv("dashboard-" + id + ".csv", List.of("section", "item", "measure", "value"), rows,
				CsvFiles.Separator.of(separator));
	}

	@GetMapping("/dashboard")
	String defaultProgramme() {
		Programme programme = catalog.requireDefaultProgramme();
		return "redirect:/programmes/" + programme.slug() + "/dashboard";
	}

	@GetMapping("/programmes/{slug}/dashboard")
	String programme(@PathVariable String slug, Model model, Locale locale) {
		ProgrammeDashboard d = dashboards.programme(programme(slug), locale);
		model.addAttribute("d", d);
		model.addAttribute("tileUrl", works.tileUrl());
		model.addAttribute("tileAttribution", works.tileAttribution());
		model.addAttribute("householdsChart", Charts.bars(d.rows().stream()
				.map(r -> entry(r.name(), (double) r.figures().households())).toList(), "#0072B2", locale));
		model.addAttribute("participantsChart", Charts.bars(d.rows().stream()
				.map(r -> entry(r.name(), (double) r.figures().atelierParticipants())).toList(), "#D55E00", locale));
		model.addAttribute("networkChart", Charts.bars(d.rows().stream()
				.map(r -> entry(r.name(), (double) r.figures().networkMembers())).toList(), "#117733", locale));
		model.addAttribute("figures", new Format.Figures(locale));
		return "dashboard/programme";
	}

	@GetMapping("/programmes/{slug}/dashboard.csv")
	ResponseEntity<byte[]> programmeCsv(@PathVariable String slug,
			@RequestParam(CsvFiles.SEPARATOR_PARAMETER) Optional<String> separator, Locale locale) {
		ProgrammeDashboard d = dashboards.programme(programme(slug), locale);
		List<List<Object>> rows = new ArrayList<>();
		for (ProgrammeDashboard.Row r : d.rows()) {
			NeighbourhoodDashboard.Figures f = r.figures();
			rows.add(List.of(r.name(), r.municipality(), f.ateliers(), f.atelierParticipants(), f.actions(),
					f.households(), f.networkMembers(), f.tasks(), f.couplings(), Money.ofCents(f.potentialSavingCents()).toDecimal(),
					f.inhabitants().map(String::valueOf).orElse(""), f.homes().map(String::valueOf).orElse("")));
		}
		return csv("dashboard-" + slug + ".csv", List.of("neighbourhood", "municipality", "ateliers",
				"atelier_participants", "actions", "households", "network_members", "tasks", "couplings",
				"potential_saving_euro", "inhabitants", "homes"), rows, CsvFiles.Separator.of(separator));
	}

	private Programme programme(String slug) {
		return catalog.programmeBySlug(slug).orElseThrow(() -> new NotFoundException("programme", slug));
	}

	private Map<String, Object> neighbourhoodModel(NeighbourhoodDashboard d, Locale locale) {
		Map<PartyType, String> typeNames = new EnumMap<>(PartyType.class);
		for (PartyType type : PartyType.values()) {
			typeNames.put(type, text(type.messageKey(), locale));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("d", d);
		model.put("typeNames", typeNames);
		model.put("colors", Charts.COLORS);
		model.put("everyoneColor", Charts.EVERYONE);
		model.put("figureRows", figureRows(d.figures(), locale));
		model.put("keySource", KeyFigures.SOURCE);
		d.atelier().ifPresent(a -> model.put("themeChart",
				Charts.themes(a, typeNames, text("dashboard.everyone", locale), locale)));
		model.put("actionChart", Charts.bars(d.actions().stream()
				.map(a -> entry(a.title(), (double) a.households())).toList(), "#0072B2", locale));
		model.put("networkChart", Charts.columns(d.network().stream()
				.map(m -> Map.entry(m.month().toString(), m.members())).toList(), "#117733"));
		model.put("participantsChart", Charts.columns(d.participation().stream()
				.map(p -> Map.entry(p.month().toString(), p.atelierParticipants())).toList(), "#D55E00"));
		model.put("signupsChart", Charts.columns(d.participation().stream()
				.map(p -> Map.entry(p.month().toString(), p.signups())).toList(), "#0072B2"));
		model.put("timeline", Charts.timeline(d.tasks()));
		model.put("figures", new Format.Figures(locale));
		return model;
	}

	/** The comparable figures with their labels, in display order. */
	private Map<String, String> figureRows(NeighbourhoodDashboard.Figures f, Locale locale) {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(text("dashboard.ateliers", locale), String.valueOf(f.ateliers()));
		rows.put(text("dashboard.atelierParticipants", locale), String.valueOf(f.atelierParticipants()));
		rows.put(text("dashboard.actions", locale), String.valueOf(f.actions()));
		rows.put(text("dashboard.households", locale), String.valueOf(f.households()));
		rows.put(text("dashboard.members", locale), String.valueOf(f.networkMembers()));
		rows.put(text("dashboard.tasks", locale), String.valueOf(f.tasks()));
		rows.put(text("dashboard.couplings", locale), String.valueOf(f.couplings()));
		rows.put(text("dashboard.saving", locale), Money.ofCents(f.potentialSavingCents()).formatWhole(locale));
		rows.put(text("dashboard.inhabitants", locale),
				f.inhabitants().map(v -> Format.number(v, locale)).orElse(text("dashboard.unknown", locale)));
		rows.put(text("dashboard.homes", locale),
				f.homes().map(v -> Format.number(v, locale)).orElse(text("dashboard.unknown", locale)));
		return rows;
	}

	private static Map.Entry<String, Double> entry(String key, double value) {
		return new AbstractMap.SimpleImmutableEntry<>(key, value);
	}

	private static ResponseEntity<byte[]> csv(String filename, List<String> header, List<List<Object>> rows,
			CsvFiles.Separator separator) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(CsvFiles.writer(out),
				CsvFiles.format(separator, header.toArray(String[]::new)))) {
			for (List<Object> row : rows) {
				printer.printRecord(CsvFiles.row(separator, row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(filename).build().toString())
				.body(out.toByteArray());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
