package nl.wijkatelier.knowledge.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.knowledge.Tip;
import nl.wijkatelier.knowledge.TipFlags;
import nl.wijkatelier.knowledge.Tips;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;

/** The tips from the neighbourhoods, the form to share one, flagging a tip and the review of flagged tips. */
@Controller
class TipsPages {

	private final Tips tips;
	private final TipFlags flags;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	TipsPages(Tips tips, TipFlags flags, ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers,
			MessageSource messages) {
		this.tips = tips;
		this.flags = flags;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping("/knowledge/tips")
	String tips(@RequestParam(required = false) String programmeId, Model model, Locale locale) {
		Programme programme = catalog.programmeOrDefault(programmeId);
		List<Neighbourhood> neighbourhoods = catalog.neighbourhoods(programme.id());
		model.addAttribute("tips", tips.all().stream()
				.sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList());
		model.addAttribute("neighbourhoodNames",
				neighbourhoods.stream().collect(Collectors.toMap(n -> n.id().toString(), Neighbourhood::name)));
		model.addAttribute("themes", themes.themes(programme.id()));
		model.addAttribute("themeNames", themes.names(programme.id(), locale));
		model.addAttribute("partyTypes", PartyType.values());
		model.addAttribute("myNeighbourhoods", currentUsers.current()
				.map(me -> neighbourhoods.stream().filter(n -> me.admin() || me.belongsTo(n.id())).toList())
				.orElse(List.of()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		model.addAttribute("mayReview", currentUsers.current().map(u -> u.administers(programme.id())).orElse(false));
		model.addAttribute("programme", programme);
		return "knowledge/tips";
	}

	@PostMapping("/knowledge/tips")
	String share(@RequestParam(defaultValue = "") String neighbourhoodId,
			@RequestParam(defaultValue = "") String partyType, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "themes", required = false) List<String> themeCodes, RedirectAttributes redirect,
			Locale locale) {
		currentUsers.require();
		try {
			if (neighbourhoodId.isBlank()) {
				throw new InvalidInputException("neighbourhoodId", "error.required");
			}
			tips.share(NeighbourhoodId.parse(neighbourhoodId, "neighbourhoodId"),
					PartyType.parse(partyType, "partyType").orElse(null), text,
					themeCodes == null ? List.of() : themeCodes);
			redirect.addFlashAttribute("notice", "tip.shared");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", FormErrors.of(ex, messages, locale));
			redirect.addFlashAttribute("form", Map.of("text", text, "neighbourhoodId", neighbourhoodId,
					"partyType", partyType));
		}
		return "redirect:/knowledge/tips#share";
	}

	/** Anyone flags a tip with a reason; the answer says whether it counted and goes back to the tip. */
	@PostMapping("/knowledge/tips/{id}/flag")
	String flag(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model, Locale locale) {
		try {
			TipFlags.Flagged flagged = flags.flag(id, reason, request.getRemoteAddr());
			redirect.addFlashAttribute("notice", flagged.counted() ? "tip.flagged" : "tip.flaggedBefore");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("notice", "tip.flaggedBefore");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flagErrors", FormErrors.of(ex, messages, locale));
			redirect.addFlashAttribute("flagTip", id.toString());
			redirect.addFlashAttribute("flagReason", reason);
		}
		catch (RateLimitedException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			model.addAttribute("flagErrors", new FormErrors(Map.of("reason",
					messages.getMessage(ex.messageKey(), new Object[] { ex.retryAfterSeconds() }, locale))));
			model.addAttribute("flagTip", id.toString());
			model.addAttribute("flagReason", reason);
			return tips(null, model, locale);
		}
		return "redirect:/knowledge/tips#tip-" + id;
	}

	/** The programme admin's list of flagged tips, with every reason given. */
	@GetMapping("/knowledge/tips/review")
	String review(@RequestParam(required = false) String programmeId, Model model, Locale locale) {
		currentUsers.require();
		Programme programme = catalog.programmeOrDefault(programmeId);
		model.addAttribute("programme", programme);
		model.addAttribute("flagged", flags.flagged(programme.id()));
		model.addAttribute("neighbourhoodNames", catalog.neighbourhoods(programme.id()).stream()
				.collect(Collectors.toMap(n -> n.id().toString(), Neighbourhood::name)));
		return "knowledge/tips-review";
	}

	@PostMapping("/knowledge/tips/{id}/review")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
			RedirectAttributes redirect) {
		currentUsers.require();
		TipFlags.Decision chosen = TipFlags.Decision.parse(decision)
				.orElseThrow(() -> new InvalidInputException("decision", "error.tip.review.decision"));
		Tip tip = flags.review(id, chosen);
		redirect.addFlashAttribute("notice", chosen == TipFlags.Decision.HIDE ? "tip.hidden" : "tip.kept");
		return "redirect:/knowledge/tips/review?programmeId=" + tip.programmeId();
	}
}
