package nl.wijkatelier.atelier.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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

import nl.wijkatelier.atelier.Atelier;
import nl.wijkatelier.atelier.AtelierId;
import nl.wijkatelier.atelier.AtelierReport;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.atelier.Contribution;
import nl.wijkatelier.atelier.ContributionId;
import nl.wijkatelier.atelier.ContributionKind;
import nl.wijkatelier.atelier.JointPicture;
import nl.wijkatelier.atelier.Participant;
import nl.wijkatelier.atelier.ParticipantId;
import nl.wijkatelier.atelier.ParticipantPrincipal;
import nl.wijkatelier.atelier.Participation;
import nl.wijkatelier.atelier.Reports;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.PartyType;

/**
 * Joining an atelier by its code and taking part, on a phone, without an account: contributing to the four
 * questions, weighing the themes and supporting others. The participant is remembered in the browser session
 * ({@link JoinedParticipants}).
 */
@Controller
class AtelierParticipantPages {

	private final Ateliers ateliers;
	private final Participation participation;
	private final Reports reports;
	private final ThemeCatalog themes;
	private final MessageSource messages;
	private final JoinLimit joinLimit;

	AtelierParticipantPages(Ateliers ateliers, Participation participation, Reports reports, ThemeCatalog themes,
			MessageSource messages, JoinLimit joinLimit) {
		this.ateliers = ateliers;
		this.participation = participation;
		this.reports = reports;
		this.themes = themes;
		this.messages = messages;
		this.joinLimit = joinLimit;
	}

	@GetMapping("/j/{code}")
	String shortLink(@PathVariable String code) {
		return "redirect:/ateliers/join?code=" + code.replaceAll("[^A-Za-z0-9]", "");
	}

