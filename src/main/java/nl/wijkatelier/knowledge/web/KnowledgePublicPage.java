package nl.wijkatelier.knowledge.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatelier.knowledge.KnowledgeSearch;
import nl.wijkatelier.platform.PageVersions;
import nl.wijkatelier.platform.PublicPage;

/**
 * The knowledge page with its search results: they come from this instance's search index, which follows the
 * database within a second (resources, tips and published reports of any instance), so its version is the index's
 * generation here together with the programmes' version (the theme names and neighbourhoods of the filters).
 */
@Component
class KnowledgePublicPage implements PublicPage {

	private final PublicPage page;

	KnowledgePublicPage(KnowledgeSearch search, PageVersions versions) {
		this.page = PublicPage.at("/knowledge", variables -> Optional.of(
				versions.current(List.of(PageVersions.PROGRAMMES)) + "-" + search.generation()));
	}

	@Override
	public Optional<String> version(HttpServletRequest request) {
		return page.version(request);
	}
}
