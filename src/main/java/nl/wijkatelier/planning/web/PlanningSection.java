package nl.wijkatelier.planning.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.PageSection;
import nl.wijkatelier.programme.Programme;

/** On the neighbourhood page, for those who may plan there: the saved scenarios and a link to plan. */
@Component
class PlanningSection implements PageSection {

	record Summary(UUID neighbourhood, int scenarios) {
	}

	private final Scenarios scenarios;

	PlanningSection(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@Override
	public Optional<View> render(Page page, Programme programme, Optional<Neighbourhood> neighbourhood,
			Optional<CurrentUser> viewer, Locale locale) {
		if (page != Page.NEIGHBOURHOOD || neighbourhood.isEmpty()
				|| viewer.filter(v -> v.canOrganise(neighbourhood.get().id())).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new View(45, "planning/section", "planning", new Summary(neighbourhood.get().id().value(),
				scenarios.of(neighbourhood.get().id()).size())));
	}
}
