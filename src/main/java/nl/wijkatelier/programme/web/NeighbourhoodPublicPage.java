package nl.wijkatelier.programme.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatelier.platform.PageVersions;
import nl.wijkatelier.platform.PublicPage;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * A neighbourhood's page shows the neighbourhood and the sections every module adds for it (ateliers, actions,
 * works, the dashboard link): the version of its neighbourhood's scope, which those modules move on after their
 * changes, and of the programmes'.
 */
@Component
class NeighbourhoodPublicPage implements PublicPage {

	private final PublicPage page;

	NeighbourhoodPublicPage(PageVersions versions) {
		this.page = PublicPage.at("/neighbourhoods/{id}", variables -> parse(variables.get("id")).map(id -> String
				.valueOf(versions.current(List.of(PageVersions.neighbourhood(id), PageVersions.PROGRAMMES)))));
	}

	@Override
	public Optional<String> version(HttpServletRequest request) {
		return page.version(request);
	}

	private static Optional<NeighbourhoodId> parse(String text) {
		try {
			return Optional.of(NeighbourhoodId.of(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
