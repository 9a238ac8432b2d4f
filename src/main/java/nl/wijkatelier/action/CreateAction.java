package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionEventRepository;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.ThresholdRepository;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.shared.UserId;

/** Creates a neighbourhood action from a template, with its thresholds. */
@Service
public class CreateAction {

	private final ActionRepository actions;
	private final ThresholdRepository thresholds;
	private final ActionEventRepository events;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final ActionValidation validation;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	CreateAction(ActionRepository actions, ThresholdRepository thresholds, ActionEventRepository events,
			ProgrammeCatalog catalog, ThemeCatalog themes, ActionValidation validation, Optional<Clock> clock,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.thresholds = thresholds;
		this.events = events;
		this.catalog = catalog;
		this.themes = themes;
		this.validation = validation;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Starts an action after checking every field; the caller has checked that {@code organiser} may organise in
	 * the neighbourhood. Thresholds must have distinct household numbers.
	 */
	@Transactional
	public Action create(NewAction command, Optional<CurrentUser> organiser) {
		return createAt(command, organiser.map(CurrentUser::id), organiser.map(CurrentUser::email), clock.instant());
	}

	/** Checks a new action without storing anything; every violation is reported at once. */
	public void validate(NewAction command) {
		validation.validate(command);
	}

	/** As {@link #create}, for the demo: an organiser address without an account, and a start in the past. */
	@Transactional
	Action createAt(NewAction command, Optional<UserId> organiser, Optional<String> organiserEmail,
			Instant at) {
		validation.validate(command);
		Neighbourhood place = catalog.neighbourhood(command.neighbourhoodId());
		Optional<ActionTemplate> template = ActionTemplate.parse(command.template());
		List<ThemeCode> themeCodes = command.themes().isEmpty()
				? defaultThemes(place, template.orElseThrow())
				: themes.resolve(place.programmeId(), command.themes(), "themes");
		Action action = actions.save(new Action(place.id(), place.programmeId(), template.orElseThrow(),
				command.title().trim(), blankToNull(command.description()), command.startDate(), command.endDate(),
				command.target(), themeCodes, organiser, organiserEmail, command.example(), at));
		action.ruled(command.rules());
		for (NewAction.ThresholdSpec spec : command.thresholds()) {
			thresholds.save(new Threshold(action.id(), spec.households(), spec.label().trim()));
		}
		events.save(ActionEvent.once(action.id(), ActionEvent.Kind.CREATED, 0, null, at));
		publisher.publishEvent(ActionChanged.of(action));
		return action;
	}

	private List<ThemeCode> defaultThemes(Neighbourhood place, ActionTemplate template) {
		Set<ThemeCode> known = new HashSet<>();
		themes.themes(place.programmeId()).forEach(t -> known.add(t.code()));
		return template.defaultThemes().stream().map(ThemeCode::new).filter(known::contains).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
