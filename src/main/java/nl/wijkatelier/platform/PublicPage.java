package nl.wijkatelier.platform;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A public page that {@link PublicPageCache} may keep rendered: a module declares it as a bean, with the version of
 * the data the page shows. The version must change whenever anything the page shows to an anonymous visitor does
 * (in practice: the sum of {@link PageVersions} scopes the module moves on after each change).
 */
public interface PublicPage {

	/** The version of the data behind this request's page, or empty when the request is not for this page. */
	Optional<String> version(HttpServletRequest request);

	/**
	 * The page at this path pattern ({@code /actions/{id}}); {@code version} gets the pattern's variables and may
	 * answer empty (no such page: let the application answer).
	 */
	static PublicPage at(String pattern, Function<Map<String, String>, Optional<String>> version) {
		PathPattern path = PathPatternParser.defaultInstance.parse(pattern);
		return request -> {
			PathPattern.PathMatchInfo match = path.matchAndExtract(PathContainer.parsePath(request.getRequestURI()));
			return match == null ? Optional.empty() : version.apply(match.getUriVariables());
		};
	}
}
