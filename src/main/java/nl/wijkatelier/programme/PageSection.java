package nl.wijkatelier.programme;

import java.util.Locale;
import java.util.Optional;

/**
 * A part another module adds to the neighbourhood or programme page (ateliers, tasks, actions, knowledge), so
 * this module shows them without depending on those modules.
 */
public interface PageSection {

	enum Page { NEIGHBOURHOOD, PROGRAMME }

	/** A section's rendering: the Thymeleaf template and fragment, and the model it reads as {@code section}. */
	record View(int order, String template, String fragment, Object model) {
	}

	/**
	 * The section for one neighbourhood or programme page, or empty when it has nothing to show there.
	 *
	 * @param neighbourhood the neighbourhood on a neighbourhood page; empty on a programme page
	 */
	Optional<View> render(Page page, Programme programme, Optional<Neighbourhood> neighbourhood,
			Optional<CurrentUser> viewer, Locale locale);
}
