package nl.wijkatelier.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page, error pages included (where controller advice adds nothing to the
 * model): the language, the current path and the link that switches language. Read as {@code @page}.
 */
@Component("page")
public class PageContext {

	/** {@code en} or {@code nl}. */
	public String lang() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "nl";
	}

	public String otherLang() {
		return "en".equals(lang()) ? "nl" : "en";
	}

	/** The request path, or an empty string outside a request. */
	public String path() {
		HttpServletRequest request = request();
		return request == null ? "" : request.getRequestURI();
	}

	/** The current page in the other language, as a path with query. */
	public String switchLanguageUrl() {
		HttpServletRequest request = request();
		if (request == null) {
			return "/?lang=" + otherLang();
		}
		return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", otherLang())
				.replaceQueryParam("continue").build().toUriString().replaceFirst("^https?://[^/]+", "");
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
