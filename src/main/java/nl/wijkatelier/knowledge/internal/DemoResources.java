package nl.wijkatelier.knowledge.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.knowledge.KnowledgeBase;
import nl.wijkatelier.knowledge.Resource.Kind;
import nl.wijkatelier.programme.DemoProgrammeSeeded;

/**
 * The inspiration links of the seed report ("Meer inspiratie vind je o.a. op …"), in the report's order. The
 * themes are this project's tagging; the descriptions say only what the sites are for.
 */
@Component
class DemoResources {

	static final String SOURCE = "Terugkoppeling Kennisatelier Wijk van de Toekomst, 17 mei 2021";

	private record Link(String title, String url, String description, Kind kind, List<String> themes) {
	}

	private static final List<Link> LINKS = List.of(
			new Link("Het kan wel", "https://www.hetkanwel.nl/",
					"Inspiratie voor duurzame initiatieven.", Kind.INSPIRATION, List.of("ENERGY", "SOCIAL_COHESION")),
			new Link("Steenbreek", "https://steenbreek.nl/",
					"Tegels eruit, groen erin: samen tuinen en straten vergroenen.", Kind.INSPIRATION,
					List.of("GREENERY", "CLIMATE_ADAPTATION", "BIODIVERSITY")),
			new Link("Verbeter je huis", "https://www.verbeterjehuis.nl/",
					"Uitleg over isoleren, energie besparen en subsidies voor uw woning.", Kind.KNOW_HOW,
					List.of("ENERGY")),
			new Link("Duurzaam thuis", "https://www.duurzaamthuis.nl/",
					"Tips om thuis duurzamer te wonen.", Kind.KNOW_HOW, List.of("ENERGY")),
			new Link("Mijn buurtje", "https://www.mijnbuurtje.nl/",
					"Online plek voor buren om elkaar te vinden en te helpen.", Kind.TOOL, List.of("SOCIAL_COHESION")),
			new Link("Eén tegen eenzaamheid", "https://www.eentegeneenzaamheid.nl/",
					"Samen eenzaamheid herkennen en doorbreken.", Kind.INSPIRATION,
					List.of("SOCIAL_COHESION", "HEALTH")),
			new Link("Nationale Zaaidag (The Pollinators)", "https://www.thepollinators.org/nationale-zaaidag",
					"Samen bloemen zaaien voor bijen en andere bestuivers.", Kind.INSPIRATION,
					List.of("BIODIVERSITY", "GREENERY")),
			new Link("Nudge", "https://nudge.nl/",
					"Duurzaam gedrag stimuleren met kleine duwtjes.", Kind.KNOW_HOW,
					List.of("ENERGY", "SOCIAL_COHESION")),
			new Link("Buurkracht", "https://www.buurkracht.nl/",
					"Buren die samen energie besparen en hun huizen verduurzamen.", Kind.TOOL,
					List.of("ENERGY", "SOCIAL_COHESION")));

	private final KnowledgeBase knowledge;

	DemoResources(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@EventListener
	void on(DemoProgrammeSeeded seeded) {
		for (Link link : LINKS) {
			knowledge.addResource(seeded.programme(), link.title(), link.url(), link.description(), link.kind(), "nl",
					SOURCE, link.themes());
		}
	}
}
