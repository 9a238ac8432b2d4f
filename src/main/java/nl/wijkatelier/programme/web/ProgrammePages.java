package nl.wijkatelier.programme.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CbsKeyFigures;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodAreas;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.PageSection;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

/** The public pages: home, programme, neighbourhood and themes, with the forms that change them. */
@Controller
class ProgrammePages {

	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CbsKeyFigures keyFigures;
	private final CurrentUsers currentUsers;
	private final List<PageSection> sections;
	private final MessageSource messages;
	private final NeighbourhoodAreas areas;
	private final String tileUrl;
	private final String tileAttribution;

	ProgrammePages(ProgrammeCatalog catalog, ThemeCatalog themes, CbsKeyFigures keyFigures,
			CurrentUsers currentUsers, List<PageSection> sections, MessageSource messages, NeighbourhoodAreas areas,
			@Value("${wijkatelier.works.tile-url:https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png}") String tileUrl,
			@Value("${wijkatelier.works.tile-attribution:Kaartgegevens &copy; Kadaster (PDOK)}") String tileAttribution) {
		this.catalog = catalog;
		this.themes = themes;
		this.keyFigures = keyFigures;
		this.currentUsers = currentUsers;
		this.sections = sections;
		this.messages = messages;
		this.areas = areas;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/")
	String home(Model model) {
		Optional<Programme> programme = catalog.defaultProgramme();
		model.addAttribute("programme", programme.orElse(null));
		model.addAttribute("programmes", catalog.programmes());
		List<Neighbourhood> neighbourhoods = programme.map(p -> catalog.neighbourhoods(p.id())).orElse(List.of());
		model.addAttribute("neighbourhoods", neighbourhoods);
		model.addAttribute("inhabitants", inhabitants(neighbourhoods));
		return "programme/home";
	}

	@GetMapping("/programme")
	String defaultProgramme() {
		return catalog.defaultProgramme().map(p -> "redirect:/programmes/" + p.slug()).orElse("redirect:/");
	}

	@GetMapping("/programmes/{slug}")
	String programme(@PathVariable String slug, Model model, Locale locale) {
		Programme programme = catalog.requireProgrammeBySlug(slug);
		List<Neighbourhood> neighbourhoods = catalog.neighbourhoods(programme.id());
		model.addAttribute("programme", programme);
		model.addAttribute("neighbourhoods", neighbourhoods);
		model.addAttribute("inhabitants", inhabitants(neighbourhoods));
		model.addAttribute("parties", catalog.parties(programme.id()));
		model.addAttribute("sections", sections(PageSection.Page.PROGRAMME, programme, Optional.empty(), locale));
		return "programme/programme";
	}

	@GetMapping("/neighbourhoods/{id}")
	String neighbourhood(@PathVariable NeighbourhoodId id, Model model, Locale locale) {
		Neighbourhood neighbourhood = catalog.neighbourhood(id);
		Programme programme = catalog.programme(neighbourhood.programmeId());
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("programme", programme);
		model.addAttribute("parties", catalog.parties(id));
		model.addAttribute("figures", keyFigures.of(neighbourhood.codes()).orElse(null));
		model.addAttribute("codes", String.join(", ", neighbourhood.codes().stream().map(keyFigures::label).toList()));
		model.addAttribute("boundary", neighbourhood.boundaryGeoJson().orElse(null));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		model.addAttribute("municipalityFigures",
				neighbourhood.municipalityCode().flatMap(keyFigures::of).orElse(null));
		model.addAttribute("keyFiguresSource", KeyFigures.SOURCE);
		model.addAttribute("partyTypes", PartyType.values());
		model.addAttribute("sections", sections(PageSection.Page.NEIGHBOURHOOD, programme, Optional.of(neighbourhood),
				locale));
		if (!model.containsAttribute("partyErrors")) {
			model.addAttribute("partyErrors", FormErrors.none());
		}
		return "programme/neighbourhood";
	}

	@PostMapping("/neighbourhoods/{id}/parties")
	String addParty(@PathVariable NeighbourhoodId id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) PartyType type, @RequestParam(defaultValue = "") String website,
			RedirectAttributes redirect, Locale locale) {
		Neighbourhood neighbourhood = catalog.neighbourhood(id);
		currentUsers.require(user -> user.canOrganise(id));
		try {
			catalog.registerParty(neighbourhood.programmeId(), Optional.of(id), name, type, website, false);
			redirect.addFlashAttribute("notice", "party.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("partyErrors", FormErrors.of(ex, messages, locale));
			redirect.addFlashAttribute("partyForm", Map.of("name", name, "website", website,
					"type", type == null ? "" : type.name()));
		}
		return "redirect:/neighbourhoods/" + id + "#parties";
	}

	@GetMapping("/neighbourhoods/new")
	String newNeighbourhood(@RequestParam(required = false) String programmeId, Model model) {
		CurrentUser me = currentUsers.require(ProgrammePages::mayRegisterNeighbourhood);
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("form", new NeighbourhoodForm("", "", "", "", "", programmeId == null ? "" : programmeId));
		model.addAttribute("codeNames", List.of());
		model.addAttribute("programmes", programmesFor(me));
		return "programme/neighbourhood-new";
	}

	/**
	 * Registers a neighbourhood in the programme chosen on the form; the choice may be left out while there is only
	 * one programme.
	 */
	@PostMapping("/neighbourhoods")
	String registerNeighbourhood(NeighbourhoodForm form, Model model, Locale locale, RedirectAttributes redirect) {
		CurrentUser me = currentUsers.require(ProgrammePages::mayRegisterNeighbourhood);
		try {
			Programme programme = catalog.programmeFor(form.programmeId(), "programmeId");
			currentUsers.require(user -> mayRegisterNeighbourhoodIn(user, programme));
			NeighbourhoodAreas.Prepared prepared = areas.prepare(form.details());
			Neighbourhood neighbourhood = catalog.registerNeighbourhood(programme.id(), prepared.details());
			redirect.addFlashAttribute("notice", "neighbourhood.boundary." + prepared.source().name().toLowerCase(Locale.ROOT));
			return "redirect:/neighbourhoods/" + neighbourhood.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			model.addAttribute("form", form);
			model.addAttribute("codeNames", codeNames(form.code(), keyFigures));
			model.addAttribute("programmes", programmesFor(me));
			return "programme/neighbourhood-new";
		}
	}

	/** The programmes a person may register a neighbourhood in, for the form's choice. */
	private List<Programme> programmesFor(CurrentUser me) {
		return catalog.programmes().stream().filter(p -> mayRegisterNeighbourhoodIn(me, p)).toList();
	}

	@GetMapping("/themes")
	String themes(Model model, Locale locale) {
		return themes(catalog.requireDefaultProgramme(), model, locale);
	}

	@GetMapping("/programmes/{slug}/themes")
	String programmeThemes(@PathVariable String slug, Model model, Locale locale) {
		return themes(catalog.requireProgrammeBySlug(slug), model, locale);
	}

	private String themes(Programme programme, Model model, Locale locale) {
		var list = themes.themes(programme.id());
		var links = themes.coBenefits(programme.id());
		model.addAttribute("programme", programme);
		model.addAttribute("themes", list);
		model.addAttribute("links", links);
		model.addAttribute("names", themes.names(programme.id(), locale));
		model.addAttribute("diagram", CoBenefitDiagram.of(list, links, locale));
		model.addAttribute("diagramSize", CoBenefitDiagram.SIZE);
		if (!model.containsAttribute("themeErrors")) {
			model.addAttribute("themeErrors", FormErrors.none());
		}
		model.addAttribute("severalProgrammes", catalog.programmes().size() > 1);
		boolean isDefault = catalog.defaultProgramme().map(p -> p.id().equals(programme.id())).orElse(false);
		model.addAttribute("themesPath", isDefault ? "/themes" : "/programmes/" + programme.slug() + "/themes");
		model.addAttribute("mayEditThemes",
				currentUsers.current().map(user -> user.administers(programme.id())).orElse(false));
		return "programme/themes";
	}

	@PostMapping("/themes")
	String addTheme(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameNl,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String descriptionNl,
			RedirectAttributes redirect, Locale locale) {
		return addTheme(catalog.requireDefaultProgramme(), "/themes", code, nameNl, nameEn, descriptionNl, redirect,
				locale);
	}

	@PostMapping("/programmes/{slug}/themes")
	String addProgrammeTheme(@PathVariable String slug, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String nameNl, @RequestParam(defaultValue = "") String nameEn,
			@RequestParam(defaultValue = "") String descriptionNl, RedirectAttributes redirect, Locale locale) {
		return addTheme(catalog.requireProgrammeBySlug(slug), "/programmes/" + slug + "/themes", code, nameNl, nameEn,
				descriptionNl, redirect, locale);
	}

	private String addTheme(Programme programme, String back, String code, String nameNl, String nameEn,
			String descriptionNl, RedirectAttributes redirect, Locale locale) {
		currentUsers.require(user -> user.administers(programme.id()));
		try {
			themes.addTheme(programme.id(), code, nameNl, nameEn, descriptionNl, null);
			redirect.addFlashAttribute("notice", "theme.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("themeErrors", FormErrors.of(ex, messages, locale));
		}
		return "redirect:" + back + "#edit";
	}

	@PostMapping("/themes/{code}/co-benefits")
	String setCoBenefits(@PathVariable String code, @RequestParam(name = "to", required = false) List<String> to,
			RedirectAttributes redirect, Locale locale) {
		return setCoBenefits(catalog.requireDefaultProgramme(), "/themes", code, to, redirect, locale);
	}

	@PostMapping("/programmes/{slug}/themes/{code}/co-benefits")
	String setProgrammeCoBenefits(@PathVariable String slug, @PathVariable String code,
			@RequestParam(name = "to", required = false) List<String> to, RedirectAttributes redirect, Locale locale) {
		return setCoBenefits(catalog.requireProgrammeBySlug(slug), "/programmes/" + slug + "/themes", code, to,
				redirect, locale);
	}

	private String setCoBenefits(Programme programme, String back, String code, List<String> to,
			RedirectAttributes redirect, Locale locale) {
		currentUsers.require(user -> user.administers(programme.id()));
		try {
			themes.setCoBenefits(programme.id(), ThemeCode.parse(code), to == null ? List.of() : to);
			redirect.addFlashAttribute("notice", "theme.linksSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("themeErrors", FormErrors.of(ex, messages, locale));
		}
		return "redirect:" + back + "#edit";
	}

	/** Inhabitants per neighbourhood id, summed over its CBS areas where all of them have figures. */
	private Map<String, Long> inhabitants(List<Neighbourhood> neighbourhoods) {
		return neighbourhoods.stream()
				.filter(n -> keyFigures.of(n.codes()).map(f -> f.inhabitants().isPresent()).orElse(false))
				.collect(Collectors.toMap(n -> n.id().toString(),
						n -> keyFigures.of(n.codes()).orElseThrow().inhabitants().getAsLong()));
	}

	/**
	 * The typed codes that CBS names, as {@code WK020202 — Spijkerkwartier}, for the form to show what they are; a
	 * code that is not one (the form's error says why) or has no shipped name is left out.
	 */
	static List<String> codeNames(String typed, CbsKeyFigures names) {
		List<String> labels = new ArrayList<>();
		for (String part : typed == null ? new String[0] : typed.split("[,;\\s]+")) {
			try {
				CbsCode.parse(part).filter(c -> names.name(c).isPresent()).map(names::label).ifPresent(labels::add);
			}
			catch (InvalidInputException ex) {
				// not a CBS code: the form's own check names the problem
			}
		}
		return labels;
	}

	private List<PageSection.View> sections(PageSection.Page page, Programme programme,
			Optional<Neighbourhood> neighbourhood, Locale locale) {
		Optional<CurrentUser> viewer = currentUsers.current();
		return sections.stream().map(s -> s.render(page, programme, neighbourhood, viewer, locale))
				.flatMap(Optional::stream).sorted(Comparator.comparingInt(PageSection.View::order)).toList();
	}

	/** Whether the person may register neighbourhoods at all: admins, programme admins and officers (by design). */
	static boolean mayRegisterNeighbourhood(CurrentUser user) {
		return user.admin() || user.isOfficer() || user.isProgrammeAdmin();
	}

	/** Officers may register in any programme (by design); a programme admin only in their own. */
	static boolean mayRegisterNeighbourhoodIn(CurrentUser user, Programme programme) {
		return user.administers(programme.id()) || user.isOfficer();
	}

	/** The neighbourhood form as typed; the CBS code is read leniently (any case, spaces). */
	record NeighbourhoodForm(String name, String code, String municipality, String website, String description,
			String programmeId) {

		static NeighbourhoodForm of(Neighbourhood n) {
			return new NeighbourhoodForm(n.name(), String.join(", ", n.codes().stream().map(CbsCode::value).toList()),
					n.municipality(),
					n.website() == null ? "" : n.website(), n.description() == null ? "" : n.description(),
					n.programmeId().toString());
		}

		NeighbourhoodDetails details() {
			return new NeighbourhoodDetails(name == null ? "" : name, Optional.empty(),
					municipality == null ? "" : municipality, Optional.empty(), website, description, null, false,
					NeighbourhoodAreas.parseCodes(code));
		}
	}
}
