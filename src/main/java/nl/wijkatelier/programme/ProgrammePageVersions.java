package nl.wijkatelier.programme;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.platform.PageVersions;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Moves the programmes' page version on after a programme, neighbourhood, party or theme changed: every public page
 * shows some of them (names, parties, key figures, theme names), so all are rendered afresh. A neighbourhood's own
 * scope moves too, for its figures on the dashboards. Runs after the change committed; the event publication registry
 * keeps the reaction until it completed, and failed ones are resubmitted.
 */
@Component
class ProgrammePageVersions {

	private final PageVersions versions;

	ProgrammePageVersions(PageVersions versions) {
		this.versions = versions;
	}

	@ApplicationModuleListener
	void on(ProgrammeContentChanged changed) {
		programmesChanged();
	}

	@ApplicationModuleListener
	void on(ProgrammeStarted started) {
		programmesChanged();
	}

	@ApplicationModuleListener
	void on(ProgrammeDescribed described) {
		programmesChanged();
	}

	@ApplicationModuleListener
	void on(DemoProgrammeSeeded seeded) {
		programmesChanged();
	}

	@ApplicationModuleListener
	void on(NeighbourhoodRegistered registered) {
		neighbourhoodChanged(registered.neighbourhood());
	}

	@ApplicationModuleListener
	void on(NeighbourhoodChanged changed) {
		neighbourhoodChanged(changed.neighbourhood());
	}

	@ApplicationModuleListener
	void on(NeighbourhoodArchived archived) {
		neighbourhoodChanged(archived.neighbourhood());
	}

	private void programmesChanged() {
		versions.changed(List.of(PageVersions.PROGRAMMES));
	}

	private void neighbourhoodChanged(NeighbourhoodId id) {
		versions.changed(List.of(PageVersions.PROGRAMMES, PageVersions.neighbourhood(id), PageVersions.NEIGHBOURHOODS));
	}
}
