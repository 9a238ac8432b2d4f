package nl.wijkatelier.action;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import nl.wijkatelier.account.RetentionRule;

/**
 * The personal data of ended actions' sign-ups, removed the configured time after the action's last day (see
 * {@link PersonalDataRemoval#removeExpiredPersonalData}); enforced nightly by the account module's retention job.
 */
@Component
class PersonalDataRetention implements RetentionRule {

	private final PersonalDataRemoval removal;
	private final ActionProperties properties;

	PersonalDataRetention(PersonalDataRemoval removal, ActionProperties properties) {
		this.removal = removal;
		this.properties = properties;
	}

	@Override
	public String key() {
		return "actionSignups";
	}

	@Override
	public Duration period() {
		return properties.personalDataRetention();
	}

	@Override
	public int enforce(Instant now) {
		return removal.removeExpiredPersonalData(now, period()).size();
	}
}
