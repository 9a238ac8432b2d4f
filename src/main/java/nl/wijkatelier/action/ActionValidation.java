package nl.wijkatelier.action;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.Checks;

/** The rules a new action meets: its texts, neighbourhood, template, dates, target and thresholds. */
@Component
public class ActionValidation {

	/** The most households an action, a target or a threshold can count. */
	public static final int MAX_HOUSEHOLDS = 100_000;
	static final int MAX_THRESHOLDS = 10;
	static final int TITLE_MAX = 200;
	static final int DESCRIPTION_MAX = 4000;
	static final int LABEL_MAX = 200;

	private final ProgrammeCatalog catalog;

	ActionValidation(ProgrammeCatalog catalog) {
		this.catalog = catalog;
	}

	/** Checks a new action without storing anything; every violation is reported at once. */
	public void validate(NewAction command) {
		Checks checks = new Checks().requiredText("title", command.title(), TITLE_MAX)
				.optionalText("description", command.description(), DESCRIPTION_MAX);
		Optional<Neighbourhood> neighbourhood = command.neighbourhoodId() == null ? Optional.empty()
				: catalog.findNeighbourhood(command.neighbourhoodId());
		if (neighbourhood.isEmpty()) {
			checks.add("neighbourhoodId", "error.neighbourhood.unknown",
					command.neighbourhoodId() == null ? "" : command.neighbourhoodId());
		}
		Optional<ActionTemplate> template = ActionTemplate.parse(command.template());
		if (template.isEmpty()) {
			checks.add("template", "error.action.template", command.template() == null ? "" : command.template());
		}
		if (command.startDate() != null && command.endDate() != null && command.endDate().isBefore(command.startDate())) {
			checks.add("endDate", "error.action.endBeforeStart");
		}
		if (command.target() != null && (command.target() < 1 || command.target() > MAX_HOUSEHOLDS)) {
			checks.add("target", "error.action.households", MAX_HOUSEHOLDS);
		}
		checkThresholds(command.thresholds(), checks);
		checks.throwIfAny();
	}

	private static void checkThresholds(List<NewAction.ThresholdSpec> specs, Checks checks) {
		if (specs.size() > MAX_THRESHOLDS) {
			checks.add("thresholds", "error.action.thresholds.tooMany", MAX_THRESHOLDS);
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < specs.size(); i++) {
			NewAction.ThresholdSpec spec = specs.get(i);
			String field = "thresholds[" + i + "]";
			if (spec == null || spec.households() == null || spec.households() < 1 || spec.households() > MAX_HOUSEHOLDS) {
				checks.add(field + ".households", "error.action.households", MAX_HOUSEHOLDS);
			}
			else if (!seen.add(spec.households())) {
				checks.add(field + ".households", "error.action.thresholds.duplicate", spec.households());
			}
			checks.requiredText(field + ".label", spec == null ? null : spec.label(), LABEL_MAX);
		}
	}
}
