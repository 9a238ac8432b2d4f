package nl.wijkatelier.account.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.account.ProgrammeAdmins;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.UserId;

/** The page where a platform admin appoints and dismisses the admins of a programme. */
@Controller
class ProgrammeAdminsPages {

	private final ProgrammeAdmins admins;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	ProgrammeAdminsPages(ProgrammeAdmins admins, ProgrammeCatalog catalog, CurrentUsers currentUsers,
			MessageSource messages) {
		this.admins = admins;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping("/programmes/{slug}/admins")
	String admins(@PathVariable String slug, Model model) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.requireProgrammeBySlug(slug);
		model.addAttribute("programme", programme);
		model.addAttribute("admins", admins.of(programme.id()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		if (!model.containsAttribute("email")) {
			model.addAttribute("email", "");
		}
		return "account/programme-admins";
	}

	@PostMapping("/programmes/{slug}/admins")
	String appoint(@PathVariable String slug, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect, Locale locale) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.requireProgrammeBySlug(slug);
		try {
			admins.appoint(programme.id(), email);
			redirect.addFlashAttribute("notice", "programmeAdmin.appointed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", FormErrors.of(ex, messages, locale));
			redirect.addFlashAttribute("email", email);
		}
		return "redirect:/programmes/" + slug + "/admins";
	}

	@PostMapping("/programmes/{slug}/admins/{userId}/dismiss")
	String dismiss(@PathVariable String slug, @PathVariable UserId userId, RedirectAttributes redirect) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.requireProgrammeBySlug(slug);
		admins.dismiss(programme.id(), userId);
		redirect.addFlashAttribute("notice", "programmeAdmin.dismissed");
		return "redirect:/programmes/" + slug + "/admins";
	}
}
