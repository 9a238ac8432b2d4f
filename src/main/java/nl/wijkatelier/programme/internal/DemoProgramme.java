package nl.wijkatelier.programme.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.platform.FirstStartLock;
import nl.wijkatelier.programme.DemoProgrammeSeeded;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.PartyType;

/**
 * Fills an empty database with the programme of the seed report: Wijk van de Toekomst, its nine
 * participating neighbourhoods with the websites the report lists, and example parties (marked as examples).
 * Wijk codes are used only where public sources name them (Hengstdal lies in Nijmegen-Oost, the Spijkerkwartier and
 * the Boven- en Benedenbuurt are wijken of their own); Energiek Apeldoorn, a network for the whole municipality, has
 * the municipality's code. The others have no code yet (no source at hand names their wijk or buurten): they show
 * their municipality's figures until a programme admin fills in their codes.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "wijkatelier.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoProgramme implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

	static final String SLUG = "wijk-van-de-toekomst";

	private record Seed(String name, String municipality, String municipalityCode, String code, String website,
			String description) {
	}

	private static final List<Seed> NEIGHBOURHOODS = List.of(
			new Seed("Hengstdal", "Nijmegen", "GM0268", "WK026802", "https://duurzaamhengstdal.nl/",
					"Buurt in Nijmegen-Oost waar bewoners samen werken aan een duurzaam Hengstdal. De CBS-cijfers "
							+ "gelden voor de wijk Nijmegen-Oost, waar Hengstdal in ligt."),
			new Seed("Spijkerkwartier", "Arnhem", "GM0202", "WK020202",
					"https://mijnspijkerkwartier.nl/pagina/spijkerenergie",
					"Negentiende-eeuwse wijk in Arnhem met het bewonersinitiatief SpijkerEnergie."),
			new Seed("Benedenbuurt", "Wageningen", "GM0289", "WK028907", "https://www.benedenbuurtwageningen.nl/",
					"Buurt in Wageningen. De CBS-cijfers gelden voor de wijk Boven- en Benedenbuurt."),
			new Seed("Groen West", "Arnhem", "GM0202", null, "https://groenwestarnhem.nl/",
					"Bewonersinitiatief voor een groener en duurzamer Arnhem-West."),
			new Seed("Craneveer", "Arnhem", "GM0202", null, "https://www.duurzaamcraneveer.nl/",
					"Arnhemse buurt waar bewoners samen verduurzamen."),
			new Seed("Hoogkamp", "Arnhem", "GM0202", null, "https://www.hoogkampenergie.nl/",
					"Arnhemse wijk met het bewonersinitiatief Hoogkamp Energie."),
			new Seed("Energiek Apeldoorn", "Apeldoorn", "GM0200", "GM0200", "https://www.energiekapeldoorn.nl/",
					"Netwerk van energie-initiatieven in Apeldoorn."),
			new Seed("Kerschoten", "Apeldoorn", "GM0200", null, "https://www.kerschotenenergieneutraal.nl/",
					"Apeldoornse wijk met het initiatief Kerschoten Energieneutraal."),
			new Seed("Loenen op de Veluwe", "Apeldoorn", "GM0200", null, "https://loenenopdeveluwe.info/",
					"Dorp in de gemeente Apeldoorn dat werkt aan een duurzame toekomst."));

	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final ApplicationEventPublisher events;
	private final FirstStartLock firstStart;

	DemoProgramme(ProgrammeCatalog catalog, ThemeCatalog themes, ApplicationEventPublisher events,
			FirstStartLock firstStart) {
		this.catalog = catalog;
		this.themes = themes;
		this.events = events;
		this.firstStart = firstStart;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		firstStart.holdUntilCommit();
		if (!catalog.programmes().isEmpty()) {
			return;
		}
		Programme programme = catalog.createProgramme(SLUG, "Wijk van de Toekomst",
				"Programma in Gelderland waarin wijken werken aan integrale duurzame wijkontwikkeling: meer dan "
						+ "'van het gas af', ook groen, sociale samenhang, werkgelegenheid, infrastructuur, "
						+ "veiligheid en gezondheid.",
				null);
		themes.addDefaultThemes(programme.id());
		Map<String, NeighbourhoodId> neighbourhoods = new LinkedHashMap<>();
		for (Seed seed : NEIGHBOURHOODS) {
			Neighbourhood neighbourhood = catalog.registerNeighbourhood(programme.id(),
					new NeighbourhoodDetails(seed.name(), CbsCode.parse(seed.code()), seed.municipality(),
							Optional.of(new CbsCode(seed.municipalityCode())), seed.website(), seed.description(),
							null, false));
			neighbourhoods.put(seed.name(), neighbourhood.id());
		}
		Map<String, PartyId> parties = new LinkedHashMap<>();
		party(programme, parties, null, "Gemeente Arnhem", PartyType.MUNICIPALITY, "https://www.arnhem.nl/");
		party(programme, parties, null, "Gemeente Apeldoorn", PartyType.MUNICIPALITY, "https://www.apeldoorn.nl/");
		party(programme, parties, neighbourhoods.get("Spijkerkwartier"), "Bewonersgroep SpijkerEnergie",
				PartyType.RESIDENT, null);
		party(programme, parties, neighbourhoods.get("Spijkerkwartier"), "Woningcorporatie Voorbeeld Wonen",
				PartyType.HOUSING_CORPORATION, null);
		party(programme, parties, neighbourhoods.get("Spijkerkwartier"), "Netbeheerder Voorbeeld Net",
				PartyType.GRID_OPERATOR, null);
		party(programme, parties, neighbourhoods.get("Spijkerkwartier"), "Waterschap Voorbeeld",
				PartyType.WATER_BOARD, null);
		party(programme, parties, neighbourhoods.get("Kerschoten"), "Bewonersgroep Kerschoten Energieneutraal",
				PartyType.RESIDENT, null);
		events.publishEvent(new DemoProgrammeSeeded(programme.id(), Map.copyOf(neighbourhoods), Map.copyOf(parties)));
		log.info("Demo programme '{}' created with {} neighbourhoods", programme.name(), neighbourhoods.size());
	}

	private void party(Programme programme, Map<String, PartyId> parties, NeighbourhoodId neighbourhood,
			String name, PartyType type, String website) {
		Party party = catalog.registerParty(programme.id(), Optional.ofNullable(neighbourhood), name, type, website,
				true);
		parties.put(name, party.id());
	}
}
