package nl.wijkatelier.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.internal.CoBenefitRepository;
import nl.wijkatelier.programme.internal.ThemeRepository;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * The integral themes of each programme and their co-benefit links. Every module that tags something with
 * themes resolves the codes here, so an unknown code is refused in one place.
 */
@Service
@Transactional(readOnly = true)
public class ThemeCatalog {

	private final ThemeRepository themes;
	private final CoBenefitRepository coBenefits;
	private final ApplicationEventPublisher events;

	ThemeCatalog(ThemeRepository themes, CoBenefitRepository coBenefits, ApplicationEventPublisher events) {
		this.events = events;
		this.themes = themes;
		this.coBenefits = coBenefits;
	}

	public List<Theme> themes(ProgrammeId programme) {
		return themes.findByProgrammeIdOrderByPositionAsc(programme.value());
	}

	public Optional<Theme> theme(ProgrammeId programme, ThemeCode code) {
		return themes.findByProgrammeIdAndCode(programme.value(), code.value());
	}

	/** Each theme's name in the given language, by code (e.g. {@code GREENERY} → {@code Groen}). */
	public Map<String, String> names(ProgrammeId programme, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		themes(programme).forEach(theme -> names.put(theme.code().value(), theme.name(locale)));
		return names;
	}

	/** Per theme, the themes it brings along; every theme of the programme is a key, in display order. */
	public Map<ThemeCode, List<ThemeCode>> coBenefits(ProgrammeId programme) {
		Map<ThemeCode, List<ThemeCode>> links = new LinkedHashMap<>();
		themes(programme).forEach(theme -> links.put(theme.code(), new ArrayList<>()));
		for (CoBenefit link : coBenefits.findByProgramme(programme.value())) {
			links.computeIfAbsent(link.from(), code -> new ArrayList<>()).add(link.to());
		}
		links.replaceAll((code, list) -> List.copyOf(list));
		return links;
	}

	/**
	 * Reads theme codes as given by a person or a file and keeps only those the programme has. Every unknown or
	 * malformed code is reported under {@code field}; duplicates are dropped, the order kept.
	 */
	public List<ThemeCode> resolve(ProgrammeId programme, Collection<String> codes, String field) {
		Set<ThemeCode> known = new TreeSet<>();
		themes(programme).forEach(theme -> known.add(theme.code()));
		Set<ThemeCode> result = new LinkedHashSet<>();
		Checks checks = new Checks();
		for (String raw : codes == null ? List.<String>of() : codes) {
			try {
				ThemeCode code = ThemeCode.parse(raw);
				if (known.contains(code)) {
					result.add(code);
				}
				else {
					checks.add(field, "error.theme.unknown", raw);
				}
			}
			catch (InvalidInputException ex) {
				checks.add(field, "error.theme.unknown", raw == null ? "" : raw);
			}
		}
		checks.throwIfAny();
		return List.copyOf(result);
	}

	/** Adds a programme's own theme; the code must be new in the programme. */
	@Transactional
	public Theme addTheme(ProgrammeId programme, String code, String nameNl, String nameEn, String descriptionNl,
			String descriptionEn) {
		Checks checks = new Checks().requiredText("code", code, 40).requiredText("nameNl", nameNl, 120)
				.optionalText("nameEn", nameEn, 120).optionalText("descriptionNl", descriptionNl, 1000)
				.optionalText("descriptionEn", descriptionEn, 1000);
		checks.throwIfAny();
		ThemeCode themeCode = ThemeCode.parse(code);
		if (theme(programme, themeCode).isPresent()) {
			new Checks().add("code", "error.theme.duplicate", themeCode).throwIfAny();
		}
		int position = themes(programme).stream().mapToInt(Theme::position).max().orElse(0) + 1;
		Theme theme = themes.save(new Theme(programme, themeCode, nameNl.trim(), nameEn == null ? null : nameEn.trim(),
				descriptionNl, descriptionEn, position));
		events.publishEvent(new ProgrammeContentChanged(programme));
		return theme;
	}

	/** Replaces what theme {@code from} brings along. A theme cannot list itself. */
	@Transactional
	public void setCoBenefits(ProgrammeId programme, ThemeCode from, Collection<String> to) {
		if (theme(programme, from).isEmpty()) {
			new Checks().add("code", "error.theme.unknown", from).throwIfAny();
		}
		List<ThemeCode> targets = resolve(programme, to, "coBenefits");
		if (targets.contains(from)) {
			new Checks().add("coBenefits", "error.theme.selfLink", from).throwIfAny();
		}
		coBenefits.deleteFrom(programme.value(), from.value());
		coBenefits.flush();
		targets.forEach(target -> coBenefits.save(new CoBenefit(programme.value(), from, target)));
		events.publishEvent(new ProgrammeContentChanged(programme));
	}

	/** Creates the nine default themes and their links in a new programme. */
	@Transactional
	public void addDefaultThemes(ProgrammeId programme) {
		int position = 1;
		for (DefaultThemes.Definition theme : DefaultThemes.THEMES) {
			themes.save(new Theme(programme, theme.code(), theme.nameNl(), theme.nameEn(), theme.descriptionNl(),
					theme.descriptionEn(), position++));
		}
		DefaultThemes.CO_BENEFITS.forEach((from, targets) -> targets
				.forEach(to -> coBenefits.save(new CoBenefit(programme.value(), from, to))));
		events.publishEvent(new ProgrammeContentChanged(programme));
	}
}