	@GetMapping("/ateliers/join")
	String joinForm(@RequestParam(defaultValue = "") String code, Model model) {
		model.addAttribute("code", code.trim().toUpperCase(Locale.ROOT));
		model.addAttribute("atelier", ateliers.byJoinCode(code).orElse(null));
		model.addAttribute("partyTypes", PartyType.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "atelier/join";
	}

	@PostMapping("/ateliers/join")
	String join(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String partyType, @RequestParam(defaultValue = "false") boolean anonymous,
			HttpSession session, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		try {
			joinLimit.check(request.getRemoteAddr());
			Optional<Atelier> atelier = ateliers.byJoinCode(code);
			if (atelier.isEmpty()) {
				joinLimit.failed(request.getRemoteAddr());
				throw new InvalidInputException("code", "error.atelier.unknownCode", code);
			}
			// One participant per browser session: joining again continues as the one who joined first.
			if (JoinedParticipants.participantOf(session, atelier.get().id()).isPresent()) {
				return "redirect:/ateliers/" + atelier.get().id() + "/take-part";
			}
			Participation.Joined joined = participation.join(code, displayName, partyType, anonymous);
			JoinedParticipants.remember(session, joined.participant());
			return "redirect:/ateliers/" + joined.participant().atelierId() + "/take-part";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", new FormErrors(Map.of("code",
					messages.getMessage(ex.messageKey(), ex.arguments(), locale))));
		}
		catch (RateLimitedException ex) {
			model.addAttribute("errors", new FormErrors(Map.of("code",
					messages.getMessage(ex.messageKey(), new Object[] { ex.retryAfterSeconds() }, locale))));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		}
		model.addAttribute("displayName", displayName);
		model.addAttribute("partyType", partyType);
		return joinForm(code, model);
	}

	@GetMapping("/ateliers/{id}/take-part")
	String takePart(@PathVariable AtelierId id, HttpSession session, Model model, Locale locale) {
		Atelier atelier = ateliers.atelier(id);
		Optional<ParticipantId> me = JoinedParticipants.participantOf(session, id);
		if (me.isEmpty()) {
			return "redirect:/ateliers/join?code=" + (atelier.isOpen() ? atelier.joinCode() : "");
		}
		Participant participant = participation.participant(me.get());
		AtelierReport report = reports.build(atelier, locale);
		List<Theme> themeList = themes.themes(atelier.programmeId());
		model.addAttribute("atelier", atelier);
		model.addAttribute("report", report);
		model.addAttribute("participant", participant);
		model.addAttribute("themes", themeList);
		model.addAttribute("kinds", ContributionKind.values());
		model.addAttribute("weights", participation.weightsOf(me.get(), id));
		model.addAttribute("points", participation.properties().pointsPerParticipant());
		model.addAttribute("votesLeft", participation.properties().votesPerParticipant() - participant.votesUsed());
		model.addAttribute("supported", participation.supportedBy(me.get(), id).stream().map(Object::toString).toList());
		model.addAttribute("mine", mine(id, me.get()));
		model.addAttribute("others", others(report, me.get(), id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "atelier/take-part";
	}

	@PostMapping("/ateliers/{id}/take-part/contributions")
	String contribute(@PathVariable AtelierId id, @RequestParam(defaultValue = "0") int question,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) String kind,
			@RequestParam(name = "themes", required = false) List<String> themeCodes, HttpSession session,
			RedirectAttributes redirect, Locale locale) {
		ParticipantPrincipal who = JoinedParticipants.require(session, id);
		try {
			participation.contribute(who, id, question, kind, text, themeCodes == null ? List.of() : themeCodes);
			redirect.addFlashAttribute("notice", "contribution.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", FormErrors.of(ex, messages, locale));
			redirect.addFlashAttribute("draft", Map.of("question", question, "text", text, "kind", kind == null ? "" : kind));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/ateliers/" + id + "/take-part#contribute";
	}

	@PostMapping("/ateliers/{id}/take-part/weights")
	String weigh(@PathVariable AtelierId id, @RequestParam Map<String, String> form, HttpSession session,
			RedirectAttributes redirect, Locale locale) {
		ParticipantPrincipal who = JoinedParticipants.require(session, id);
		Map<String, Integer> points = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("w.")) {
				String code = key.substring(2);
				typed.put(code, value);
				String trimmed = value == null ? "" : value.trim();
				try {
					points.put(code, trimmed.isEmpty() ? 0 : Integer.parseInt(trimmed));
				}
				catch (NumberFormatException ex) {
					points.put(code, -1);
				}
			}
		});
		try {
			participation.weigh(who, id, points);
			redirect.addFlashAttribute("notice", "weights.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("weightErrors", FormErrors.of(ex, messages, locale));
			redirect.addFlashAttribute("typedWeights", typed);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/ateliers/" + id + "/take-part#weights";
	}

	@PostMapping("/ateliers/{id}/take-part/support/{cid}")
	String support(@PathVariable AtelierId id, @PathVariable ContributionId cid, HttpSession session,
			RedirectAttributes redirect, Locale locale) {
		ParticipantPrincipal who = JoinedParticipants.require(session, id);
		try {
			participation.support(who, id, cid);
			redirect.addFlashAttribute("notice", "support.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.violations().get(0).messageKey());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
		}
		return "redirect:/ateliers/" + id + "/take-part#others";
	}

	private List<Contribution> mine(AtelierId atelier, ParticipantId me) {
		return reports.contributions(atelier).stream().filter(c -> c.participantId().equals(me) && !c.hidden()).toList();
	}

	/** Other participants' visible contributions, newest first, with their support count. */
	private List<JointPicture.Item> others(AtelierReport report, ParticipantId me, AtelierId id) {
		List<String> own = mine(id, me).stream().map(c -> c.id().toString()).toList();
		List<JointPicture.Item> items = new ArrayList<>();
		report.picture().top().values().forEach(items::addAll);
		items.addAll(report.picture().understandings());
		report.picture().approaches().values().forEach(items::addAll);
		items.addAll(report.picture().tips());
		return items.stream().filter(i -> !own.contains(i.id().toString()))
				.sorted(Comparator.comparing(JointPicture.Item::createdAt).reversed())
				.toList();
	}
}
