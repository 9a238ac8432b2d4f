package nl.wijkatelier.action;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionEventRepository;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.SignupRepository;

/** The retention of sign-ups' personal data: removed once an action is long enough over ({@link PersonalDataRetention}). */
@Service
public class PersonalDataRemoval {

	private final ActionRepository actions;
	private final SignupRepository signups;
	private final ActionEventRepository events;
	private final ApplicationEventPublisher publisher;

	PersonalDataRemoval(ActionRepository actions, SignupRepository signups, ActionEventRepository events,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.signups = signups;
		this.events = events;
	}

	/**
	 * Removes the personal data of every action whose last day ended at least {@code retention} before
	 * {@code now}: sign-ups keep their quantities, anonymous. Opt-ins to the neighbourhood network stay (that
	 * is what they were given for) until withdrawn.
	 *
	 * @return the actions cleaned
	 */
	@Transactional
	public List<ActionId> removeExpiredPersonalData(Instant now, Duration retention) {
		LocalDate lastDayEndedBefore = now.minus(retention).atZone(Action.ZONE).toLocalDate();
		List<ActionId> cleaned = new ArrayList<>();
		for (Action candidate : actions.findEndedBeforeWithPersonalData(lastDayEndedBefore)) {
			Instant due = candidate.endedAt().orElseThrow().plus(retention);
			if (due.isAfter(now)) {
				continue;
			}
			Action action = actions.findForUpdate(candidate.id().value()).orElseThrow();
			signups.findByActionId(action.id().value()).forEach(s -> s.anonymise(now));
			action.personalDataRemoved(now);
			events.save(ActionEvent.once(action.id(), ActionEvent.Kind.PERSONAL_DATA_REMOVED, action.households(),
					null, now));
			publisher.publishEvent(ActionChanged.of(action));
			cleaned.add(action.id());
		}
		return cleaned;
	}
}
