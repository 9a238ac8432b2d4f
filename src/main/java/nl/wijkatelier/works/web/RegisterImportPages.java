package nl.wijkatelier.works.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.SafeText;
import nl.wijkatelier.works.ImportError;
import nl.wijkatelier.works.PortfolioImportException;
import nl.wijkatelier.works.RegisterImports;
import nl.wijkatelier.works.RegisterSource;
import nl.wijkatelier.works.TaskType;
import nl.wijkatelier.works.WiorTasks;
import nl.wijkatelier.works.WorkTypeMapping;
import nl.wijkatelier.works.WorksRegister;

/**
 * Importing a works register on a neighbourhood's works page: upload (an export, a page or a page set), a preview
 * of what will be imported, updated and skipped and why, then the import; and the programme's mapping from the
 * register's fields to task types.
 */
@Controller
class RegisterImportPages {

	private final RegisterImports imports;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	RegisterImportPages(RegisterImports imports, ProgrammeCatalog catalog, CurrentUsers currentUsers,
			MessageSource messages) {
		this.imports = imports;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping("/neighbourhoods/{id}/works/register-import")
	String form(@PathVariable UUID id, @RequestParam(defaultValue = "wior") String format,
			@RequestParam(defaultValue = "") String register, Model model) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, n.id()));
		RegisterSource source = register.isBlank() ? BLANK
				: imports.source(n.programmeId(), register).orElse(new RegisterSource(register, "", "", "", "", "", "",
						"", RegisterSource.Crs.AUTO));
		return form(n, user, format(format, register), "", source, FormErrors.none(), new ImportErrors(List.of()), model);
	}

	/** An empty choice of properties for a register not imported before. */
	private static final RegisterSource BLANK = new RegisterSource("", "", "", "", "", "", "", "", RegisterSource.Crs.AUTO);

	private static String format(String format, String register) {
		return format.equals("geojson") || !register.isBlank() ? "geojson" : "wior";
	}

	private String form(Neighbourhood n, CurrentUser user, String format, String owner, RegisterSource source,
			FormErrors errors, ImportErrors importErrors, Model model) {
		model.addAttribute("neighbourhood", n);
		Programme programme = catalog.programme(n.programmeId());
		model.addAttribute("programme", programme);
		model.addAttribute("owners", catalog.parties(n.programmeId()).stream()
				.filter(p -> WorksRegister.mayChange(user, p.id())).map(Party::name).sorted().toList());
		model.addAttribute("owner", owner);
		model.addAttribute("errors", errors);
		model.addAttribute("importErrors", importErrors);
		model.addAttribute("mapping", imports.mapping(n.programmeId()));
		model.addAttribute("format", format);
		model.addAttribute("source", source);
		model.addAttribute("sources", imports.sources(n.programmeId()));
		model.addAttribute("crsChoices", RegisterSource.Crs.values());
		return "works/register-import";
	}

	@PostMapping("/neighbourhoods/{id}/works/register-import")
	String upload(@PathVariable UUID id, @RequestParam(defaultValue = "wior") String format,
			@RequestParam(defaultValue = "") String owner,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "") String register, @RequestParam(defaultValue = "") String idField,
			@RequestParam(defaultValue = "") String typeField, @RequestParam(defaultValue = "") String ownerField,
			@RequestParam(defaultValue = "") String startField, @RequestParam(defaultValue = "") String endField,
			@RequestParam(defaultValue = "") String titleField, @RequestParam(defaultValue = "") String datePattern,
			@RequestParam(defaultValue = "auto") String crs, Model model, Locale locale) throws IOException {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, n.id()));
		boolean geojson = format.equals("geojson");
		RegisterSource source = new RegisterSource(register, idField, typeField, ownerField, startField, endField,
				titleField, datePattern, RegisterSource.crs(crs));
		String shown = geojson ? "geojson" : "wior";
		List<byte[]> contents = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			String name = file.getOriginalFilename();
			if (name != null && !name.isEmpty() && !SafeText.isPlainFileName(name)) {
				return form(n, user, shown, owner, source, FormErrors.none(),
						ImportErrors.of(List.of(ImportError.file("files", "error.fileName")), messages, locale), model);
			}
			if (!file.isEmpty()) {
				contents.add(file.getBytes());
			}
		}
		RegisterImports.Request request = new RegisterImports.Request(owner, contents,
				geojson ? Optional.of(source) : Optional.empty());
		try {
			imports.preview(n.id(), request);
			UUID draft = imports.saveDraft(n.id(), request);
			return "redirect:/neighbourhoods/" + id + "/works/register-import/" + draft;
		}
		catch (InvalidInputException ex) {
			return form(n, user, shown, owner, source, FormErrors.of(ex, messages, locale), new ImportErrors(List.of()),
					model);
		}
		catch (PortfolioImportException ex) {
			return form(n, user, shown, owner, source, FormErrors.none(), ImportErrors.of(ex.errors(), messages, locale),
					model);
		}
	}

	@GetMapping("/neighbourhoods/{id}/works/register-import/{draft}")
	String preview(@PathVariable UUID id, @PathVariable UUID draft, Model model) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		RegisterImports.Request request = imports.draft(n.id(), draft);
		model.addAttribute("neighbourhood", n);
		model.addAttribute("programme", catalog.programme(n.programmeId()));
		model.addAttribute("owner", request.owner());
		model.addAttribute("register", request.register());
		model.addAttribute("draft", draft);
		model.addAttribute("preview", imports.preview(n.id(), request));
		return "works/register-preview";
	}

	@PostMapping("/neighbourhoods/{id}/works/register-import/{draft}")
	String confirm(@PathVariable UUID id, @PathVariable UUID draft, Locale locale, RedirectAttributes redirect) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		try {
			RegisterImports.Preview done = imports.importDraft(n.id(), draft);
			redirect.addFlashAttribute("importSummary",
					new WorksRegister.ImportSummary((int) done.creates(), (int) done.updates()));
		}
		catch (PortfolioImportException ex) {
			redirect.addFlashAttribute("importErrors", ImportErrors.of(ex.errors(), messages, locale));
		}
		return "redirect:/neighbourhoods/" + id + "/works#import";
	}

	@GetMapping("/programmes/{slug}/work-type-mapping")
	String mapping(@PathVariable String slug, @RequestParam(defaultValue = "WIOR") String register,
			@RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String value, Model model) {
		Programme programme = catalog.requireProgrammeBySlug(slug);
		boolean mayEdit = currentUsers.current().map(u -> u.administers(programme.id())).orElse(false);
		String csv = imports.mapping(programme.id(), register).toCsv();
		if (!field.isBlank() && !value.isBlank()) {
			// the preview's "add a rule" link: the officer only picks the outcome
			csv += WorkTypeMapping.line(field.trim(), value.trim(), "");
		}
		return mapping(programme, register, csv, mayEdit, new ImportErrors(List.of()), model);
	}

	private String mapping(Programme programme, String register, String csv, boolean mayEdit, ImportErrors errors,
			Model model) {
		String key = register.isBlank() ? WiorTasks.REGISTER : register.trim().toUpperCase(Locale.ROOT);
		model.addAttribute("programme", programme);
		model.addAttribute("register", key);
		model.addAttribute("registers", registers(programme));
		model.addAttribute("mapping", imports.mapping(programme.id(), key));
		model.addAttribute("isDefault", imports.usesDefaultMapping(programme.id(), key));
		model.addAttribute("csv", csv);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("types", TaskType.values());
		model.addAttribute("importErrors", errors);
		return "works/type-mapping";
	}

	/** WIOR and every GeoJSON register the programme has imported from. */
	private List<String> registers(Programme programme) {
		List<String> registers = new ArrayList<>(List.of(WiorTasks.REGISTER));
		imports.sources(programme.id()).forEach(s -> registers.add(s.key()));
		return registers;
	}

	@PostMapping("/programmes/{slug}/work-type-mapping")
	String saveMapping(@PathVariable String slug, @RequestParam(defaultValue = "WIOR") String register,
			@RequestParam(defaultValue = "") String rules, Model model, Locale locale, RedirectAttributes redirect) {
		Programme programme = catalog.requireProgrammeBySlug(slug);
		currentUsers.require(u -> u.administers(programme.id()));
		try {
			imports.saveMapping(programme.id(), register, WorkTypeMapping.read(rules));
			redirect.addFlashAttribute("notice", "works.mappingSaved");
			redirect.addAttribute("register", register.trim().toUpperCase(Locale.ROOT));
			return "redirect:/programmes/" + slug + "/work-type-mapping";
		}
		catch (PortfolioImportException ex) {
			return mapping(programme, register, rules, true, ImportErrors.of(ex.errors(), messages, locale), model);
		}
		catch (InvalidInputException ex) {
			// an empty table, or a register name no register may have
			List<ImportError> errors = ex.violations().stream().map(v -> ImportError.file(v.field(),
					v.messageKey().replaceFirst("^works\\.(error\\.)?", ""), v.arguments().toArray())).toList();
			return mapping(programme, RegisterSource.isName(register) ? register : WiorTasks.REGISTER, rules, true, ImportErrors.of(errors, messages, locale), model);
		}
	}
}
