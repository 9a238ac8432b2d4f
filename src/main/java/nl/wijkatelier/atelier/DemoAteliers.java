package nl.wijkatelier.atelier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.atelier.internal.ContributionRepository;
import nl.wijkatelier.atelier.internal.ParticipantRepository;
import nl.wijkatelier.atelier.internal.Support;
import nl.wijkatelier.atelier.internal.SupportRepository;
import nl.wijkatelier.atelier.internal.Weight;
import nl.wijkatelier.atelier.internal.WeightRepository;
import nl.wijkatelier.programme.DemoProgrammeSeeded;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

/**
 * The demo's ateliers: the seed report's knowledge atelier of 17 May 2021, entered as the report states it
 * (34 participants as a number, its insights, tips and links), and one finished example atelier in the
 * Spijkerkwartier with invented participants, marked as an example.
 */
@Component
class DemoAteliers {

	static final String KNOWLEDGE_TITLE = "Kennisatelier Integrale duurzame wijkontwikkeling";
	static final String EXAMPLE_TITLE = "Wijkatelier Spijkerkwartier: samen een beeld vormen";

	/** The seed report, paragraph by paragraph (seed/000_84e4e83bc7020727.txt). */
	static final List<String> SEED_INSIGHTS = List.of(
			"Een toekomstbestendige wijk behelst meer dan 'van het gas af'. Het gaat ook over groen, sociale samenhang, "
					+ "werkgelegenheid, infrastructuur, veiligheid en gezondheid. Er zijn raakvlakken tussen ruimtelijke "
					+ "kwaliteit, leefomgeving, sociale ontwikkeling en bij sommige van de wijken uit het programma zien we "
					+ "mooie voorbeelden. Een groenere wijk levert biodiversiteit op, winst voor klimaatadaptatie, koelte, "
					+ "wateropvang.",
			"Vanuit het standpunt van een gemeente kan het slim zijn om opgaven te koppelen en bundelen. Zo kan je "
					+ "budgetten slim combineren en beter inzetten, kan het efficiënt zijn om qua timing verschillende "
					+ "opgaven af te stemmen en worden plannen kwalitatief beter.",
			"Er zijn ook risico's: het kan vertragen en de zaken extra complex maken. Er zijn soms problemen met "
					+ "verschillende potjes en bestuurders die elkaar soms voor de voeten lopen. Samenwerken kan lastig zijn.",
			"Binnen een wijk zijn er vaak zaken die je laagdrempelig al op kan pakken. Hiermee kan je buurtgenoten "
					+ "activeren en een begin maken met een duurzaam contact. Denk bijvoorbeeld aan gezamenlijke "
					+ "vergroeningsacties, het loskoppelen van regenpijpen of samen intekenen op energiebespaar pakketten.");

	static final List<String> SEED_TIPS = List.of(
			"Begin met samen helder maken wat je onder \"integrale duurzame ontwikkeling\" verstaat. Ook als je integraal "
					+ "wil werken, kunnen er vele verschillende perspectieven een rol spelen. Maak expliciet wat je eronder "
					+ "verstaat.",
			"Als je bestuurders en hun budgetten wil koppelen: kijk waar de meerwaarde zit. Wat is de samenhang en hoe "
					+ "werkt het samenspel? Denk met een open mind en spoor de kansen op die je misschien over het hoofd ziet.",
			"Gemeente en eventueel woningcorporatie hebben ook een belangrijke rol.",
			"Betrek bewoners, zij weten wat er speelt.");

	static final List<String> SEED_LINKS = List.of("https://www.hetkanwel.nl/", "https://steenbreek.nl/",
			"https://www.verbeterjehuis.nl/", "https://www.duurzaamthuis.nl/", "https://www.mijnbuurtje.nl/",
			"https://www.eentegeneenzaamheid.nl/", "https://www.thepollinators.org/nationale-zaaidag",
			"https://nudge.nl/", "https://www.buurkracht.nl/", "https://duurzaamhengstdal.nl/",
			"https://mijnspijkerkwartier.nl/pagina/spijkerenergie", "https://www.benedenbuurtwageningen.nl/",
			"https://groenwestarnhem.nl/", "https://www.duurzaamcraneveer.nl/", "https://www.hoogkampenergie.nl/",
			"https://www.energiekapeldoorn.nl/", "https://www.kerschotenenergieneutraal.nl/",
			"https://loenenopdeveluwe.info/");

	static final List<Speaker> SEED_SPEAKERS = List.of(
			new Speaker("Jacco Rodenburg", "clustercoördinator transitie gebouwde omgeving"),
			new Speaker("Petra Hofman", "programma manager Wijk van de Toekomst"),
			new Speaker("Kim Verschuren", "procesbegeleider en communicatiestrategus bij Wijk van de Toekomst"));

