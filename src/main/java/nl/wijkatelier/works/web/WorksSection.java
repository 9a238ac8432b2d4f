package nl.wijkatelier.works.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.PageSection;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.works.Couplings;

/** The works summary on the neighbourhood page, with the link to the tasks, map and timeline. */
@Component
class WorksSection implements PageSection {

	record Summary(UUID neighbourhood, int tasks, int opportunities, long savingCents) {
	}

	private final Couplings couplings;

	WorksSection(Couplings couplings) {
		this.couplings = couplings;
	}

	@Override
	public Optional<View> render(Page page, Programme programme, Optional<Neighbourhood> neighbourhood,
			Optional<CurrentUser> viewer, Locale locale) {
		if (page != Page.NEIGHBOURHOOD || neighbourhood.isEmpty()) {
			return Optional.empty();
		}
		Couplings.Overview overview = couplings.overview(neighbourhood.get().id());
		long saving = overview.opportunities().stream().mapToLong(o -> o.cluster().potentialSavingCents()).sum();
		return Optional.of(new View(40, "works/section", "works", new Summary(neighbourhood.get().id().value(),
				overview.result().tasks(), overview.opportunities().size(), saving)));
	}
}
