package nl.wijkatelier.works.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.locationtech.jts.geom.Geometry;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.programme.AddressLookup;
import nl.wijkatelier.programme.AddressQuery;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.CsvFiles;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.Money;
import nl.wijkatelier.shared.SafeText;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.works.CouplingProposals;
import nl.wijkatelier.works.Couplings;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.ImportError;
import nl.wijkatelier.works.PortfolioImportException;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;
import nl.wijkatelier.works.TaskValidation;
import nl.wijkatelier.works.WorksProperties;
import nl.wijkatelier.works.WorksRegister;
import nl.wijkatelier.works.WorksRegister.RegisteredTask;

/** The works page of a neighbourhood (tasks, pots, map, timeline, opportunities), the task form and the imports. */
@Controller
class WorksPages {

	/** The task form's fields as typed. */
	static final class TaskForm {
		public String originalCode = "";
		public String id = "";
		public String title = "";
		public String owner = "";
		public String type = "SEWER_REPLACEMENT";
		public String earliestStart = "";
		public String latestEnd = "";
		public String durationDays = "";
		public String preferredStart = "";
		public String pinnedStart = "";
		public String cost = "";
		public String shareableCost = "";
		public List<String> themes = new ArrayList<>();
		public String dependsOn = "";
		public String funding = "";
		public String geometry = "";
		/** Only for looking up the geometry's point by address; not stored. */
		public String postcode = "";
		public String houseNumber = "";

		public void setOriginalCode(String v) { originalCode = v; }
		public void setId(String v) { id = v; }
		public void setTitle(String v) { title = v; }
		public void setOwner(String v) { owner = v; }
		public void setType(String v) { type = v; }
		public void setEarliestStart(String v) { earliestStart = v; }
		public void setLatestEnd(String v) { latestEnd = v; }
		public void setDurationDays(String v) { durationDays = v; }
		public void setPreferredStart(String v) { preferredStart = v; }
		public void setPinnedStart(String v) { pinnedStart = v; }
		public void setCost(String v) { cost = v; }
		public void setShareableCost(String v) { shareableCost = v; }
		public void setThemes(List<String> v) { themes = v == null ? new ArrayList<>() : v; }
		public void setDependsOn(String v) { dependsOn = v; }
		public void setFunding(String v) { funding = v; }
		public void setGeometry(String v) { geometry = v; }
		public void setPostcode(String v) { postcode = v == null ? "" : v; }
		public void setHouseNumber(String v) { houseNumber = v == null ? "" : v; }

		static TaskForm of(Task t) {
			TaskForm f = new TaskForm();
			f.originalCode = t.id();
			f.id = t.id();
			f.title = t.title();
			f.owner = t.owner();
			f.type = t.type().name();
			f.earliestStart = t.earliestStart().toString();
			f.latestEnd = t.latestEnd().toString();
			f.durationDays = String.valueOf(t.durationDays());
			f.preferredStart = t.preferredStart().map(Object::toString).orElse("");
			f.pinnedStart = t.pinnedStart().map(Object::toString).orElse("");
			f.cost = Money.ofCents(t.costCents()).toFileText();
			f.shareableCost = Money.ofCents(t.shareableCostCents()).toFileText();
			f.themes = new ArrayList<>(t.themes());
			f.dependsOn = String.join("; ", t.dependsOn());
			f.funding = t.funding().stream().map(x -> x.pot() + "=" + Money.ofCents(x.amountCents()).toFileText())
					.collect(Collectors.joining("; "));
			f.geometry = t.geometry().map(GeoJsonGeometry::toWgs84Json).orElse("");
			return f;
		}
	}

	private final WorksRegister register;
	private final Couplings couplings;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final WorksProperties properties;
	private final MessageSource messages;
	private final CouplingProposals proposals;
	private final AddressLookup addressLookup;

	WorksPages(WorksRegister register, Couplings couplings, ProgrammeCatalog catalog, ThemeCatalog themes,
			CurrentUsers currentUsers, WorksProperties properties, MessageSource messages,
			CouplingProposals proposals, AddressLookup addressLookup) {
		this.register = register;
		this.couplings = couplings;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.properties = properties;
		this.messages = messages;
		this.proposals = proposals;
		this.addressLookup = addressLookup;
	}

