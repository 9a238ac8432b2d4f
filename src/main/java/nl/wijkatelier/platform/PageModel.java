package nl.wijkatelier.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the current language and the links that switch it. */
@ControllerAdvice
class PageModel {

	@ModelAttribute("lang")
	String lang() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "nl";
	}

	@ModelAttribute("switchLanguageUrl")
	String switchLanguageUrl(HttpServletRequest request) {
		String other = "en".equals(lang()) ? "nl" : "en";
		return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
				.replaceQueryParam("continue").build().toUriString().replaceFirst("^https?://[^/]+", "");
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
