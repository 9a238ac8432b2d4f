package nl.wijkatelier.action;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.NetworkContactRepository;
import nl.wijkatelier.action.internal.SignupRepository;

/** Deletes a sign-up through its manage link, with what came with it (its network opt-in). */
@Service
public class DeleteSignup {

	private final ActionRepository actions;
	private final SignupRepository signups;
	private final NetworkContactRepository network;
	private final SignupSecrets secrets;
	private final ApplicationEventPublisher publisher;

	DeleteSignup(ActionRepository actions, SignupRepository signups, NetworkContactRepository network,
			SignupSecrets secrets, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.signups = signups;
		this.network = network;
		this.secrets = secrets;
	}

	/** An active sign-up stops counting first. */
	@Transactional
	public void delete(String manageToken) {
		Signup signup = secrets.signup(manageToken);
		Action action = actions.findForUpdate(signup.actionId().value()).orElseThrow();
		if (signup.active()) {
			action.counted(-1);
		}
		network.deleteAll(network.findBySignupId(signup.id().value()));
		signups.delete(signup);
		publisher.publishEvent(ActionChanged.of(action));
	}
}