	@GetMapping("/neighbourhoods/{id}/works")
	String works(@PathVariable UUID id, Model model, Locale locale) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		Couplings.Overview overview = couplings.overview(n.id());
		List<RegisteredTask> tasks = register.tasks(n.id());
		Optional<CurrentUser> me = currentUsers.current();
		model.addAttribute("neighbourhood", n);
		model.addAttribute("programme", catalog.programme(n.programmeId()));
		model.addAttribute("tasks", tasks);
		model.addAttribute("editable", tasks.stream().filter(t -> me.map(u -> WorksRegister.mayChange(u, t.owner())).orElse(false))
				.map(t -> t.task().id()).collect(Collectors.toSet()));
		model.addAttribute("canRegister", me.map(u -> WorksRegister.mayRegisterIn(u, n.id())).orElse(false));
		model.addAttribute("pots", register.pots(n.id()));
		model.addAttribute("overview", overview);
		Map<String, String> names = new HashMap<>();
		themes.themes(n.programmeId()).forEach(t -> names.put(t.code().value(), t.name(locale)));
		Map<String, String> coBenefits = new HashMap<>();
		for (Couplings.Opportunity o : overview.opportunities()) {
			coBenefits.put(o.cluster().tasks().get(0), o.appraisal().coBenefits().stream().map(link -> {
				String[] ends = link.split("→");
				return names.getOrDefault(ends[0], ends[0]) + " → " + names.getOrDefault(ends[1], ends[1]);
			}).collect(Collectors.joining(", ")));
		}
		model.addAttribute("coBenefits", coBenefits);
		model.addAttribute("timeline", Timeline.of(tasks.stream().map(RegisteredTask::task).toList(),
				overview.result().clusters()));
		model.addAttribute("anyExample", tasks.stream().anyMatch(RegisteredTask::example));
		model.addAttribute("proposals", proposals.of(n.id()).stream().map(p -> ProposalView.of(p, register, catalog)).toList());
		model.addAttribute("when", When.INSTANCE);
		model.addAttribute("tileUrl", properties.tileUrl());
		model.addAttribute("tileAttribution", properties.tileAttribution());
		if (!model.containsAttribute("importErrors")) {
			model.addAttribute("importErrors", new ImportErrors(List.of()));
		}
		return "works/works";
	}

	@GetMapping("/neighbourhoods/{id}/works/tasks/new")
	String newTask(@PathVariable UUID id, Model model) {
		NeighbourhoodId nid = catalog.neighbourhood(new NeighbourhoodId(id)).id();
		currentUsers.require(u -> WorksRegister.mayRegisterIn(u, nid));
		return form(catalog.neighbourhood(nid), new TaskForm(), FormErrors.none(), model);
	}

	@GetMapping("/neighbourhoods/{id}/works/tasks/{code}/edit")
	String editTask(@PathVariable UUID id, @PathVariable String code, Model model) {
		NeighbourhoodId nid = new NeighbourhoodId(id);
		RegisteredTask task = register.task(nid, code).orElseThrow(() -> new NotFoundException("task", code));
		currentUsers.require(u -> WorksRegister.mayChange(u, task.owner()));
		return form(catalog.neighbourhood(nid), TaskForm.of(task.task()), FormErrors.none(), model);
	}

	private String form(Neighbourhood n, TaskForm form, FormErrors errors, Model model) {
		model.addAttribute("neighbourhood", n);
		model.addAttribute("programme", catalog.programme(n.programmeId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", TaskType.values());
		model.addAttribute("parties", catalog.parties(n.programmeId()).stream().map(Party::name).sorted().toList());
		model.addAttribute("themes", themes.themes(n.programmeId()));
		model.addAttribute("addressLookup", addressLookup.enabled());
		return "works/task-form";
	}

	@PostMapping("/neighbourhoods/{id}/works/tasks")
	String saveTask(@PathVariable UUID id, @ModelAttribute TaskForm form,
			@RequestParam(required = false) String lookupAddress, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		// before reading the form, so a refused person hears 403 rather than about their typing
		currentUsers.require(u -> WorksRegister.mayRegisterIn(u, n.id()));
		if (lookupAddress != null) {
			return lookUpAddress(n, form, model, locale, request, response);
		}
		try {
			Task task = parse(form);
			register.saveTask(n.id(), form.originalCode.isBlank() ? Optional.empty() : Optional.of(form.originalCode), task);
			redirect.addFlashAttribute("notice", "works.taskSaved");
			return "redirect:/neighbourhoods/" + id + "/works#tasks";
		}
		catch (InvalidInputException ex) {
			return form(n, form, FormErrors.of(ex, messages, locale), model);
		}
	}

	/**
	 * The task form's "look up address": the same form back, its geometry replaced by the point of the address
	 * found (WGS84, from PDOK's Locatieserver) for the officer to check and save, or a note why there is none.
	 * Saves nothing.
	 */
	private String lookUpAddress(Neighbourhood n, TaskForm form, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			AddressQuery query = AddressQuery.parse(form.postcode, form.houseNumber);
			AddressLookup.Result result = addressLookup.find(query, request.getRemoteAddr());
			if (result instanceof AddressLookup.Found found) {
				form.postcode = found.address().displayPostcode();
				form.houseNumber = found.address().fullHouseNumber();
				form.geometry = found.address().pointGeoJson();
				model.addAttribute("foundAddress", found.address());
			}
			else if (result instanceof AddressLookup.NotFound) {
				model.addAttribute("addressNote", messages.getMessage("address.lookup.notFound.form",
						new Object[] { query.displayPostcode(), form.houseNumber.strip() }, locale));
			}
			else {
				model.addAttribute("addressNote", messages.getMessage("address.lookup.unavailable.form", null, locale));
			}
			return form(n, form, FormErrors.none(), model);
		}
		catch (InvalidInputException ex) {
			return form(n, form, FormErrors.of(ex, messages, locale), model);
		}
		catch (RateLimitedException ex) {
			model.addAttribute("addressNote",
					messages.getMessage(ex.messageKey(), new Object[] { ex.retryAfterSeconds() }, locale));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			return form(n, form, FormErrors.none(), model);
		}
	}

	@PostMapping("/neighbourhoods/{id}/works/tasks/{code}/delete")
	String deleteTask(@PathVariable UUID id, @PathVariable String code, RedirectAttributes redirect) {
		register.deleteTask(new NeighbourhoodId(id), code);
		redirect.addFlashAttribute("notice", "works.taskRemoved");
		return "redirect:/neighbourhoods/" + id + "/works#tasks";
	}

	@PostMapping("/neighbourhoods/{id}/works/import")
	String importFile(@PathVariable UUID id, @RequestParam String kind, @RequestParam MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		NeighbourhoodId nid = catalog.neighbourhood(new NeighbourhoodId(id)).id();
		currentUsers.require(u -> WorksRegister.mayRegisterIn(u, nid));
		String fileName = file.getOriginalFilename();
		if (fileName != null && !fileName.isEmpty() && !SafeText.isPlainFileName(fileName)) {
			redirect.addFlashAttribute("importErrors",
					ImportErrors.of(List.of(ImportError.file("file", "error.fileName")), messages, locale));
			return "redirect:/neighbourhoods/" + id + "/works#import";
		}
		try (InputStream in = file.getInputStream()) {
			WorksRegister.ImportSummary summary = "pots".equals(kind) ? register.importPots(nid, in)
					: register.importTasks(nid, in);
			redirect.addFlashAttribute("importSummary", summary);
		}
		catch (PortfolioImportException ex) {
			redirect.addFlashAttribute("importErrors", ImportErrors.of(ex.errors(), messages, locale));
		}
		return "redirect:/neighbourhoods/" + id + "/works#import";
	}

	@GetMapping("/neighbourhoods/{id}/works/tasks.geojson")
	ResponseEntity<byte[]> exportTasks(@PathVariable UUID id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		register.exportTasks(catalog.neighbourhood(new NeighbourhoodId(id)).id(), out);
		return ResponseEntity.ok().contentType(WorksApi.GEOJSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tasks.geojson\"").body(out.toByteArray());
	}

	@GetMapping("/neighbourhoods/{id}/works/pots.csv")
	ResponseEntity<byte[]> exportPots(@PathVariable UUID id,
			@RequestParam(CsvFiles.SEPARATOR_PARAMETER) Optional<String> separator) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		register.exportPots(catalog.neighbourhood(new NeighbourhoodId(id)).id(), CsvFiles.Separator.of(separator), out);
		return ResponseEntity.ok().contentType(WorksApi.CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pots.csv\"").body(out.toByteArray());
	}

	/** The form as a task, with every faulty field reported at once. */
	private static Task parse(TaskForm f) {
		Checks checks = new Checks();
		TaskValidation v = TaskValidation.forPeople((field, code, args) -> checks.add(field, TaskValidation.messageKey(code), args));
		if (f.id == null || f.id.isBlank()) {
			v.error("id", "required");
		}
		List<Funding> funding = new ArrayList<>();
		for (String share : split(f.funding)) {
			int at = share.lastIndexOf('=');
			if (at <= 0) {
				v.error("funding", "badFunding", share);
				continue;
			}
			v.cents("funding", share.substring(at + 1).trim()).ifPresent(c -> funding.add(new Funding(share.substring(0, at).trim(), c)));
		}
		Optional<Geometry> geometry = Optional.empty();
		try {
			geometry = GeoJsonGeometry.fromWgs84Json(f.geometry);
		}
		catch (IllegalArgumentException ex) {
			v.error("geometry", "badGeometry", ex.getMessage());
		}
		Task task = v.task(trim(f.id), trim(f.title), trim(f.owner), f.type, f.earliestStart, f.latestEnd,
				f.durationDays, f.preferredStart, f.cost, f.shareableCost, f.themes, split(f.dependsOn), funding,
				f.pinnedStart, geometry);
		checks.throwIfAny();
		return task;
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}

	private static List<String> split(String text) {
		return text == null ? List.of() : Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
