package nl.wijkatelier.works;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.platform.PageVersions;

/**
 * Moves a neighbourhood's page version on after its tasks, pots or coupling proposals changed: its page shows the
 * coupling opportunities and savings, the dashboards its tasks and couplings. Runs after the change committed; the
 * event publication registry keeps the reaction until it completed, and failed ones are resubmitted.
 */
@Component
class WorksPageVersions {

	private final PageVersions versions;

	WorksPageVersions(PageVersions versions) {
		this.versions = versions;
	}

	@ApplicationModuleListener
	void on(TasksChanged changed) {
		versions.neighbourhoodChanged(changed.neighbourhood());
	}

	@ApplicationModuleListener
	void on(TasksRegistered registered) {
		versions.neighbourhoodChanged(registered.neighbourhood());
	}

	@ApplicationModuleListener
	void on(WorksChanged changed) {
		versions.neighbourhoodChanged(changed.neighbourhood());
	}
}
