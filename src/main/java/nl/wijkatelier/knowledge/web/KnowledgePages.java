package nl.wijkatelier.knowledge.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkatelier.knowledge.KnowledgeBase;
import nl.wijkatelier.knowledge.KnowledgeSearch;
import nl.wijkatelier.knowledge.Resource;
import nl.wijkatelier.platform.NavigationItem;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.PageSection;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ThemeCode;

/** The knowledge base page, its link in the navigation, and the inspiration links on the programme page. */
@Controller
class KnowledgePages {

	private final KnowledgeSearch search;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;

	KnowledgePages(KnowledgeSearch search, ProgrammeCatalog catalog, ThemeCatalog themes) {
		this.search = search;
		this.catalog = catalog;
		this.themes = themes;
	}

	@GetMapping("/knowledge")
	String knowledge(@RequestParam(required = false) String theme, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String programmeId, Model model,
			Locale locale) {
		Programme programme = catalog.programmeOrDefault(programmeId);
		Optional<ThemeCode> filter = Optional.ofNullable(theme).filter(t -> !t.isBlank())
				.flatMap(t -> themes.themes(programme.id()).stream().map(x -> x.code())
						.filter(c -> c.value().equalsIgnoreCase(t.trim())).findFirst());
		Optional<String> kindFilter = Optional.ofNullable(kind).filter(k -> !k.isBlank());
		model.addAttribute("q", q);
		model.addAttribute("selectedKind", kindFilter.orElse(""));
		model.addAttribute("kinds", List.of("INSPIRATION", "SUBSIDY", "KNOW_HOW", "TOOL", "NEIGHBOURHOOD", "TIP", "REPORT"));
		model.addAttribute("results", search.search(q, new KnowledgeSearch.Filter(filter, kindFilter, Optional.empty())));
		model.addAttribute("themes", themes.themes(programme.id()));
		model.addAttribute("themeNames", themes.names(programme.id(), locale));
		model.addAttribute("selectedTheme", filter.map(ThemeCode::value).orElse(""));
		model.addAttribute("neighbourhoods", catalog.neighbourhoods(programme.id()));
		return "knowledge/knowledge";
	}

	@Configuration
	static class Wiring {

		@Bean
		NavigationItem knowledgeNavigation() {
			return new NavigationItem(80, "/knowledge", "nav.knowledge");
		}
	}

	/** The programme page lists the inspiration links. */
	@Component
	static class InspirationSection implements PageSection {

		private final KnowledgeBase knowledge;
		private final ThemeCatalog themes;

		InspirationSection(KnowledgeBase knowledge, ThemeCatalog themes) {
			this.knowledge = knowledge;
			this.themes = themes;
		}

		@Override
		public Optional<View> render(Page page, Programme programme, Optional<Neighbourhood> neighbourhood,
				Optional<CurrentUser> viewer, Locale locale) {
			if (page != Page.PROGRAMME) {
				return Optional.empty();
			}
			List<Resource> resources = knowledge.resources(programme.id(), Optional.empty());
			Map<String, String> names = themes.names(programme.id(), locale);
			return resources.isEmpty() ? Optional.empty()
					: Optional.of(new View(50, "knowledge/sections", "inspiration",
							Map.of("resources", resources, "themeNames", names)));
		}
	}
}
