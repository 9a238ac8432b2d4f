package nl.wijkatelier.atelier;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.atelier.internal.OwnAnswerRepository;
import nl.wijkatelier.programme.DemoProgrammeSeeded;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.shared.UserId;

/**
 * The demo's answer on its own: the example housing corporation of the Spijkerkwartier answered the four questions
 * for itself and shared the answer, so the neighbourhood's page has something to compare with. Invented, and says
 * so in its text.
 */
@Component
class DemoOwnAnswers {

	static final String PARTY = "Woningcorporatie Voorbeeld Wonen";

	private final OwnAnswerRepository answers;
	private final Clock clock;

	DemoOwnAnswers(OwnAnswerRepository answers, Optional<Clock> clock) {
		this.answers = answers;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	void on(DemoProgrammeSeeded seeded) {
		NeighbourhoodId spijker = seeded.neighbourhood("Spijkerkwartier");
		OwnAnswer answer = new OwnAnswer(spijker, new OwnAnswer.PartyOwner(seeded.party(PARTY)));
		answer.change(new OwnAnswerDraft(
				"(Voorbeeld) Woningen die warm, droog en betaalbaar zijn, in een straat waar bewoners elkaar kennen.",
				Map.of(), "(Voorbeeld) Isoleren en de straat vergroenen als we toch de gevels aanpakken.",
				"(Voorbeeld) Monumentale panden; huurders met een kleine beurs.",
				"(Voorbeeld) Wij plannen de renovatie samen met de gemeente, zodat de straat één keer open gaat.", true),
				Map.of(ThemeCode.ENERGY, 50, ThemeCode.HEALTH, 20, ThemeCode.SOCIAL_COHESION, 20,
						ThemeCode.GREENERY, 10),
				new UserId(new UUID(0, 0)), clock.instant());
		answers.save(answer);
	}
}
