package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.shared.NotFoundException;

/** Confirms a pending sign-up through the token of its mailed link (actions with e-mail confirmation). */
@Service
public class ConfirmSignup {

	private static final int TOKEN_MAX = 100;

	private final ActionRepository actions;
	private final SignupRepository signups;
	private final HouseholdCounter counter;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	ConfirmSignup(ActionRepository actions, SignupRepository signups, HouseholdCounter counter,
			Optional<Clock> clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.signups = signups;
		this.counter = counter;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * From now on the sign-up counts, and thresholds are judged on the new count under the action's row lock.
	 * Confirming twice changes nothing.
	 *
	 * @return the sign-up; not found when the token is unknown, used, or its sign-up cancelled or voided
	 */
	@Transactional
	public ManagedSignup confirm(String confirmToken) {
		if (confirmToken == null || confirmToken.isBlank() || confirmToken.length() > TOKEN_MAX) {
			throw new NotFoundException("signup", "");
		}
		String hash = SignupSecrets.hash(confirmToken.trim());
		Signup found = signups.findByConfirmTokenHash(hash).orElseThrow(() -> new NotFoundException("signup", ""));
		Action action = actions.findForUpdate(found.actionId().value()).orElseThrow();
		// Read again under the lock: a void or cancel that committed meanwhile has taken the token away.
		Signup signup = signups.findByConfirmTokenHash(hash).orElseThrow(() -> new NotFoundException("signup", ""));
		Instant at = clock.instant();
		if (signup.confirm(at)) {
			counter.count(action, signup, at);
		}
		publisher.publishEvent(ActionChanged.of(action));
		return new ManagedSignup(signup, action);
	}
}
