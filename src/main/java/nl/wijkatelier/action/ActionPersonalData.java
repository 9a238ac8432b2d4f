package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.DataSubject;
import nl.wijkatelier.account.PersonalDataHolder;
import nl.wijkatelier.account.RetentionRule;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.NetworkContactRepository;
import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * What the actions module holds about a person known by their e-mail address: the sign-ups given with it and
 * the network opt-ins. Erasing keeps every sign-up's quantities and status (the households and totals stay),
 * and keeps a network contact's dates (the growth figures stay) but not the address.
 */
@Component
class ActionPersonalData implements PersonalDataHolder {

	private final SignupRepository signups;
	private final NetworkContactRepository network;
	private final ActionRepository actions;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	ActionPersonalData(SignupRepository signups, NetworkContactRepository network, ActionRepository actions,
			Optional<Clock> clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.signups = signups;
		this.network = network;
		this.actions = actions;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public String section() {
		return "actions";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("signups", signups.findByEmailIgnoreCase(subject.email()).stream().map(s -> {
			Map<String, Object> signup = new LinkedHashMap<>();
			signup.put("actionId", s.actionId().toString());
			signup.put("actionTitle", actions.findById(s.actionId().value()).map(Action::title).orElse(""));
			signup.put("status", s.status().name());
			signup.put("quantity", s.quantities());
			signup.put("name", s.name().orElse(null));
			signup.put("email", s.email().orElse(null));
			signup.put("postcode", s.postcode().orElse(null));
			signup.put("houseNumber", s.houseNumber().orElse(null));
			signup.put("followUpConsent", s.followUpConsent());
			signup.put("createdAt", s.createdAt().toString());
			return signup;
		}).toList());
		data.put("networkOptIns", network.findByEmail(subject.email()).stream().map(c -> {
			Map<String, Object> contact = new LinkedHashMap<>();
			contact.put("neighbourhoodId", c.neighbourhoodId().toString());
			contact.put("joinedAt", c.joinedAt().toString());
			contact.put("leftAt", c.leftAt().map(Instant::toString).orElse(null));
			return contact;
		}).toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(DataSubject subject) {
		Instant now = clock.instant();
		signups.findByEmailIgnoreCase(subject.email()).forEach(s -> s.anonymise(now));
		List<NetworkContact> contacts = network.findByEmail(subject.email());
		contacts.forEach(c -> c.forget(now));
		// Leaving makes the network smaller, which the neighbourhood's pages show.
		contacts.stream().map(c -> new NeighbourhoodId(c.neighbourhoodId())).distinct()
				.forEach(n -> publisher.publishEvent(new ActionChanged(n)));
	}

	/** Addresses of people who left the network, removed {@code wijkatelier.action.network-leaver-retention} after. */
	@Component
	static class NetworkLeavers implements RetentionRule {

		private final NetworkContactRepository network;
		private final ActionProperties properties;

		NetworkLeavers(NetworkContactRepository network, ActionProperties properties) {
			this.network = network;
			this.properties = properties;
		}

		@Override
		public String key() {
			return "networkLeavers";
		}

		@Override
		public Duration period() {
			return properties.networkLeaverRetention();
		}

		@Override
		@Transactional
		public int enforce(Instant now) {
			List<NetworkContact> left = network.findLeftBefore(now.minus(period()));
			left.forEach(c -> c.forget(now));
			return left.size();
		}
	}
}