	private final Ateliers ateliers;
	private final ParticipantRepository participants;
	private final ContributionRepository contributions;
	private final SupportRepository supports;
	private final WeightRepository weights;
	private final Clock clock;

	DemoAteliers(Ateliers ateliers, ParticipantRepository participants, ContributionRepository contributions,
			SupportRepository supports, WeightRepository weights, Optional<Clock> clock) {
		this.ateliers = ateliers;
		this.participants = participants;
		this.contributions = contributions;
		this.supports = supports;
		this.weights = weights;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	void on(DemoProgrammeSeeded seeded) {
		Atelier knowledge = ateliers.seed(seeded.programme(), Optional.empty(), KNOWLEDGE_TITLE,
				LocalDate.of(2021, 5, 17), "Integrale Duurzame Wijkontwikkeling", ThemeCode.DEFAULTS, SEED_SPEAKERS,
				SEED_LINKS, false);
		knowledge.recordReport(34, SEED_INSIGHTS, SEED_TIPS, clock.instant());
		ateliers.announce(knowledge);
		seedExample(seeded);
	}

	private void seedExample(DemoProgrammeSeeded seeded) {
		Atelier atelier = ateliers.seed(seeded.programme(), Optional.of(seeded.neighbourhood("Spijkerkwartier")),
				EXAMPLE_TITLE, LocalDate.of(2021, 10, 4), "Integrale duurzame wijkontwikkeling in het Spijkerkwartier",
				List.of(ThemeCode.ENERGY, ThemeCode.GREENERY, ThemeCode.CLIMATE_ADAPTATION, ThemeCode.SOCIAL_COHESION),
				List.of(new Speaker("Wijkteam Spijkerkwartier", "begeleiding (voorbeeld)")),
				List.of("https://mijnspijkerkwartier.nl/pagina/spijkerenergie", "https://steenbreek.nl/"), true);
		atelier.open();
		Instant start = clock.instant();
		Map<String, Participant> people = new HashMap<>();
		person(atelier, people, "Anna", PartyType.RESIDENT, false, start,
				"GREENERY=30,SOCIAL_COHESION=25,CLIMATE_ADAPTATION=20,ENERGY=15,HEALTH=10");
		person(atelier, people, "Bram", PartyType.RESIDENT, true, start,
				"GREENERY=25,SOCIAL_COHESION=30,CLIMATE_ADAPTATION=15,ENERGY=10,SAFETY=10,HEALTH=10");
		person(atelier, people, "Chantal", PartyType.RESIDENT, false, start,
				"GREENERY=30,BIODIVERSITY=20,SOCIAL_COHESION=20,ENERGY=20,HEALTH=10");
		person(atelier, people, "Dirk", PartyType.MUNICIPALITY, false, start,
				"ENERGY=40,INFRASTRUCTURE=25,CLIMATE_ADAPTATION=20,GREENERY=10,SOCIAL_COHESION=5");
		person(atelier, people, "Esra", PartyType.MUNICIPALITY, false, start,
				"ENERGY=35,CLIMATE_ADAPTATION=25,INFRASTRUCTURE=20,GREENERY=10,EMPLOYMENT=10");
		person(atelier, people, "Frank", PartyType.HOUSING_CORPORATION, false, start,
				"ENERGY=45,HEALTH=20,SOCIAL_COHESION=15,SAFETY=10,GREENERY=10");
		person(atelier, people, "Gerda", PartyType.ENERGY_COMPANY, false, start,
				"ENERGY=50,EMPLOYMENT=20,INFRASTRUCTURE=20,SOCIAL_COHESION=10");
		person(atelier, people, "Hans", PartyType.WATER_BOARD, false, start,
				"CLIMATE_ADAPTATION=50,GREENERY=20,BIODIVERSITY=15,INFRASTRUCTURE=15");

		int[] minute = { 0 };
		Map<String, Contribution> said = new HashMap<>();
		record Line(String key, String who, int question, ContributionKind kind, String text, String themes) {
		}
		List<Line> lines = List.of(
				new Line("gas", "Anna", 1, null, "Niet alleen van het gas af, maar een groene wijk waar je elkaar kent.",
						"GREENERY,SOCIAL_COHESION,ENERGY"),
				new Line("samenhang", "Dirk", 1, null,
						"Opgaven in de openbare ruimte in samenhang aanpakken: riolering, groen en warmte in één keer.",
						"INFRASTRUCTURE,CLIMATE_ADAPTATION,ENERGY"),
				new Line("riool", "Bram", 2, ContributionKind.OPPORTUNITY,
						"Bij de rioolvervanging meteen de straten vergroenen en regenpijpen afkoppelen.",
						"CLIMATE_ADAPTATION,GREENERY,INFRASTRUCTURE"),
				new Line("tegels", "Chantal", 2, ContributionKind.OPPORTUNITY,
						"Samen tegels eruit en geveltuinen aanleggen: laagdrempelig, en je leert je buren kennen.",
						"GREENERY,SOCIAL_COHESION,BIODIVERSITY"),
				new Line("zon", "Gerda", 2, ContributionKind.OPPORTUNITY,
						"Collectieve inkoop van zonnepanelen via SpijkerEnergie.", "ENERGY"),
				new Line("monument", "Frank", 2, ContributionKind.CHALLENGE,
						"De monumentale panden zijn lastig te isoleren.", "ENERGY"),
				new Line("potjes", "Esra", 2, ContributionKind.CHALLENGE,
						"Budgetten voor riolering en groen zitten in verschillende potjes, bij verschillende wethouders.",
						"INFRASTRUCTURE,GREENERY"),
				new Line("warmtepomp", "Anna", 2, ContributionKind.TOUGH_QUESTION,
						"Wie betaalt de warmtepomp voor huurders en eigenaren met een kleine beurs?",
						"ENERGY,SOCIAL_COHESION"),
				new Line("hoosbui", "Hans", 2, ContributionKind.TOUGH_QUESTION,
						"Hoe houden we het regenwater bij hoosbuien vast in een dichtbebouwde wijk?",
						"CLIMATE_ADAPTATION"),
				new Line("tijdlijn", "Dirk", 3, null,
						"Ik leg de planning van riolering, wegonderhoud en warmtetransitie op één tijdlijn naast elkaar.",
						"INFRASTRUCTURE,ENERGY"),
				new Line("renovatie", "Frank", 3, null,
						"Wij plannen de renovatie van onze woningen zo dat de straat maar één keer open hoeft.",
						"ENERGY,INFRASTRUCTURE"),
				new Line("tegelwip", "Anna", 3, null,
						"Ik organiseer met de buren een tegelwipactie en een avond over isoleren.",
						"GREENERY,SOCIAL_COHESION,ENERGY"),
				new Line("scan", "Gerda", 3, null,
						"Wij bieden energiescans aan en koppelen die aan de collectieve inkoop.", "ENERGY"),
				new Line("klein", "Chantal", 4, null,
						"Begin klein en zichtbaar: een geveltuin zet meer buren in beweging dan een plan.",
						"GREENERY,SOCIAL_COHESION"),
				new Line("naast", "Esra", 4, null,
						"Leg de potjes van de verschillende afdelingen vroeg naast elkaar.", "INFRASTRUCTURE"));
		for (Line line : lines) {
			Participant who = people.get(line.who());
			said.put(line.key(), contributions.save(new Contribution(atelier.id(), who.id(), line.question(),
					Optional.ofNullable(line.kind()), line.text(),
					List.of(line.themes().split(",")).stream().map(ThemeCode::new).toList(),
					start.plus(Duration.ofMinutes(++minute[0])))));
		}
		Map<String, List<String>> supportedBy = Map.of("riool", List.of("Anna", "Chantal", "Dirk", "Esra", "Hans"),
				"tegels", List.of("Anna", "Bram", "Frank"), "zon", List.of("Frank"),
				"warmtepomp", List.of("Bram", "Chantal", "Frank", "Gerda"), "potjes", List.of("Dirk", "Hans"),
				"hoosbui", List.of("Esra"), "klein", List.of("Anna", "Hans"));
		supportedBy.forEach((key, names) -> names.forEach(name -> {
			Participant p = people.get(name);
			p.useVote(Integer.MAX_VALUE);
			supports.save(new Support(said.get(key).id().value(), p.id().value(), atelier.id().value(), start));
		}));
		atelier.close();
		atelier.publish("Dit is een voorbeeld. Bewoners wegen groen en sociale samenhang zwaarder dan de gemeente, "
				+ "die energie en infrastructuur voorop zet. De kans die de meeste steun kreeg: de rioolvervanging "
				+ "gebruiken om de straten te vergroenen en regenpijpen af te koppelen.", clock.instant());
		ateliers.announce(atelier);
	}

	private void person(Atelier atelier, Map<String, Participant> people, String name, PartyType type,
			boolean anonymous, Instant joined, String points) {
		Participant participant = participants.save(new Participant(atelier.id(), name + " (voorbeeld)", type,
				anonymous, Participation.hash("demo-" + UUID.randomUUID()), joined));
		for (String pair : points.split(",")) {
			String[] parts = pair.split("=");
			weights.save(new Weight(participant.id().value(), parts[0], atelier.id().value(),
					Integer.parseInt(parts[1])));
		}
		people.put(name, participant);
	}
}
