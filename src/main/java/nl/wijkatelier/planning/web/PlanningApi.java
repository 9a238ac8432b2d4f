package nl.wijkatelier.planning.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.wijkatelier.planning.Explanation;
import nl.wijkatelier.planning.NoScheduleException;
import nl.wijkatelier.planning.PlanInputError;
import nl.wijkatelier.planning.PlanInputException;
import nl.wijkatelier.planning.PlanRunLimitException;
import nl.wijkatelier.planning.PlanWeights;
import nl.wijkatelier.planning.PlanningJobs;
import nl.wijkatelier.planning.ScenarioFigures;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.Money;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.CsvFiles;

/** Planner runs in the background, and the saved scenarios, of a neighbourhood. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Planning", description = "Joint programme: plan all tasks together, save and compare scenarios")
class PlanningApi {

	private final PlanningJobs jobs;
	private final Scenarios scenarios;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final ScenarioViews views;
	private final ScenarioExports exports;
	private final MessageSource messages;

	PlanningApi(PlanningJobs jobs, Scenarios scenarios, ProgrammeCatalog catalog, CurrentUsers currentUsers,
			ScenarioViews views, ScenarioExports exports, MessageSource messages) {
		this.messages = messages;
		this.jobs = jobs;
		this.scenarios = scenarios;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.views = views;
		this.exports = exports;
	}

	private NeighbourhoodId organised(UUID id) {
		NeighbourhoodId neighbourhood = catalog.neighbourhood(new NeighbourhoodId(id)).id();
		currentUsers.require(user -> user.canOrganise(neighbourhood));
		return neighbourhood;
	}

	@Operation(summary = "Start planning the neighbourhood's tasks in the background; poll the run for progress")
	@PostMapping("/neighbourhoods/{id}/plan-runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PlanningJobs.JobView start(@PathVariable UUID id, @RequestParam Optional<Integer> seconds,
			@Parameter(description = "euros a point of integral value, 0 or more (default 0: money alone)")
			@RequestParam Optional<String> valueWeight,
			@Parameter(description = "euros a street-open day, 0 or more (default 0)")
			@RequestParam Optional<String> nuisanceCost) {
		return start(PlanningJobs.Start.of(organised(id), seconds).withWeights(PlanWeights.ofText(nuisanceCost, valueWeight)));
	}

	/**
	 * @param pins ids of tasks that keep their date in the scenario
	 * @param seconds computing time; the configured default when absent
	 */
	record ReplanRequest(List<String> pins, Optional<Integer> seconds) {
	}

	@Operation(summary = "Re-plan from a saved scenario in the background: the pinned tasks keep their date in that"
			+ " scenario, the others are planned around them; save the finished run as a new scenario")
	@PostMapping("/scenarios/{scenario}/plan-runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PlanningJobs.JobView replan(@PathVariable UUID scenario, @RequestBody ReplanRequest request) {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value());
		return start(replanRequest(found, request.pins() == null ? List.of() : request.pins(),
				request.seconds() == null ? Optional.empty() : request.seconds()));
	}

	/** The run that keeps the chosen tasks on their date in the scenario; an id not in it is an error. */
	static PlanningJobs.Start replanRequest(Scenarios.Scenario scenario, List<String> pins, Optional<Integer> seconds) {
		Map<String, LocalDate> dates = new HashMap<>();
		scenario.starts().forEach(s -> dates.put(s.taskId(), s.start()));
		Checks checks = new Checks();
		Map<String, LocalDate> pinned = new TreeMap<>();
		for (String pin : pins) {
			if (!dates.containsKey(pin)) {
				checks.add("pins", "planning.error.unknownPin", pin);
			}
			else {
				pinned.put(pin, dates.get(pin));
			}
		}
		checks.throwIfAny();
		return new PlanningJobs.Start(scenario.summary().neighbourhood(), seconds, Optional.of(scenario.summary().id()),
				pinned);
	}

	private PlanningJobs.JobView start(PlanningJobs.Start request) {
		try {
			return jobs.start(request, currentUsers.require().id().value().toString());
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

	/** Too many runs at once: 429, naming the limit. */
	@ExceptionHandler(PlanRunLimitException.class)
	ProblemDetail tooMany(PlanRunLimitException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail
				.forStatus(HttpStatus.TOO_MANY_REQUESTS);
		problem.setTitle(messages.getMessage("planning.error.limit.title", null, locale));
		problem.setDetail(messages.getMessage(ex.messageKey(), new Object[] {ex.limit()}, locale));
		problem.setProperty("limit", ex.limit());
		return problem;
	}

	@Operation(summary = "A run's status and best objective so far (euro cents), and its conflicts when no schedule exists")
	@GetMapping("/plan-runs/{run}")
	PlanningJobs.JobView status(@PathVariable UUID run) {
		PlanningJobs.JobView view = jobs.find(run).orElseThrow(() -> new NotFoundException("plan run", run));
		organised(view.neighbourhood().value());
		return view;
	}

	@Operation(summary = "Cancel a run, on whichever instance it runs; it keeps the best schedule found so far. Answers"
			+ " the run's state once it has ended, or after a few seconds with cancelRequested set")
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

	/**
	 * One task of a scenario.
	 *
	 * @param packageNumber its package's number (as on the compare page), empty when it runs on its own
	 * @param reason the rule that binds its date (pinned, joined, dependency, budgetYear, deadline, successor,
	 *        window, preferred, earliest, tradeoff); {@code reasonArguments} its task ids, pots, years and dates
	 * @param explanation the reason as a sentence in the caller's language ({@code ?lang=nl|en}, Dutch by default)
	 */
	record StartView(String taskId, String title, String owner, LocalDate start, LocalDate end,
			Optional<LocalDate> preferredStart, Optional<Integer> packageNumber, Optional<String> packageFirst,
			boolean ridesAlong, boolean pinned, long savingCents, String reason, List<String> reasonArguments,
			String explanation) {
	}

	record ScenarioView(Scenarios.Summary summary, ScenarioFigures figures, List<StartView> starts,
			List<Scenarios.Pot> pots) {
	}

	private Scenarios.Scenario found(UUID scenario) {
		Scenarios.Scenario found = scenarios.get(scenario);
		organised(found.summary().neighbourhood().value());
		return found;
	}

	@Operation(summary = "A scenario with its figures and every task's start, end, package and the rule that binds its"
			+ " date, explained in Dutch or, with ?lang=en, in English")
	@GetMapping("/scenarios/{scenario}")
	ScenarioView scenario(@PathVariable UUID scenario) {
		Scenarios.Scenario found = found(scenario);
		ScenarioFigures figures = ScenarioFigures.of(found);
		List<StartView> starts = views.rows(found, figures, LocaleContextHolder.getLocale()).stream().map(r -> {
			Scenarios.Start s = r.start();
			return new StartView(s.taskId(), s.title(), s.owner(), s.start(), s.end(), s.preferredStart(),
					r.packageNumber() == 0 ? Optional.empty() : Optional.of(r.packageNumber()), s.packageFirst(),
					s.ridesAlong(), s.pinned(), s.savingCents(), s.reason(),
					Explanation.arguments(s.reasonDetail()), r.explanation());
		}).toList();
		return new ScenarioView(found.summary(), figures, starts, found.pots());
	}

	@Operation(summary = "Two scenarios side by side: saving, street-open days, shifts, complexity per package (owners,"
			+ " pots, portfolio holders) and the spending per pot per year against the year's amount (euro cents)")
	@GetMapping("/scenarios/{a}/compare/{b}")
	ScenarioViews.Comparison compare(@PathVariable UUID a, @PathVariable UUID b) {
		return ScenarioViews.compare(found(a), found(b));
	}

	@Operation(summary = "A scenario as GeoJSON (WGS84): each task's location with id, name, owner, start, end,"
			+ " package number, saving (euros) and whether it rides along")
	@GetMapping(value = "/scenarios/{scenario}/export.geojson", produces = "application/geo+json")
	ResponseEntity<byte[]> exportGeoJson(@PathVariable UUID scenario) {
		return exports.geoJson(found(scenario), LocaleContextHolder.getLocale());
	}

	@Operation(summary = "A scenario as PDF: its figures, the packages and every task's date with its explanation")
	@GetMapping(value = "/scenarios/{scenario}/export.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID scenario) {
		Scenarios.Scenario found = found(scenario);
		return exports.pdf(found, catalog.neighbourhood(found.summary().neighbourhood()), LocaleContextHolder.getLocale());
	}

	@Operation(summary = "A scenario as CSV: id,start,end,package,ridesAlong,reason,detail,title,owner,packageNumber,"
			+ "pinned,saving (euros)")
	@GetMapping(value = "/scenarios/{scenario}/export.csv", produces = "text/csv")
	void export(@PathVariable UUID scenario,
			@Parameter(description = CsvFiles.SEPARATOR_DESCRIPTION, schema = @Schema(allowableValues = { "comma", "semicolon" }))
			@RequestParam(CsvFiles.SEPARATOR_PARAMETER) Optional<String> separator, HttpServletResponse response)
			throws IOException {
		writeCsv(found(scenario), CsvFiles.Separator.of(separator), response);
	}

	/** The scenario as CSV, shared with the web page's download. */
	static void writeCsv(Scenarios.Scenario found, CsvFiles.Separator separator, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"scenario.csv\"");
		CSVPrinter csv = new CSVPrinter(CsvFiles.writer(response.getOutputStream()), CsvFiles.format(separator,
				"id", "start", "end", "package", "ridesAlong", "reason", "detail", "title", "owner", "packageNumber",
				"pinned", "saving"));
		Map<String, Integer> numbers = ScenarioFigures.of(found).packageNumbers();
		for (Scenarios.Start s : found.starts()) {
			csv.printRecord(CsvFiles.row(separator, s.taskId(), s.start(), s.end(), s.packageFirst().orElse(""), s.ridesAlong(), s.reason(),
					s.reasonDetail(), s.title(), s.owner(), s.packageFirst().map(numbers::get).map(String::valueOf).orElse(""),
					s.pinned(), Money.ofCents(s.savingCents()).toFileText()));
		}
		csv.flush();
	}
}
