package nl.wijkatelier.atelier;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.atelier.internal.AtelierRepository;
import nl.wijkatelier.platform.PageVersions;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Moves the page version of an atelier's neighbourhood on after the atelier was opened, closed or published or someone
 * took part in it (its participants and joint picture are on the neighbourhood's page and the dashboards); an atelier
 * of the whole programme, or one no longer there, moves the programmes' version. Runs after the change committed; the
 * event publication registry keeps the reaction until it completed, and failed ones are resubmitted.
 */
@Component
class AtelierPageVersions {

	private final AtelierRepository ateliers;
	private final PageVersions versions;

	AtelierPageVersions(AtelierRepository ateliers, PageVersions versions) {
		this.ateliers = ateliers;
		this.versions = versions;
	}

	@ApplicationModuleListener
	void on(AtelierActivity activity) {
		changed(ateliers.findById(activity.atelier().value()).flatMap(Atelier::neighbourhoodId));
	}

	@ApplicationModuleListener
	void on(AtelierPublished published) {
		changed(published.neighbourhood());
	}

	private void changed(Optional<NeighbourhoodId> neighbourhood) {
		neighbourhood.ifPresentOrElse(versions::neighbourhoodChanged,
				() -> versions.changed(List.of(PageVersions.PROGRAMMES)));
	}
}
