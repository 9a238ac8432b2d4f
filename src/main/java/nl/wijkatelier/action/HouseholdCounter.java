package nl.wijkatelier.action;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.wijkatelier.action.internal.ActionEventRepository;
import nl.wijkatelier.action.internal.ThresholdRepository;

/**
 * Counts a household that now counts (a sign-up stored, or confirmed): the action's count goes up, every
 * threshold it meets for the first time is reached (recorded and published once), and the household joins the
 * network when it opted in. The caller holds the action's row lock, so each threshold is judged on an exact count.
 */
@Component
class HouseholdCounter {

	private final ThresholdRepository thresholds;
	private final ActionEventRepository events;
	private final NetworkMembership network;
	private final ApplicationEventPublisher publisher;

	HouseholdCounter(ThresholdRepository thresholds, ActionEventRepository events, NetworkMembership network,
			ApplicationEventPublisher publisher) {
		this.thresholds = thresholds;
		this.events = events;
		this.network = network;
		this.publisher = publisher;
	}

	void count(Action action, Signup signup, Instant at) {
		action.counted(1);
		for (Threshold threshold : thresholds.findByActionIdOrderByHouseholdsAsc(action.id().value())) {
			boolean again = threshold.withdrawnAt().isPresent();
			if (threshold.reachIfMet(action.households(), at)) {
				events.save(again ? ActionEvent.thresholdReachedAgain(action.id(), threshold, at)
						: ActionEvent.thresholdReached(action.id(), threshold, at));
				publisher.publishEvent(new ThresholdReached(action.id(), action.neighbourhoodId(),
						threshold.households(), threshold.label(), at));
			}
		}
		network.join(action, signup, at);
	}
}
