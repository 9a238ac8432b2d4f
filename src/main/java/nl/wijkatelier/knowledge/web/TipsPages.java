package nl.wijkatelier.knowledge.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.knowledge.Tips;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;

/** The tips from the neighbourhoods, and the form to share one. */
@Controller
class TipsPages {

	private final Tips tips;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	TipsPages(Tips tips, ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers,
			MessageSource messages) {
		this.tips = tips;
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
}
