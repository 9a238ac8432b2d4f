package nl.wijkatelier.planning.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.wijkatelier.planning.NoScheduleException;
import nl.wijkatelier.planning.PlanInputError;
import nl.wijkatelier.planning.PlanInputException;
import nl.wijkatelier.planning.PlanningJobs;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;

/** Planner runs in the background, and the saved scenarios, of a neighbourhood. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Planning", description = "Joint programme: plan all tasks together, save and compare scenarios")
class PlanningApi {

	private final PlanningJobs jobs;
	private final Scenarios scenarios;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;

	PlanningApi(PlanningJobs jobs, Scenarios scenarios, ProgrammeCatalog catalog, CurrentUsers currentUsers) {
		this.jobs = jobs;
		this.scenarios = scenarios;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
	}

	private NeighbourhoodId organised(UUID id) {
		NeighbourhoodId neighbourhood = catalog.neighbourhood(new NeighbourhoodId(id)).id();
		currentUsers.require(user -> user.canOrganise(neighbourhood));
		return neighbourhood;
	}

	@Operation(summary = "Start planning the neighbourhood's tasks in the background; poll the run for progress")
	@PostMapping("/neighbourhoods/{id}/plan-runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PlanningJobs.JobView start(@PathVariable UUID id, @RequestParam Optional<Integer> seconds) {
		NeighbourhoodId neighbourhood = organised(id);
		try {
			return jobs.start(neighbourhood, seconds);
		}
		catch (PlanInputException ex) {
			Checks checks = new Checks();
			Locale locale = LocaleContextHolder.getLocale();
			for (PlanInputError error : ex.errors()) {
				checks.add("tasks", "planning.error.task", error.taskId(), error.field(), error.reason(locale));
			}
			checks.throwIfAny();
			throw ex;
		}
		catch (NoScheduleException ex) {
			throw new ConflictException("planning.error.noSchedule");
		}
	}

	@Operation(summary = "A run's status and best objective so far (euro cents), and its conflicts when no schedule exists")
	@GetMapping("/plan-runs/{run}")
	PlanningJobs.JobView status(@PathVariable UUID run) {
		PlanningJobs.JobView view = jobs.find(run).orElseThrow(() -> new NotFoundException("plan run", run));
		organised(view.neighbourhood().value());
		return view;
	}

	@Operation(summary = "Cancel a run; it keeps the best schedule found so far")
	@DeleteMapping("/plan-runs/{run}")
	PlanningJobs.JobView cancel(@PathVariable UUID run) {
		status(run);
		return jobs.cancel(run).orElseThrow(() -> new NotFoundException("plan run", run));
	}

	record SaveRequest(String name) {
	}

	@Operation(summary = "Save a finished run as a named scenario")
	@PostMapping("/plan-runs/{run}/scenario")
	@ResponseStatus(HttpStatus.CREATED)
	Scenarios.Summary save(@PathVariable UUID run, @RequestBody SaveRequest request) {
		status(run);
		PlanningJobs.Finished finished = jobs.finished(run)
				.orElseThrow(() -> new ConflictException("planning.error.notFinished"));
		return scenarios.save(finished, request.name(), false);
	}

	@Operation(summary = "The neighbourhood's saved scenarios, newest first")
	@GetMapping("/neighbourhoods/{id}/scenarios")
	List<Scenarios.Summary> list(@PathVariable UUID id) {
		return scenarios.of(organised(id));
	}

	@Operation(summary = "A scenario with every task's start, end, package and the reason for its date")
	@GetMapping("/scenarios/{scenario}")
	Scenarios.Scenario scenario(@PathVariable UUID scenario) {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value());
		return found;
	}

	@Operation(summary = "Two scenarios side by side: saving, shift penalty, objective, packages")
	@GetMapping("/scenarios/{a}/compare/{b}")
	Map<String, Object> compare(@PathVariable UUID a, @PathVariable UUID b) {
		Scenarios.Scenario left = scenario(a);
		Scenarios.Scenario right = scenario(b);
		return Map.of("a", figures(left), "b", figures(right));
	}

	private static Map<String, Object> figures(Scenarios.Scenario s) {
		long packages = s.starts().stream().map(Scenarios.Start::packageFirst).flatMap(Optional::stream).distinct().count();
		long shifted = s.starts().stream().filter(x -> !x.reason().equals("preferred") && !x.reason().equals("pinned")).count();
		return Map.of("id", s.summary().id(), "name", s.summary().name(), "totalSavingCents", s.summary().totalSavingCents(),
				"shiftPenaltyCents", s.summary().shiftPenaltyCents(), "objectiveCents", s.summary().objectiveCents(),
				"baselineObjectiveCents", s.summary().baselineObjectiveCents(), "packages", packages,
				"tasksAwayFromPreference", shifted);
	}

	@Operation(summary = "A scenario as CSV: id,start,end,package,ridesAlong,reason,detail")
	@GetMapping(value = "/scenarios/{scenario}/export.csv", produces = "text/csv")
	void export(@PathVariable UUID scenario, HttpServletResponse response) throws IOException {
		writeCsv(scenario(scenario), response);
	}

	/** The scenario as CSV, shared with the web page's download. */
	static void writeCsv(Scenarios.Scenario found, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"scenario.csv\"");
		OutputStreamWriter w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(w,
				org.apache.commons.csv.CSVFormat.DEFAULT.builder()
						.setHeader("id", "start", "end", "package", "ridesAlong", "reason", "detail").get());
		for (Scenarios.Start s : found.starts()) {
			csv.printRecord(s.taskId(), s.start(), s.end(), s.packageFirst().orElse(""), s.ridesAlong(), s.reason(),
					s.reasonDetail());
		}
		csv.flush();
	}
}
