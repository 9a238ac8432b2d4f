package nl.wijkatelier.works.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import nl.wijkatelier.works.TaskType;
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
	String form(@PathVariable UUID id, Model model) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, n.id()));
		return form(n, user, "", FormErrors.none(), new ImportErrors(List.of()), model);
	}

	private String form(Neighbourhood n, CurrentUser user, String owner, FormErrors errors, ImportErrors importErrors,
			Model model) {
		model.addAttribute("neighbourhood", n);
		Programme programme = catalog.programme(n.programmeId());
		model.addAttribute("programme", programme);
		model.addAttribute("owners", catalog.parties(n.programmeId()).stream()
				.filter(p -> WorksRegister.mayChange(user, p.id())).map(Party::name).sorted().toList());
		model.addAttribute("owner", owner);
		model.addAttribute("errors", errors);
		model.addAttribute("importErrors", importErrors);
		model.addAttribute("mapping", imports.mapping(n.programmeId()));
		return "works/register-import";
	}

	@PostMapping("/neighbourhoods/{id}/works/register-import")
	String upload(@PathVariable UUID id, @RequestParam(defaultValue = "") String owner,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale)
			throws IOException {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		CurrentUser user = currentUsers.require(u -> WorksRegister.mayRegisterIn(u, n.id()));
		List<byte[]> contents = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			String name = file.getOriginalFilename();
			if (name != null && !name.isEmpty() && !SafeText.isPlainFileName(name)) {
				return form(n, user, owner, FormErrors.none(),
						ImportErrors.of(List.of(ImportError.file("files", "error.fileName")), messages, locale), model);
			}
			if (!file.isEmpty()) {
				contents.add(file.getBytes());
			}
		}
		try {
			imports.preview(n.id(), owner, contents);
			UUID draft = imports.saveDraft(n.id(), owner, contents);
			return "redirect:/neighbourhoods/" + id + "/works/register-import/" + draft;
		}
		catch (InvalidInputException ex) {
			return form(n, user, owner, FormErrors.of(ex, messages, locale), new ImportErrors(List.of()), model);
		}
		catch (PortfolioImportException ex) {
			return form(n, user, owner, FormErrors.none(), ImportErrors.of(ex.errors(), messages, locale), model);
		}
	}

	@GetMapping("/neighbourhoods/{id}/works/register-import/{draft}")
	String preview(@PathVariable UUID id, @PathVariable UUID draft, Model model) {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		var files = imports.draft(n.id(), draft);
		model.addAttribute("neighbourhood", n);
		model.addAttribute("programme", catalog.programme(n.programmeId()));
		model.addAttribute("owner", files.getKey());
		model.addAttribute("draft", draft);
		model.addAttribute("preview", imports.preview(n.id(), files.getKey(), files.getValue()));
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
	String mapping(@PathVariable String slug, Model model) {
		Programme programme = catalog.requireProgrammeBySlug(slug);
		boolean mayEdit = currentUsers.current().map(u -> u.administers(programme.id())).orElse(false);
		return mapping(programme, imports.mapping(programme.id()).toCsv(), mayEdit, new ImportErrors(List.of()), model);
	}

	private String mapping(Programme programme, String csv, boolean mayEdit, ImportErrors errors, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("mapping", imports.mapping(programme.id()));
		model.addAttribute("isDefault", imports.usesDefaultMapping(programme.id()));
		model.addAttribute("csv", csv);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("types", TaskType.values());
		model.addAttribute("importErrors", errors);
		return "works/type-mapping";
	}

	@PostMapping("/programmes/{slug}/work-type-mapping")
	String saveMapping(@PathVariable String slug, @RequestParam(defaultValue = "") String rules, Model model,
			Locale locale, RedirectAttributes redirect) {
		Programme programme = catalog.requireProgrammeBySlug(slug);
		currentUsers.require(u -> u.administers(programme.id()));
		try {
			imports.saveMapping(programme.id(), WorkTypeMapping.read(rules));
			redirect.addFlashAttribute("notice", "works.mappingSaved");
			return "redirect:/programmes/" + slug + "/work-type-mapping";
		}
		catch (PortfolioImportException ex) {
			return mapping(programme, rules, true, ImportErrors.of(ex.errors(), messages, locale), model);
		}
		catch (InvalidInputException ex) {
			return mapping(programme, rules, true, ImportErrors.of(List.of(ImportError.file("rules", "mapping.empty")),
					messages, locale), model);
		}
	}
}
