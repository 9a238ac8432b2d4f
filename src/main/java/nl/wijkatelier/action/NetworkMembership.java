package nl.wijkatelier.action;

import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.wijkatelier.action.internal.NetworkContactRepository;

/** A household's place in its neighbourhood network: joined when it opts in to hear of the next action, left when it withdraws. */
@Component
class NetworkMembership {

	private final NetworkContactRepository network;

	NetworkMembership(NetworkContactRepository network) {
		this.network = network;
	}

	/** Adds (or brings back) the sign-up's address to the network when it opted in with an e-mail address. */
	void join(Action action, Signup signup, Instant at) {
		if (!signup.followUpConsent() || signup.email().isEmpty()) {
			return;
		}
		String email = signup.email().get().toLowerCase(Locale.ROOT);
		network.findByNeighbourhoodIdAndEmail(action.neighbourhoodId().value(), email).ifPresentOrElse(
				contact -> contact.rejoin(signup.id(), action.id(), at),
				() -> network.save(new NetworkContact(action.neighbourhoodId().value(), email, signup.id(), action.id(), at)));
	}

	void leave(Signup signup, Instant at) {
		network.findBySignupId(signup.id().value()).forEach(contact -> contact.leave(at));
	}
}
