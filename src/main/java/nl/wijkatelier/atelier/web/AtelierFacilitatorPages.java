package nl.wijkatelier.atelier.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wijkatelier.atelier.Atelier;
import nl.wijkatelier.atelier.AtelierDraft;
import nl.wijkatelier.atelier.AtelierId;
import nl.wijkatelier.atelier.AtelierReport;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.atelier.Contribution;
import nl.wijkatelier.atelier.ContributionId;
import nl.wijkatelier.atelier.JointPicture;
import nl.wijkatelier.atelier.Participant;
import nl.wijkatelier.atelier.Reports;
import nl.wijkatelier.atelier.Speaker;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * The facilitator's pages: the list of ateliers, a new atelier, the live screen (server-sent events), opening,
 * closing and publishing, and moderating contributions. Who may do what is asked of {@link Ateliers}.
 */
@Controller
class AtelierFacilitatorPages {

	private final Ateliers ateliers;
	private final Reports reports;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final LiveUpdates live;
	private final MessageSource messages;

	AtelierFacilitatorPages(Ateliers ateliers, Reports reports, ProgrammeCatalog catalog, ThemeCatalog themes,
			CurrentUsers currentUsers, LiveUpdates live, MessageSource messages) {
		this.ateliers = ateliers;
		this.reports = reports;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.live = live;
		this.messages = messages;
	}

	/** A row of the list of ateliers. */
	record Row(Atelier atelier, String place, boolean facilitator) {
	}

	@GetMapping("/ateliers")
	String list(Model model) {
		List<Row> rows = ateliers.listed().stream().map(a -> new Row(a, place(a), ateliers.mayFacilitate(a))).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("mayCreate", Ateliers.mayCreate(currentUsers.current()));
		return "atelier/list";
	}

	@GetMapping("/ateliers/new")
	String newAtelier(@RequestParam(defaultValue = "") String neighbourhoodId, Model model, Locale locale) {
		CurrentUser me = ateliers.requireCreator();
		prepareForm(model, me, locale, Map.of("neighbourhoodId", neighbourhoodId), FormErrors.none());
		return "atelier/new";
	}

	@PostMapping("/ateliers")
	String create(@RequestParam Map<String, String> form, @RequestParam(name = "themes", required = false) List<String> themeCodes,
			Model model, Locale locale) {
		CurrentUser me = ateliers.requireCreator();
		try {
			Optional<NeighbourhoodId> neighbourhood = Optional.ofNullable(form.get("neighbourhoodId"))
					.filter(s -> !s.isBlank()).map(s -> NeighbourhoodId.parse(s, "neighbourhoodId"));
			Optional<LocalDate> date = Optional.ofNullable(form.get("date")).filter(s -> !s.isBlank()).map(s -> {
				try {
					return LocalDate.parse(s.trim());
				}
				catch (DateTimeParseException ex) {
					throw new InvalidInputException("date", "error.date.format", s);
				}
			});
			List<String> questions = new ArrayList<>();
			for (int i = 1; i <= Atelier.QUESTIONS; i++) {
				questions.add(form.getOrDefault("question" + i, ""));
			}
			Atelier atelier = ateliers.create(new AtelierDraft(neighbourhood, form.get("title"), date,
					form.get("topic"), themeCodes == null ? List.of() : themeCodes,
					speakers(form.getOrDefault("speakers", "")), questions, lines(form.getOrDefault("links", ""))));
			return "redirect:/ateliers/" + atelier.id();
		}
		catch (InvalidInputException ex) {
			Map<String, Object> values = new HashMap<>(form);
			values.put("themes", themeCodes == null ? List.of() : themeCodes);
			prepareForm(model, me, locale, values, FormErrors.of(ex, messages, locale));
			return "atelier/new";
		}
	}

	@GetMapping("/ateliers/{id}")
	String screen(@PathVariable AtelierId id, Model model, Locale locale, HttpServletRequest request) {
		Atelier atelier = ateliers.atelier(id);
		if (!ateliers.mayFacilitate(atelier)) {
			if (atelier.isPublished()) {
				return "redirect:/ateliers/" + id + "/report";
			}
			ateliers.facilitated(id);
		}
		String joinUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/j/{code}")
				.buildAndExpand(atelier.joinCode()).toUriString();
		model.addAttribute("atelier", atelier);
		model.addAttribute("place", place(atelier));
		model.addAttribute("joinUrl", joinUrl);
		model.addAttribute("qr", QrCodes.of(joinUrl));
		liveModel(atelier, model, locale);
		return "atelier/screen";
	}

	@GetMapping("/ateliers/{id}/live")
	String liveFragment(@PathVariable AtelierId id, Model model, Locale locale) {
		Atelier atelier = ateliers.facilitated(id);
		model.addAttribute("atelier", atelier);
		liveModel(atelier, model, locale);
		return "atelier/screen :: live";
	}

	@GetMapping(path = "/ateliers/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable AtelierId id) {
		ateliers.facilitated(id);
		return live.follow(id);
	}

