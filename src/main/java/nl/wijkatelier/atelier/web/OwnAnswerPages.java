package nl.wijkatelier.atelier.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.atelier.OwnAnswer;
import nl.wijkatelier.atelier.OwnAnswerDraft;
import nl.wijkatelier.atelier.OwnAnswers;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;

/**
 * "Buig je dan voor jezelf": the four questions answered on one's own (or for one's party), beside the joint
 * picture of the neighbourhood's latest published atelier, and the answers others shared with the neighbourhood.
 */
@Controller
class OwnAnswerPages {

	private final OwnAnswers answers;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	OwnAnswerPages(OwnAnswers answers, ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers,
			MessageSource messages) {
		this.answers = answers;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping("/neighbourhoods/{id}/on-your-own")
	String page(@PathVariable NeighbourhoodId id, @RequestParam(required = false) String party, Model model,
			Locale locale) {
		Optional<PartyId> partyId = OwnAnswerApi.party(party);
		OwnAnswers.Answerer answerer = answers.answerer(id, partyId);
		Optional<OwnAnswer> answer = answers.answer(id, partyId);
		Neighbourhood neighbourhood = catalog.neighbourhood(id);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("answerer", answerer);
		model.addAttribute("answerers", answers.answerers(id));
		model.addAttribute("answer", answer.orElse(null));
		model.addAttribute("comparison", answers.compare(id, answer));
		model.addAttribute("themes", themes.themes(neighbourhood.programmeId()));
		model.addAttribute("themeNames", themes.names(neighbourhood.programmeId(), locale));
		model.addAttribute("points", pointsOnScale());
		model.addAttribute("shared", answers.shared(id));
		model.addAttribute("partyNames", partyNames(answers.shared(id)));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form(answer));
		}
		return "atelier/own";
	}

	@PostMapping("/neighbourhoods/{id}/on-your-own")
	String save(@PathVariable NeighbourhoodId id, @RequestParam(required = false) String party,
			@RequestParam Map<String, String> form, RedirectAttributes redirect, Model model, Locale locale) {
		currentUsers.require();
		Optional<PartyId> partyId = OwnAnswerApi.party(party);
		Map<String, Integer> weights = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("weights.")) {
				String code = key.substring("weights.".length());
				String trimmed = value == null ? "" : value.trim();
				try {
					weights.put(code, trimmed.isEmpty() ? 0 : Integer.parseInt(trimmed));
				}
				catch (NumberFormatException ex) {
					weights.put(code, null);
				}
			}
		});
		try {
			answers.save(id, partyId, new OwnAnswerDraft(form.get("integral"), weights, form.get("opportunities"),
					form.get("challenges"), form.get("approach"), "true".equals(form.get("shared"))));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			model.addAttribute("form", form);
			return page(id, party, model, locale);
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", new FormErrors(Map.of("answer",
					messages.getMessage(ex.messageKey(), ex.arguments(), locale))));
			model.addAttribute("form", form);
			return page(id, party, model, locale);
		}
		redirect.addFlashAttribute("notice", "ownAnswer.saved");
		return "redirect:/neighbourhoods/" + id + "/on-your-own"
				+ partyId.map(p -> "?party=" + p).orElse("") + "#comparison";
	}

	private int pointsOnScale() {
		return answers.scale();
	}

	/** The form's values from the stored answer: texts by name, weights as {@code weights.CODE}. */
	private static Map<String, String> form(Optional<OwnAnswer> answer) {
		Map<String, String> values = new LinkedHashMap<>();
		answer.ifPresent(a -> {
			a.integral().ifPresent(t -> values.put("integral", t));
			a.opportunities().ifPresent(t -> values.put("opportunities", t));
			a.challenges().ifPresent(t -> values.put("challenges", t));
			a.approach().ifPresent(t -> values.put("approach", t));
			a.weights().forEach((code, points) -> values.put("weights." + code.value(), String.valueOf(points)));
			if (a.shared()) {
				values.put("shared", "true");
			}
		});
		return values;
	}

	private Map<String, String> partyNames(List<OwnAnswer> list) {
		Map<String, String> names = new LinkedHashMap<>();
		list.forEach(a -> answers.partyName(a).ifPresent(name -> names.put(a.id().toString(), name)));
		return names;
	}
}
