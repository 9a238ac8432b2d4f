package nl.wijkatelier.planning.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.planning.NoScheduleException;
import nl.wijkatelier.planning.PlanInputException;
import nl.wijkatelier.planning.PlanRunLimitException;
import nl.wijkatelier.planning.PlanWeights;
import nl.wijkatelier.planning.PlanningJobs;
import nl.wijkatelier.planning.ScenarioFigures;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.CsvFiles;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;

/** The planning pages: start a run and watch it, save and read scenarios, compare two side by side. */
@Controller
class PlanningPages {

	private final PlanningJobs jobs;
	private final Scenarios scenarios;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final ScenarioViews views;
	private final ScenarioExports exports;
	private final MessageSource messages;

	PlanningPages(PlanningJobs jobs, Scenarios scenarios, ProgrammeCatalog catalog, CurrentUsers currentUsers,
			ScenarioViews views, ScenarioExports exports, MessageSource messages) {
		this.jobs = jobs;
		this.scenarios = scenarios;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.views = views;
		this.exports = exports;
		this.messages = messages;
	}

	private Neighbourhood organised(UUID id, Model model) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		currentUsers.require(user -> user.canOrganise(n.id()));
		model.addAttribute("neighbourhood", n);
		model.addAttribute("programme", catalog.programme(n.programmeId()));
		return n;
	}

	@GetMapping("/neighbourhoods/{id}/planning")
	String planning(@PathVariable UUID id, Model model) {
		Neighbourhood n = organised(id, model);
		model.addAttribute("scenarios", scenarios.of(n.id()));
		return "planning/planning";
	}

	@PostMapping("/neighbourhoods/{id}/planning/runs")
	String start(@PathVariable UUID id, @RequestParam(defaultValue = "30") int seconds,
			@RequestParam Optional<String> valueWeight, @RequestParam Optional<String> nuisanceCost, Model model,
			RedirectAttributes redirect) {
		Neighbourhood n = organised(id, model);
		return startRun(() -> PlanningJobs.Start.of(n.id(), Optional.of(seconds))
				.withWeights(PlanWeights.ofText(nuisanceCost, valueWeight)), "/neighbourhoods/" + id + "/planning",
				redirect);
	}

	/** Starts the run, or goes back to the page with every reason it could not start. */
	private String startRun(Supplier<PlanningJobs.Start> request, String back,
			RedirectAttributes redirect) {
		try {
			PlanningJobs.JobView run = jobs.start(request.get(), currentUsers.require().id().value().toString());
			return "redirect:/planning/runs/" + run.id();
		}
		catch (PlanInputException ex) {
			redirect.addFlashAttribute("planErrors", ex.errors().stream()
					.map(e -> e.describe(org.springframework.context.i18n.LocaleContextHolder.getLocale())).toList());
		}
		catch (NoScheduleException ex) {
			redirect.addFlashAttribute("planErrors", ex.conflicts().stream().map(c -> c.describe()).toList());
		}
		catch (PlanRunLimitException ex) {
			redirect.addFlashAttribute("planErrors", List.of(messages.getMessage(ex.messageKey(),
					new Object[] {ex.limit()}, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("planErrors", ex.violations().stream().map(v -> messages.getMessage(
					v.messageKey(), v.arguments().toArray(), org.springframework.context.i18n.LocaleContextHolder.getLocale()))
					.toList());
		}
		return "redirect:" + back;
	}

	/**
	 * Re-plans from a saved scenario: the chosen tasks keep their date in that scenario (pinned), the others are
	 * planned again around them, in the background like any run.
	 */
	@PostMapping("/planning/scenarios/{scenario}/replan")
	String replan(@PathVariable UUID scenario, @RequestParam(name = "pin", required = false) List<String> pins,
			@RequestParam(defaultValue = "30") int seconds, Model model, RedirectAttributes redirect) {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value(), model);
		return startRun(() -> PlanningApi.replanRequest(found, pins == null ? List.of() : pins, Optional.of(seconds)),
				"/planning/scenarios/" + scenario, redirect);
	}

	private PlanningJobs.JobView run(UUID run, Model model) {
		PlanningJobs.JobView view = jobs.find(run).orElseThrow(() -> new NotFoundException("plan run", run));
		organised(view.neighbourhood().value(), model);
		return view;
	}

	@GetMapping("/planning/runs/{run}")
	String runPage(@PathVariable UUID run, Model model) {
		PlanningJobs.JobView view = run(run, model);
		model.addAttribute("run", view);
		model.addAttribute("finished", jobs.result(run).orElse(null));
		model.addAttribute("basedOn", view.basedOn().flatMap(scenarios::find).orElse(null));
		return "planning/run";
	}

	@GetMapping("/planning/runs/{run}/status")
	@ResponseBody
	Map<String, Object> status(@PathVariable UUID run, Model model) {
		PlanningJobs.JobView view = run(run, model);
		return Map.of("status", view.status().name(),
				"objectiveEuros", view.best().map(p -> p.objectiveCents() / 100).orElse(0L),
				"hardPenalty", view.best().map(p -> p.hardPenalty()).orElse(0L),
				"elapsedSeconds", view.best().map(p -> p.elapsedMillis() / 1000).orElse(0L),
				"waitingBehind", view.waitingBehind().map(UUID::toString).orElse(""));
	}

	@PostMapping("/planning/runs/{run}/cancel")
	String cancel(@PathVariable UUID run, Model model) {
		run(run, model);
		jobs.cancel(run);
		return "redirect:/planning/runs/" + run;
	}

	@PostMapping("/planning/runs/{run}/save")
	String save(@PathVariable UUID run, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		run(run, model);
		PlanningJobs.Finished finished = jobs.finished(run).orElseThrow(() -> new NotFoundException("plan run", run));
		try {
			Scenarios.Summary saved = scenarios.save(finished, name, false);
			return "redirect:/planning/scenarios/" + saved.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("nameMissing", true);
			return "redirect:/planning/runs/" + run;
		}
	}

	@GetMapping("/planning/scenarios/{scenario}")
	String scenario(@PathVariable UUID scenario, Model model, Locale locale) {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value(), model);
		ScenarioFigures figures = ScenarioFigures.of(found);
		model.addAttribute("scenario", found);
		model.addAttribute("figures", figures);
		model.addAttribute("rows", views.rows(found, figures, locale));
		model.addAttribute("basedOn", found.summary().basedOn().flatMap(scenarios::find).orElse(null));
		return "planning/scenario";
	}

	@GetMapping("/planning/scenarios/{scenario}/export.geojson")
	ResponseEntity<byte[]> exportGeoJson(@PathVariable UUID scenario, Model model, Locale locale) {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value(), model);
		return exports.geoJson(found, locale);
	}

	@GetMapping("/planning/scenarios/{scenario}/export.pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID scenario, Model model, Locale locale) {
		Scenarios.Scenario found = scenarios.get(scenario);
		Neighbourhood n = organised(found.summary().neighbourhood().value(), model);
		return exports.pdf(found, n, locale);
	}

	@GetMapping("/planning/scenarios/{scenario}/export.csv")
	void export(@PathVariable UUID scenario, @RequestParam(CsvFiles.SEPARATOR_PARAMETER) Optional<String> separator,
			Model model, HttpServletResponse response) throws IOException {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value(), model);
		PlanningApi.writeCsv(found, CsvFiles.Separator.of(separator), response);
	}

	@GetMapping("/planning/compare")
	String compare(@RequestParam UUID a, @RequestParam UUID b, Model model, Locale locale) {
		Scenarios.Scenario left = scenarios.get(a);
		Scenarios.Scenario right = scenarios.get(b);
		organised(left.summary().neighbourhood().value(), model);
		organised(right.summary().neighbourhood().value(), model);
		ScenarioViews.Comparison comparison = ScenarioViews.compare(left, right);
		model.addAttribute("left", left);
		model.addAttribute("right", right);
		model.addAttribute("comparison", comparison);
		model.addAttribute("charts", views.charts(comparison, locale));
		model.addAttribute("colourA", ScenarioViews.COLOUR_A);
		model.addAttribute("colourB", ScenarioViews.COLOUR_B);
		return "planning/compare";
	}
}
