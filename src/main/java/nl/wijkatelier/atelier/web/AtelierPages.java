package nl.wijkatelier.atelier.web;

import java.nio.charset.StandardCharsets;
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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import nl.wijkatelier.atelier.ContributionKind;
import nl.wijkatelier.atelier.Participant;
import nl.wijkatelier.atelier.ParticipantId;
import nl.wijkatelier.atelier.ParticipantPrincipal;
import nl.wijkatelier.atelier.Participation;
import nl.wijkatelier.atelier.Reports;
import nl.wijkatelier.atelier.Speaker;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.platform.PdfDocuments;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;

/**
 * The atelier's pages: the list, the facilitator's screen (live), joining by code on a phone, taking part, the
 * joint picture and the feedback report (web, Markdown, PDF). A participant without an account is remembered
 * in the browser session.
 */
@Controller
class AtelierPages {

	private static final String SESSION_KEY = "atelier.participants";

	private final Ateliers ateliers;
	private final Participation participation;
	private final Reports reports;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final LiveUpdates live;
	private final PdfDocuments pdf;
	private final MessageSource messages;
	private final JoinLimit joinLimit;

	AtelierPages(Ateliers ateliers, Participation participation, Reports reports, ProgrammeCatalog catalog,
			ThemeCatalog themes, CurrentUsers currentUsers, LiveUpdates live, PdfDocuments pdf, MessageSource messages, JoinLimit joinLimit) {
		this.joinLimit = joinLimit;
		this.ateliers = ateliers;
		this.participation = participation;
		this.reports = reports;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.live = live;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** A row of the list of ateliers. */
	record Row(Atelier atelier, String place, boolean facilitator) {
	}

	@GetMapping("/ateliers")
	String list(Model model) {
		Optional<CurrentUser> me = currentUsers.current();
		List<Row> rows = ateliers.all().stream().filter(a -> a.isPublished() || Ateliers.mayFacilitate(a, me))
				.map(a -> new Row(a, place(a), Ateliers.mayFacilitate(a, me))).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("mayCreate", me.map(u -> u.admin() || u.isFacilitator()).orElse(false));
		return "atelier/list";
	}

	@GetMapping("/ateliers/new")
	String newAtelier(@RequestParam(defaultValue = "") String neighbourhoodId, Model model, Locale locale) {
		CurrentUser me = currentUsers.require(u -> u.admin() || u.isFacilitator());
		prepareForm(model, me, locale, Map.of("neighbourhoodId", neighbourhoodId), FormErrors.none());
		return "atelier/new";
	}

	@PostMapping("/ateliers")
	String create(@RequestParam Map<String, String> form, @RequestParam(name = "themes", required = false) List<String> themeCodes,
			Model model, Locale locale) {
		CurrentUser me = currentUsers.require(u -> u.admin() || u.isFacilitator());
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
		if (!Ateliers.mayFacilitate(atelier, currentUsers.current())) {
			if (atelier.isPublished()) {
				return "redirect:/ateliers/" + id + "/report";
			}
			currentUsers.require(u -> Ateliers.mayFacilitate(atelier, Optional.of(u)));
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
		Atelier atelier = facilitated(id);
		model.addAttribute("atelier", atelier);
		liveModel(atelier, model, locale);
		return "atelier/screen :: live";
	}

	@GetMapping(path = "/ateliers/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable AtelierId id) {
		facilitated(id);
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

	// ---- joining and taking part, on a phone, without an account

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
			if (participantOf(session, atelier.get().id()).isPresent()) {
				return "redirect:/ateliers/" + atelier.get().id() + "/take-part";
			}
			Participation.Joined joined = participation.join(code, displayName, partyType, anonymous);
			remember(session, joined.participant());
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
		Optional<ParticipantId> me = participantOf(session, id);
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
		ParticipantPrincipal who = require(session, id);
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
		ParticipantPrincipal who = require(session, id);
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
		ParticipantPrincipal who = require(session, id);
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

	// ---- joint picture and report

	/** The joint picture: for everyone once published, and before that for facilitators and participants. */
	@GetMapping("/ateliers/{id}/picture")
	String picture(@PathVariable AtelierId id, HttpSession session, Model model, Locale locale) {
		AtelierReport report = participantOf(session, id).isPresent()
				? reports.build(ateliers.atelier(id), locale) : reports.report(id, locale);
		model.addAttribute("report", report);
		model.addAttribute("chart", WeightChart.of(report));
		model.addAttribute("facilitator", Ateliers.mayFacilitate(report.atelier(), currentUsers.current()));
		return "atelier/picture";
	}

	@GetMapping("/ateliers/{id}/report")
	String report(@PathVariable AtelierId id, Model model, Locale locale) {
		AtelierReport report = reports.report(id, locale);
		model.addAttribute("report", report);
		model.addAttribute("chart", WeightChart.of(report));
		model.addAttribute("facilitator", Ateliers.mayFacilitate(report.atelier(), currentUsers.current()));
		return "atelier/report";
	}

	@GetMapping("/ateliers/{id}/report.md")
	ResponseEntity<String> markdown(@PathVariable AtelierId id, Locale locale) {
		AtelierReport report = reports.report(id, locale);
		return ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("terugkoppeling-" + id + ".md").build().toString())
				.body(reports.markdown(report, locale));
	}

	@GetMapping("/ateliers/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable AtelierId id, Locale locale) {
		AtelierReport report = reports.report(id, locale);
		byte[] body = pdf.render("atelier/report-pdf", Map.of("report", report), locale);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("terugkoppeling-" + id + ".pdf").build().toString())
				.body(body);
	}

	// ---- helpers

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
		List<nl.wijkatelier.atelier.JointPicture.Item> items = new ArrayList<>();
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

	private Atelier facilitated(AtelierId id) {
		Atelier atelier = ateliers.atelier(id);
		currentUsers.require(u -> Ateliers.mayFacilitate(atelier, Optional.of(u)));
		return atelier;
	}

	private List<Contribution> mine(AtelierId atelier, ParticipantId me) {
		return reports.contributions(atelier).stream().filter(c -> c.participantId().equals(me) && !c.hidden()).toList();
	}

	/** Other participants' visible contributions, newest first, with their support count. */
	private List<nl.wijkatelier.atelier.JointPicture.Item> others(AtelierReport report, ParticipantId me, AtelierId id) {
		List<String> own = mine(id, me).stream().map(c -> c.id().toString()).toList();
		List<nl.wijkatelier.atelier.JointPicture.Item> items = new ArrayList<>();
		report.picture().top().values().forEach(items::addAll);
		items.addAll(report.picture().understandings());
		report.picture().approaches().values().forEach(items::addAll);
		items.addAll(report.picture().tips());
		return items.stream().filter(i -> !own.contains(i.id().toString()))
				.sorted(java.util.Comparator.comparing(nl.wijkatelier.atelier.JointPicture.Item::createdAt).reversed())
				.toList();
	}

	private void prepareForm(Model model, CurrentUser me, Locale locale, Map<String, ?> values, FormErrors errors) {
		List<Neighbourhood> neighbourhoods = catalog.neighbourhoods().stream().filter(n -> me.canFacilitate(n.id()))
				.toList();
		// The themes are those of the programme the person's neighbourhoods share; with several, the default's.
		List<nl.wijkatelier.shared.ProgrammeId> theirs = neighbourhoods.stream().map(Neighbourhood::programmeId)
				.distinct().toList();
		var programme = theirs.size() == 1 ? catalog.programme(theirs.get(0)) : catalog.requireDefaultProgramme();
		model.addAttribute("neighbourhoods", neighbourhoods);
		model.addAttribute("programmeWide", me.admin());
		model.addAttribute("themes", themes.themes(programme.id()));
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


	@SuppressWarnings("unchecked")
	private static Map<String, String> sessionMap(HttpSession session) {
		Object value = session.getAttribute(SESSION_KEY);
		if (value instanceof HashMap<?, ?> map) {
			return (Map<String, String>) map;
		}
		HashMap<String, String> map = new HashMap<>();
		session.setAttribute(SESSION_KEY, map);
		return map;
	}

	private static void remember(HttpSession session, Participant participant) {
		Map<String, String> map = sessionMap(session);
		map.put(participant.atelierId().toString(), participant.id().toString());
		session.setAttribute(SESSION_KEY, map);
	}

	private static Optional<ParticipantId> participantOf(HttpSession session, AtelierId atelier) {
		return Optional.ofNullable(sessionMap(session).get(atelier.toString())).map(ParticipantId::of);
	}

	private static ParticipantPrincipal require(HttpSession session, AtelierId atelier) {
		ParticipantId participant = participantOf(session, atelier)
				.orElseThrow(() -> new NotFoundException("participant", atelier));
		return new ParticipantPrincipal(participant, atelier);
	}
}
