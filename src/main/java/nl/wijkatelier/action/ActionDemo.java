package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.programme.DemoProgrammeSeeded;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Running example actions for the demo programme, with example sign-ups spread over the past weeks so progress,
 * thresholds, impact, the network and the leaderboard show something. All of it is marked as an example; the
 * households and their addresses are invented ({@code example.org}).
 */
@Component
class ActionDemo {

	/** The invented organiser of the example actions; their threshold notifications land in the mail catcher. */
	static final String ORGANISER = "wijkteam-voorbeeld@example.org";

	private final CreateAction createAction;
	private final SignUp signUp;
	private final ActionNetwork network;
	private final Mails mails;
	private final Clock clock;

	ActionDemo(CreateAction createAction, SignUp signUp, ActionNetwork network, Mails mails, Optional<Clock> clock) {
		this.createAction = createAction;
		this.signUp = signUp;
		this.network = network;
		this.mails = mails;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	private Action create(NewAction command) {
		Instant start = command.startDate().atStartOfDay(Action.ZONE).toInstant();
		return createAction.createAt(command, Optional.empty(), Optional.of(ORGANISER), start);
	}

	@EventListener
	void on(DemoProgrammeSeeded seeded) {
		LocalDate today = clock.instant().atZone(Action.ZONE).toLocalDate();
		Random random = new Random(20210517);
		NeighbourhoodId spijker = seeded.neighbourhood("Spijkerkwartier");
		NeighbourhoodId kerschoten = seeded.neighbourhood("Kerschoten");

		Action tiles = create(new NewAction(spijker, "TILE_REMOVAL", "Tegelwippen in het Spijkerkwartier",
				"Haal tegels uit je tuin of stoep en maak er groen van. De gemeente haalt de tegels op.",
				today.minusDays(42), today.plusDays(30), 60,
				List.of(new NewAction.ThresholdSpec(10, "Gratis zakken zand en plantjes"),
						new NewAction.ThresholdSpec(25, "De tegeltaxi haalt de tegels op"),
						new NewAction.ThresholdSpec(50, "Buurtfeest met de wethouder")),
				List.of(), true));
		signUps(tiles, 31, today, random, (r, i) -> Map.of("tiles", 20 + r.nextInt(120), "squareMetres", r.nextInt(4)));

		Action insulation = create(new NewAction(kerschoten, "COLLECTIVE_PURCHASE",
				"Samen isoleren in Kerschoten",
				"Meld je aan voor de collectieve inkoop van spouwmuur-, dak- en vloerisolatie en zonnepanelen. Hoe meer"
						+ " huishoudens, hoe hoger de korting.",
				today.minusDays(35), today.plusDays(45), 60,
				List.of(new NewAction.ThresholdSpec(15, "Offerte van een installateur voor iedereen"),
						new NewAction.ThresholdSpec(30, "10% groepskorting"),
						new NewAction.ThresholdSpec(60, "15% groepskorting")),
				List.of(), true));
		signUps(insulation, 22, today, random, (r, i) -> Map.of("cavityWall", r.nextInt(2), "roofInsulation", 1,
				"floorInsulation", r.nextInt(2), "solarPanels", r.nextInt(3) == 0 ? 0 : 6 + r.nextInt(8)));

		Action kerschotenTiles = create(new NewAction(kerschoten, "TILE_REMOVAL", "Tegels eruit in Kerschoten",
				"Vervang tegels door planten: goed tegen hitte en wateroverlast.", today.minusDays(20),
				today.plusDays(40), 30, List.of(new NewAction.ThresholdSpec(20, "De gemeente levert gratis plantjes")),
				List.of(), true));
		signUps(kerschotenTiles, 9, today, random, (r, i) -> Map.of("tiles", 10 + r.nextInt(60), "squareMetres", 0));
		// Only into the catcher: the example addresses (example.org) must never reach a real mail server.
		if (mails.catching()) {
			network.invite(kerschotenTiles.id(), Locale.forLanguageTag("nl"));
		}
	}

	interface Quantities {
		Map<String, Integer> of(Random random, int index);
	}

	private void signUps(Action action, int count, LocalDate today, Random random, Quantities quantities) {
		Instant start = action.startDate().orElse(today).atStartOfDay(Action.ZONE).toInstant();
		Duration span = Duration.between(start, clock.instant());
		boolean contact = action.template().contact().needsContact();
		for (int i = 0; i < count; i++) {
			Instant at = start.plus(span.multipliedBy(i + 1).dividedBy(count + 1));
			boolean followUp = random.nextInt(3) > 0;
			String email = "voorbeeld-" + action.id().toString().substring(0, 4) + "-" + i + "@example.org";
			SignupDetails details = new SignupDetails(quantities.of(random, i),
					contact ? Optional.of("Voorbeeldhuishouden " + (i + 1)) : Optional.empty(),
					contact || followUp ? Optional.of(email) : Optional.empty(),
					contact ? Optional.of("73" + (10 + random.nextInt(80)) + " AB") : Optional.empty(),
					contact ? Optional.of(String.valueOf(1 + random.nextInt(120))) : Optional.empty(), followUp);
			signUp.signUpAt(action.id(), Optional.of("demo-household-" + i), details, at);
		}
	}
}
