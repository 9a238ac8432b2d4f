package nl.wijkatelier.action;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;

/** Changes what a household gives, through its manage link; allowed while the action is open and the sign-up active. */
@Service
public class ChangeSignup {

	private final ActionRepository actions;
	private final SignupRepository signups;
	private final SignupSecrets secrets;
	private final NetworkMembership network;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	ChangeSignup(ActionRepository actions, SignupRepository signups, SignupSecrets secrets, NetworkMembership network,
			Optional<Clock> clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.signups = signups;
		this.secrets = secrets;
		this.network = network;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional
	public ManagedSignup change(String manageToken, SignupDetails details) {
		Signup signup = secrets.signup(manageToken);
		Action action = actions.findForUpdate(signup.actionId().value()).orElseThrow();
		if (!signup.open()) {
			throw new ConflictException(signup.status() == Signup.Status.VOIDED ? "error.action.signupVoided"
					: "error.action.signupCancelled");
		}
		if (!action.openAt(clock.instant())) {
			throw new ConflictException("error.action.closed");
		}
		SignupRules rules = new SignupRules(action.rules().onePerAddress(), false);
		SignupDetails kept = SignupValidation.checked(action.template(), rules, details);
		Optional<String> addressKey = secrets.addressKey(action, details);
		if (addressKey.isPresent()
				&& signups.existsByActionIdAndAddressKeyAndIdNot(action.id().value(), addressKey.get(), signup.id().value())) {
			throw new InvalidInputException("household.houseNumber", "error.action.address.taken");
		}
		if (addressKey.isPresent()) {
			signup.holdAddress(addressKey);
		}
		boolean wasInNetwork = signup.followUpConsent();
		signup.apply(kept, clock.instant());
		if (kept.followUpConsent()) {
			network.join(action, signup, clock.instant());
		}
		else if (wasInNetwork) {
			network.leave(signup, clock.instant());
		}
		publisher.publishEvent(ActionChanged.of(action));
		return new ManagedSignup(signup, action);
	}
}
