package nl.wijkatelier.atelier.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import nl.wijkatelier.atelier.Atelier;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.atelier.OwnAnswers;
import nl.wijkatelier.platform.NavigationItem;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.PageSection;
import nl.wijkatelier.programme.Programme;

/**
 * The ateliers on the neighbourhood page (that neighbourhood's) and on the programme page (the programme-wide
 * knowledge ateliers): published ones for everyone, the others for those who run them.
 */
@Component
class AtelierSection implements PageSection {

	/** {@code ownLink}: the page to answer the four questions on one's own, for those who take part here. */
	record Model(String headingKey, List<Atelier> ateliers, Optional<String> newLink, boolean facilitator,
			Optional<String> ownLink) {
	}

	private final Ateliers ateliers;

	AtelierSection(Ateliers ateliers) {
		this.ateliers = ateliers;
	}

	@Override
	public Optional<View> render(Page page, Programme programme, Optional<Neighbourhood> neighbourhood,
			Optional<CurrentUser> viewer, Locale locale) {
		List<Atelier> list = neighbourhood.map(n -> ateliers.ofNeighbourhood(n.id()))
				.orElseGet(() -> ateliers.programmeWide(programme.id())).stream()
				.filter(a -> a.isPublished() || Ateliers.mayFacilitate(a, viewer)).toList();
		boolean mayCreate = viewer.map(u -> neighbourhood.map(n -> u.canFacilitate(n.id())).orElse(u.admin()))
				.orElse(false);
		Optional<String> ownLink = neighbourhood.filter(n -> OwnAnswers.mayAnswer(n.id(), viewer))
				.map(n -> "/neighbourhoods/" + n.id() + "/on-your-own");
		if (list.isEmpty() && !mayCreate && ownLink.isEmpty()) {
			return Optional.empty();
		}
		String newLink = neighbourhood.map(n -> "/ateliers/new?neighbourhoodId=" + n.id()).orElse("/ateliers/new");
		return Optional.of(new View(10, "atelier/section", "ateliers", new Model(
				neighbourhood.isPresent() ? "section.ateliers.neighbourhood" : "section.ateliers.programme", list,
				mayCreate ? Optional.of(newLink) : Optional.empty(), mayCreate, ownLink)));
	}

	@Configuration
	static class Navigation {

		@Bean
		NavigationItem ateliersNavigation() {
			return new NavigationItem(10, "/ateliers", "nav.ateliers");
		}
	}
}
