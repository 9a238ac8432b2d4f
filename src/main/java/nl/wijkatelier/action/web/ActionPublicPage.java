package nl.wijkatelier.action.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatelier.action.ActionId;
import nl.wijkatelier.action.Actions;
import nl.wijkatelier.platform.PageVersions;
import nl.wijkatelier.platform.PublicPage;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * An action's page shows the action, its sign-up totals and impact, and its neighbourhood's network: the version of
 * its neighbourhood's scope and of the programmes'. An action never moves to another neighbourhood, so which one it
 * belongs to is looked up once per instance and remembered: a fact that never changes, so instances cannot disagree
 * on it; the versions themselves are read from the database on every request.
 */
@Component
class ActionPublicPage implements PublicPage {

	private final PublicPage page;
	private final Map<ActionId, NeighbourhoodId> neighbourhoods = new ConcurrentHashMap<>();

	ActionPublicPage(Actions actions, PageVersions versions) {
		this.page = PublicPage.at("/actions/{id}", variables -> {
			Optional<ActionId> id = parse(variables.get("id"));
			Optional<NeighbourhoodId> neighbourhood = id.flatMap(a -> Optional.ofNullable(neighbourhoods
					.computeIfAbsent(a, x -> actions.find(x).map(found -> found.neighbourhoodId()).orElse(null))));
			return neighbourhood.map(n -> String.valueOf(
					versions.current(List.of(PageVersions.neighbourhood(n), PageVersions.PROGRAMMES))));
		});
	}

	@Override
	public Optional<String> version(HttpServletRequest request) {
		return page.version(request);
	}

	private static Optional<ActionId> parse(String text) {
		try {
			return Optional.of(ActionId.of(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
