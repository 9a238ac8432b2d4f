package nl.wijkatelier.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The current language on every page's model as {@code lang}, for templates that vary by language. */
@ControllerAdvice
class PageModel {

	private final PageContext page;

	PageModel(PageContext page) {
		this.page = page;
	}

	@ModelAttribute("lang")
	String lang() {
		return page.lang();
	}
}
