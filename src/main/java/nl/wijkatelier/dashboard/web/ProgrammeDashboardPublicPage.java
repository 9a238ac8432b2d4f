package nl.wijkatelier.dashboard.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatelier.platform.PageVersions;
import nl.wijkatelier.platform.PublicPage;

/**
 * A programme's dashboard shows every neighbourhood's figures side by side: the version of all neighbourhoods' scopes
 * together (the modules move it on with each neighbourhood's) and of the programmes'.
 */
@Component
class ProgrammeDashboardPublicPage implements PublicPage {

	private final PublicPage page;

	ProgrammeDashboardPublicPage(PageVersions versions) {
		this.page = PublicPage.at("/programmes/{slug}/dashboard", variables -> Optional.of(String
				.valueOf(versions.current(List.of(PageVersions.NEIGHBOURHOODS, PageVersions.PROGRAMMES)))));
	}

	@Override
	public Optional<String> version(HttpServletRequest request) {
		return page.version(request);
	}
}
