package nl.wijkatelier.action;

import java.time.LocalDate;
import java.util.List;

import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * What an organiser gives to start an action, as typed (checked by {@link Actions#create}).
 *
 * @param template a template name, e.g. {@code TILE_REMOVAL}
 * @param target households aimed for, 1 to {@link Actions#MAX_HOUSEHOLDS}; may be null
 * @param themes theme codes; empty means the template's default themes
 * @param rules the organiser's sign-up rules; null means none
 */
public record NewAction(NeighbourhoodId neighbourhoodId, String template, String title, String description,
		LocalDate startDate, LocalDate endDate, Integer target, List<ThresholdSpec> thresholds, List<String> themes,
		boolean example, SignupRules rules) {

	/** A threshold as typed: households to reach (1 to {@link Actions#MAX_HOUSEHOLDS}) and what then unlocks. */
	public record ThresholdSpec(Integer households, String label) {
	}

	/** An action without sign-up rules. */
	public NewAction(NeighbourhoodId neighbourhoodId, String template, String title, String description,
			LocalDate startDate, LocalDate endDate, Integer target, List<ThresholdSpec> thresholds, List<String> themes,
			boolean example) {
		this(neighbourhoodId, template, title, description, startDate, endDate, target, thresholds, themes, example,
				SignupRules.NONE);
	}

	public NewAction {
		rules = rules == null ? SignupRules.NONE : rules;
		thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
		themes = themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).toList();
	}
}
