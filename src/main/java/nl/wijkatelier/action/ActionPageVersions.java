package nl.wijkatelier.action;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.platform.PageVersions;

/**
 * Moves the neighbourhood's page version on after an action or sign-up change committed, so that every instance
 * renders its pages (the action's page, the neighbourhood's, the programme dashboard) afresh. The event publication
 * registry keeps the reaction until it completed; failed ones are resubmitted.
 */
@Component
class ActionPageVersions {

	private final PageVersions versions;

	ActionPageVersions(PageVersions versions) {
		this.versions = versions;
	}

	@ApplicationModuleListener
	void on(ActionChanged changed) {
		versions.neighbourhoodChanged(changed.neighbourhood());
	}
}