	@PostMapping("/ateliers/{id}/open")
	String open(@PathVariable AtelierId id, RedirectAttributes redirect) {
		return change(id, redirect, () -> ateliers.open(id), "atelier.opened");
	}

	@PostMapping("/ateliers/{id}/close")
	String close(@PathVariable AtelierId id, RedirectAttributes redirect) {
		return change(id, redirect, () -> ateliers.close(id), "atelier.closed");
	}

	@PostMapping("/ateliers/{id}/publish")
	String publish(@PathVariable AtelierId id, @RequestParam(defaultValue = "") String insights,
			RedirectAttributes redirect, Locale locale) {
		try {
			ateliers.publish(id, insights);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("publishErrors", FormErrors.of(ex, messages, locale));
			return "redirect:/ateliers/" + id;
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			return "redirect:/ateliers/" + id;
		}
		return "redirect:/ateliers/" + id + "/report";
	}

	@PostMapping("/ateliers/{id}/contributions/{cid}/hide")
	String hide(@PathVariable AtelierId id, @PathVariable ContributionId cid, RedirectAttributes redirect) {
		return change(id, redirect, () -> ateliers.hide(id, cid), "contribution.hidden");
	}

	@PostMapping("/ateliers/{id}/contributions/{cid}/merge")
	String merge(@PathVariable AtelierId id, @PathVariable ContributionId cid,
			@RequestParam(defaultValue = "") String into, RedirectAttributes redirect) {
		return change(id, redirect, () -> ateliers.merge(id, cid, ContributionId.of(into)), "contribution.merged");
	}

	/** The contributions grouped for the facilitator's screen: per question, then per first theme. */
	record Group(String theme, List<Contribution> contributions) {
	}

	record QuestionGroup(int number, String question, List<Group> groups, int count) {
	}

	private void liveModel(Atelier atelier, Model model, Locale locale) {
		AtelierReport report = reports.build(atelier, locale);
		List<Contribution> all = reports.contributions(atelier.id());
		Map<String, Participant> people = new HashMap<>();
		reports.participants(atelier.id()).forEach(p -> people.put(p.id().toString(), p));
		Map<String, Integer> support = new HashMap<>();
		List<JointPicture.Item> items = new ArrayList<>();
		report.picture().top().values().forEach(items::addAll);
		items.addAll(report.picture().understandings());
		report.picture().approaches().values().forEach(items::addAll);
		items.addAll(report.picture().tips());
		items.forEach(i -> support.put(i.id().toString(), i.support()));
		List<QuestionGroup> questions = new ArrayList<>();
		for (int q = 1; q <= Atelier.QUESTIONS; q++) {
			int number = q;
			Map<String, List<Contribution>> byTheme = new LinkedHashMap<>();
			all.stream().filter(c -> c.question() == number).forEach(c -> byTheme.computeIfAbsent(
					c.themes().isEmpty() ? messages.getMessage("atelier.noTheme", null, locale)
							: report.themeName(c.themes().get(0)), k -> new ArrayList<>()).add(c));
			questions.add(new QuestionGroup(q, report.questions().get(q - 1),
					byTheme.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList(),
					(int) all.stream().filter(c -> c.question() == number && c.visible()).count()));
		}
		model.addAttribute("report", report);
		model.addAttribute("questions", questions);
		model.addAttribute("people", people);
		model.addAttribute("support", support);
		model.addAttribute("participantCount", people.size());
		model.addAttribute("contributionCount", all.stream().filter(Contribution::visible).count());
	}

	private String change(AtelierId id, RedirectAttributes redirect, Runnable action, String notice) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.violations().get(0).messageKey());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "error.contribution.mergeTarget");
		}
		return "redirect:/ateliers/" + id;
	}

	private void prepareForm(Model model, CurrentUser me, Locale locale, Map<String, ?> values, FormErrors errors) {
		Ateliers.NewAtelierChoices choices = ateliers.choices(me);
		model.addAttribute("neighbourhoods", choices.neighbourhoods());
		model.addAttribute("programmeWide", choices.programmeWide());
		model.addAttribute("themes", themes.themes(choices.programme().id()));
		model.addAttribute("form", values);
		model.addAttribute("errors", errors);
		List<String> defaults = new ArrayList<>();
		for (int i = 1; i <= Atelier.QUESTIONS; i++) {
			defaults.add(messages.getMessage("question." + i, null, locale));
		}
		model.addAttribute("defaultQuestions", defaults);
	}

	private String place(Atelier atelier) {
		return atelier.neighbourhoodId().flatMap(catalog::findNeighbourhood).map(Neighbourhood::name)
				.orElseGet(() -> catalog.programme(atelier.programmeId()).name());
	}

	/** Speakers typed one per line as "name, role" (the role after the first comma). */
	static List<Speaker> speakers(String text) {
		return lines(text).stream().map(line -> {
			int comma = line.indexOf(',');
			return comma < 0 ? new Speaker(line.trim(), "")
					: new Speaker(line.substring(0, comma).trim(), line.substring(comma + 1).trim());
		}).toList();
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
