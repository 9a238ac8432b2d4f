package nl.wijkatelier.action;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionRepository;

/**
 * Cancels a sign-up through its manage link: the household no longer counts. A threshold once reached stays reached
 * (it is not fired again when the count climbs back); the page shows that the count dropped below it.
 */
@Service
public class CancelSignup {

	private final ActionRepository actions;
	private final SignupSecrets secrets;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	CancelSignup(ActionRepository actions, SignupSecrets secrets, Optional<Clock> clock,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.secrets = secrets;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional
	public ManagedSignup cancel(String manageToken) {
		Signup signup = secrets.signup(manageToken);
		Action action = actions.findForUpdate(signup.actionId().value()).orElseThrow();
		if (signup.open()) {
			boolean counted = signup.active();
			signup.cancel(clock.instant());
			if (counted) {
				action.counted(-1);
			}
		}
		publisher.publishEvent(ActionChanged.of(action));
		return new ManagedSignup(signup, action);
	}
}
