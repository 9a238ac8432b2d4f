package nl.wijkatelier.programme.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CbsKeyFigures;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodAreas;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * The managing side of programmes: the list of programmes a person manages, starting a programme (platform
 * admins), describing one, and editing or archiving its neighbourhoods (its admins).
 */
@Controller
class ProgrammeAdminPages {

	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;
	private final NeighbourhoodAreas areas;
	private final CbsKeyFigures names;

	ProgrammeAdminPages(ProgrammeCatalog catalog, CurrentUsers currentUsers, MessageSource messages,
			NeighbourhoodAreas areas, CbsKeyFigures names) {
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.areas = areas;
		this.names = names;
	}

	/** What the programme form holds as typed. */
	record ProgrammeForm(String name, String description, String region) {

		static ProgrammeForm of(Programme p) {
			return new ProgrammeForm(p.name(), p.description() == null ? "" : p.description(),
					p.region() == null ? "" : p.region());
		}
	}

	@GetMapping("/programmes")
	String programmes(Model model) {
		CurrentUser me = currentUsers.require(user -> user.admin() || user.isProgrammeAdmin());
		model.addAttribute("programmes",
				catalog.programmes().stream().filter(p -> me.administers(p.id())).toList());
		return "programme/programmes";
	}

	@GetMapping("/programmes/new")
	String newProgramme(Model model) {
		currentUsers.require(CurrentUser::admin);
		return form(model, new ProgrammeForm("", "", ""), FormErrors.none(), null);
	}

	@PostMapping("/programmes")
	String startProgramme(ProgrammeForm form, Model model, RedirectAttributes redirect, Locale locale) {
		currentUsers.require(CurrentUser::admin);
		try {
			Programme programme = catalog.startProgramme(form.name(), form.description(), form.region());
			redirect.addFlashAttribute("notice", "programme.started");
			return "redirect:/programmes/" + programme.slug();
		}
		catch (InvalidInputException ex) {
			return form(model, form, FormErrors.of(ex, messages, locale), null);
		}
	}

	@GetMapping("/programmes/{slug}/edit")
	String editProgramme(@PathVariable String slug, Model model) {
		Programme programme = catalog.requireProgrammeBySlug(slug);
		currentUsers.require(user -> user.administers(programme.id()));
		return form(model, ProgrammeForm.of(programme), FormErrors.none(), programme);
	}

	@PostMapping("/programmes/{slug}/edit")
	String describeProgramme(@PathVariable String slug, ProgrammeForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		Programme programme = catalog.requireProgrammeBySlug(slug);
		currentUsers.require(user -> user.administers(programme.id()));
		try {
			catalog.describeProgramme(programme.id(), form.name(), form.description(), form.region());
			redirect.addFlashAttribute("notice", "programme.saved");
			return "redirect:/programmes/" + slug;
		}
		catch (InvalidInputException ex) {
			return form(model, form, FormErrors.of(ex, messages, locale), programme);
		}
	}

	private static String form(Model model, ProgrammeForm form, FormErrors errors, Programme programme) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("programme", programme);
		return "programme/programme-form";
	}

	@GetMapping("/neighbourhoods/{id}/edit")
	String editNeighbourhood(@PathVariable NeighbourhoodId id, Model model) {
		Neighbourhood neighbourhood = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(neighbourhood.programmeId()));
		return neighbourhoodForm(model, neighbourhood, ProgrammePages.NeighbourhoodForm.of(neighbourhood),
				FormErrors.none());
	}

	@PostMapping("/neighbourhoods/{id}/edit")
	String saveNeighbourhood(@PathVariable NeighbourhoodId id, ProgrammePages.NeighbourhoodForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		Neighbourhood neighbourhood = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(neighbourhood.programmeId()));
		try {
			NeighbourhoodDetails details = form.details();
			String notice = "neighbourhood.saved";
			if (!details.codes().isEmpty() && !details.codes().equals(neighbourhood.codes())) {
				NeighbourhoodAreas.Prepared prepared = areas.prepare(details);
				details = prepared.details();
				notice = "neighbourhood.boundary." + prepared.source().name().toLowerCase(Locale.ROOT);
			}
			catalog.editNeighbourhood(id, details);
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/neighbourhoods/" + id;
		}
		catch (InvalidInputException ex) {
			return neighbourhoodForm(model, neighbourhood, form, FormErrors.of(ex, messages, locale));
		}
	}

	@PostMapping("/neighbourhoods/{id}/archive")
	String archiveNeighbourhood(@PathVariable NeighbourhoodId id, RedirectAttributes redirect) {
		Neighbourhood neighbourhood = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(neighbourhood.programmeId()));
		catalog.archiveNeighbourhood(id);
		redirect.addFlashAttribute("notice", "neighbourhood.archived");
		return "redirect:/programmes/" + catalog.programme(neighbourhood.programmeId()).slug();
	}

	private String neighbourhoodForm(Model model, Neighbourhood neighbourhood, ProgrammePages.NeighbourhoodForm form,
			FormErrors errors) {
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("programme", catalog.programme(neighbourhood.programmeId()));
		model.addAttribute("form", form);
		model.addAttribute("codeNames", ProgrammePages.codeNames(form.code(), names));
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("boundaryErrors")) {
			model.addAttribute("boundaryErrors", FormErrors.none());
		}
		return "programme/neighbourhood-edit";
	}
}
