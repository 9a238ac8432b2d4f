package nl.wijkatelier.action;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes the personal data of ended actions once a night (see {@link Actions#removeExpiredPersonalData}). */
@Component
class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private final Actions actions;
	private final ActionProperties properties;
	private final Clock clock;

	PersonalDataRetention(Actions actions, ActionProperties properties, Optional<Clock> clock) {
		this.actions = actions;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(cron = "${wijkatelier.action.retention-cron:0 17 3 * * *}", zone = "Europe/Amsterdam")
	void run() {
		List<ActionId> cleaned = actions.removeExpiredPersonalData(clock.instant(), properties.personalDataRetention());
		if (!cleaned.isEmpty()) {
			log.info("Removed the personal data of {} ended action(s)", cleaned.size());
		}
	}
}
