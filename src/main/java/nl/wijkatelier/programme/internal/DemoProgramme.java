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
 * Each neighbourhood has the CBS areas (2024 classification, names as in {@code data/cbs-gebieden-2024.csv}) that
 * public sources place it in; {@link #AREAS} says which source. Energiek Apeldoorn, a network for the whole
 * municipality, has the municipality's code. Kerschoten has none: it is a buurt in Apeldoorn's wijk Noord, but the
 * shipped CBS names hold no Apeldoorn buurten, and the whole wijk would overstate it; it shows its municipality's
 * figures until a programme admin fills in its buurt code. V170 gives the same codes to a database seeded before.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "wijkatelier.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoProgramme implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

	static final String SLUG = "wijk-van-de-toekomst";

	private record Seed(String name, String municipality, String municipalityCode, List<String> codes,
			String website, String description) {
	}

	/**
	 * The CBS areas of the seed neighbourhoods and why: Hengstdal lies in the wijk Nijmegen-Oost; the
	 * Spijkerkwartier and the Boven- en Benedenbuurt are wijken of their own; Groen West works in Heijenoord, Lombok
	 * (with Brouwerijweg e.o., which the municipality counts to Heijenoord) and Klingelbeek-Hoogstede with the
	 * Rosandepolder (groenwestarnhem.nl), which CBS has as the buurten below (Hoogstede and the Rosandepolder lie in
	 * the buurt Klingelbeek); Craneveer is the common name of Alteveer and 't Cranevelt, the wijk Alteveer/Cranevelt
	 * (its other buurt, Hazegrietje, is hardly inhabited; CBS's 3,465 inhabitants in 2024 match the 3,470 Wikipedia
	 * gives for the wijk in 2023); Hoogkamp is a buurt of the wijk Burgemeesterswijk/Hoogkamp; Loenen and its
	 * surroundings are the wijk Loenen en omgeving.
	 */
	static final Map<String, List<String>> AREAS = Map.of("Hengstdal", List.of("WK026802"), "Spijkerkwartier",
			List.of("WK020202"), "Benedenbuurt", List.of("WK028907"), "Groen West",
			List.of("BU02021471", "BU02021473", "BU02021474", "BU02021572"), "Craneveer", List.of("WK020209"),
			"Hoogkamp", List.of("BU02021264"), "Energiek Apeldoorn", List.of("GM0200"), "Kerschoten", List.of(),
			"Loenen op de Veluwe", List.of("WK020013"));

	private static final List<Seed> NEIGHBOURHOODS = List.of(
			new Seed("Hengstdal", "Nijmegen", "GM0268", AREAS.get("Hengstdal"), "https://duurzaamhengstdal.nl/",
					"Buurt in Nijmegen-Oost waar bewoners samen werken aan een duurzaam Hengstdal. De CBS-cijfers "
							+ "gelden voor de wijk Nijmegen-Oost, waar Hengstdal in ligt."),
			new Seed("Spijkerkwartier", "Arnhem", "GM0202", AREAS.get("Spijkerkwartier"),
					"https://mijnspijkerkwartier.nl/pagina/spijkerenergie",
					"Negentiende-eeuwse wijk in Arnhem met het bewonersinitiatief SpijkerEnergie."),
			new Seed("Benedenbuurt", "Wageningen", "GM0289", AREAS.get("Benedenbuurt"),
					"https://www.benedenbuurtwageningen.nl/",
					"Buurt in Wageningen. De CBS-cijfers gelden voor de wijk Boven- en Benedenbuurt."),
			new Seed("Groen West", "Arnhem", "GM0202", AREAS.get("Groen West"), "https://groenwestarnhem.nl/",
					"Bewonersinitiatief voor een groener en duurzamer Arnhem-West: Heijenoord, Lombok en "
							+ "Klingelbeek-Hoogstede met de Rosandepolder."),
			new Seed("Craneveer", "Arnhem", "GM0202", AREAS.get("Craneveer"), "https://www.duurzaamcraneveer.nl/",
					"Arnhemse wijk Alteveer en 't Cranevelt, samen Craneveer, waar bewoners samen verduurzamen."),
			new Seed("Hoogkamp", "Arnhem", "GM0202", AREAS.get("Hoogkamp"), "https://www.hoogkampenergie.nl/",
					"Arnhemse buurt met het bewonersinitiatief Hoogkamp Energie."),
			new Seed("Energiek Apeldoorn", "Apeldoorn", "GM0200", AREAS.get("Energiek Apeldoorn"),
					"https://www.energiekapeldoorn.nl/", "Netwerk van energie-initiatieven in Apeldoorn."),
			new Seed("Kerschoten", "Apeldoorn", "GM0200", AREAS.get("Kerschoten"),
					"https://www.kerschotenenergieneutraal.nl/",
					"Apeldoornse buurt in de wijk Noord met het initiatief Kerschoten Energieneutraal."),
			new Seed("Loenen op de Veluwe", "Apeldoorn", "GM0200", AREAS.get("Loenen op de Veluwe"),
					"https://loenenopdeveluwe.info/",
					"Dorp in de gemeente Apeldoorn dat werkt aan een duurzame toekomst. De CBS-cijfers gelden voor "
							+ "de wijk Loenen en omgeving."));

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
					new NeighbourhoodDetails(seed.name(), Optional.empty(), seed.municipality(),
							Optional.of(new CbsCode(seed.municipalityCode())), seed.website(), seed.description(),
							null, false, seed.codes().stream().map(CbsCode::new).toList()));
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
