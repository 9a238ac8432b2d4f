package nl.wijkatelier.knowledge.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkatelier.knowledge.KnowledgeBase;
import nl.wijkatelier.knowledge.Resource;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.ProgrammeId;

/**
 * Residents propose a resource; programme admins review the proposals (approve: public and searchable; reject:
 * removed). An admin's own proposal form adds the resource at once.
 */
@Controller
class KnowledgeReviewPages {

	private final KnowledgeBase knowledge;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	KnowledgeReviewPages(KnowledgeBase knowledge, ProgrammeCatalog catalog, ThemeCatalog themes,
			CurrentUsers currentUsers, MessageSource messages) {
		this.knowledge = knowledge;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping("/knowledge/propose")
	String proposeForm(@RequestParam(required = false) String programmeId, Model model) {
		currentUsers.require();
		Programme programme = catalog.programmeOrDefault(programmeId);
		return form(model, programme, Map.of(), FormErrors.none());
	}

	@PostMapping("/knowledge/propose")
	String propose(@RequestParam Map<String, String> form, Model model, Locale locale) {
		CurrentUser user = currentUsers.require();
		Programme programme = catalog.programmeOrDefault(form.get("programmeId"));
		Resource.Kind kind = Resource.Kind.INSPIRATION;
		try {
			kind = Resource.Kind.valueOf(form.getOrDefault("kind", "INSPIRATION"));
		}
		catch (IllegalArgumentException ex) {
			// The select offers only valid kinds; a forged value falls back to inspiration.
		}
		List<String> themeCodes = form.getOrDefault("theme", "").isBlank() ? List.of()
				: List.of(form.get("theme"));
		try {
			if (user.admin()) {
				knowledge.addResource(programme.id(), form.get("title"), form.get("url"), form.get("description"),
						kind, "nl", null, themeCodes);
			}
			else {
				knowledge.proposeResource(programme.id(), form.get("title"), form.get("url"), form.get("description"),
						kind, themeCodes, user.id());
			}
		}
		catch (InvalidInputException ex) {
			return form(model, programme, form, FormErrors.of(ex, messages, locale));
		}
		return "redirect:/knowledge/propose?sent=" + (user.admin() ? "added" : "proposed") + "&programmeId="
				+ programme.id();
	}

	@GetMapping("/knowledge/review")
	String review(@RequestParam(required = false) String programmeId, Model model) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.programmeOrDefault(programmeId);
		model.addAttribute("programme", programme);
		model.addAttribute("proposals", knowledge.proposals(programme.id()));
		return "knowledge/review";
	}

	@PostMapping("/knowledge/review/{id}/approve")
	String approve(@PathVariable UUID id) {
		currentUsers.require(CurrentUser::admin);
		ProgrammeId programme = knowledge.resource(id).programmeId();
		knowledge.approveResource(id);
		return "redirect:/knowledge/review?done=approved&programmeId=" + programme;
	}

	@PostMapping("/knowledge/review/{id}/reject")
	String reject(@PathVariable UUID id) {
		currentUsers.require(CurrentUser::admin);
		Resource resource = knowledge.resource(id);
		if (resource.approved()) {
			// Only proposals are rejected here; removing a public resource is done through the API.
			throw new NotFoundException("proposal", id);
		}
		knowledge.removeResource(id);
		return "redirect:/knowledge/review?done=rejected&programmeId=" + resource.programmeId();
	}

	private String form(Model model, Programme programme, Map<String, String> form, FormErrors errors) {
		model.addAttribute("programme", programme);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", Resource.Kind.values());
		model.addAttribute("themes", themes.themes(programme.id()));
		return "knowledge/propose";
	}
}
