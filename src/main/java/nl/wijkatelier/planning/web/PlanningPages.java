package nl.wijkatelier.planning.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import nl.wijkatelier.planning.PlanningJobs;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;

/** The planning pages: start a run and watch it, save and read scenarios, compare two side by side. */
@Controller
class PlanningPages {

	/** Package colours of the timeline; each bar also carries its package's first task id as text. */
	private static final String[] COLOURS = {"#1f5f9e", "#b3401a", "#2e7d32", "#6a3d9a", "#8a5a00", "#00727a",
			"#a0185a", "#4a5a1a"};

	/** One row of the scenario page: the start, the bar's place on the timeline in percent, and its colour. */
	record Row(Scenarios.Start start, double leftPercent, double widthPercent, String colour) {
	}

	private final PlanningJobs jobs;
	private final Scenarios scenarios;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;

	PlanningPages(PlanningJobs jobs, Scenarios scenarios, ProgrammeCatalog catalog, CurrentUsers currentUsers) {
		this.jobs = jobs;
		this.scenarios = scenarios;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
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
	String start(@PathVariable UUID id, @RequestParam(defaultValue = "30") int seconds, Model model,
			RedirectAttributes redirect) {
		Neighbourhood n = organised(id, model);
		try {
			PlanningJobs.JobView run = jobs.start(n.id(), Optional.of(seconds));
			return "redirect:/planning/runs/" + run.id();
		}
		catch (PlanInputException ex) {
			redirect.addFlashAttribute("planErrors", ex.errors().stream()
					.map(e -> e.describe(org.springframework.context.i18n.LocaleContextHolder.getLocale())).toList());
		}
		catch (NoScheduleException ex) {
			redirect.addFlashAttribute("planErrors", ex.conflicts().stream().map(c -> c.describe()).toList());
		}
		return "redirect:/neighbourhoods/" + id + "/planning";
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
		model.addAttribute("finished", jobs.finished(run).map(f -> f.result()).orElse(null));
		return "planning/run";
	}

	@GetMapping("/planning/runs/{run}/status")
	@ResponseBody
	Map<String, Object> status(@PathVariable UUID run, Model model) {
		PlanningJobs.JobView view = run(run, model);
		return Map.of("status", view.status().name(),
				"objectiveEuros", view.best().map(p -> p.objectiveCents() / 100).orElse(0L),
				"hardPenalty", view.best().map(p -> p.hardPenalty()).orElse(0L),
				"elapsedSeconds", view.best().map(p -> p.elapsedMillis() / 1000).orElse(0L));
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
	String scenario(@PathVariable UUID scenario, Model model) {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value(), model);
		model.addAttribute("scenario", found);
		model.addAttribute("rows", rows(found));
		return "planning/scenario";
	}

	@GetMapping("/planning/scenarios/{scenario}/export.csv")
	void export(@PathVariable UUID scenario, Model model, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value(), model);
		PlanningApi.writeCsv(found, response);
	}

	@GetMapping("/planning/compare")
	String compare(@RequestParam UUID a, @RequestParam UUID b, Model model) {
		Scenarios.Scenario left = scenarios.get(a);
		Scenarios.Scenario right = scenarios.get(b);
		organised(left.summary().neighbourhood().value(), model);
		organised(right.summary().neighbourhood().value(), model);
		model.addAttribute("left", left);
		model.addAttribute("right", right);
		model.addAttribute("leftPackages", packages(left));
		model.addAttribute("rightPackages", packages(right));
		model.addAttribute("leftAway", away(left));
		model.addAttribute("rightAway", away(right));
		return "planning/compare";
	}

	private static long packages(Scenarios.Scenario s) {
		return s.starts().stream().map(Scenarios.Start::packageFirst).flatMap(Optional::stream).distinct().count();
	}

	private static long away(Scenarios.Scenario s) {
		return s.starts().stream().filter(x -> x.reason().equals("joined") || x.reason().equals("budget")
				|| x.reason().equals("dependency")).count();
	}

	static List<Row> rows(Scenarios.Scenario s) {
		if (s.starts().isEmpty()) {
			return List.of();
		}
		LocalDate first = s.starts().stream().map(Scenarios.Start::start).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = s.starts().stream().map(Scenarios.Start::end).max(LocalDate::compareTo).orElseThrow();
		double span = ChronoUnit.DAYS.between(first, last) + 1.0;
		Map<String, String> colours = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (Scenarios.Start start : s.starts()) {
			String colour = start.packageFirst()
					.map(p -> colours.computeIfAbsent(p, k -> COLOURS[colours.size() % COLOURS.length])).orElse("#6b6b6b");
			double left = ChronoUnit.DAYS.between(first, start.start()) / span * 100;
			double width = Math.max(0.5, (ChronoUnit.DAYS.between(start.start(), start.end()) + 1) / span * 100);
			rows.add(new Row(start, Math.round(left * 10) / 10.0, Math.round(width * 10) / 10.0, colour));
		}
		return rows;
	}
}
