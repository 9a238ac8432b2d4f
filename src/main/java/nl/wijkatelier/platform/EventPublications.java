package nl.wijkatelier.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives every reaction of one module to another's event ({@code @ApplicationModuleListener}) another go until it
 * completes. The event publication registry (table {@code event_publication}) keeps a row per event and listener from
 * the publishing transaction on; a listener that throws leaves its row FAILED, and Spring Modulith's staleness check
 * marks rows FAILED that an instance took but never finished (it died, or was stopped mid-way: see
 * {@code spring.modulith.events.staleness.*}). This job resubmits the failed rows, on one instance at a time (through
 * {@link JobLocks}), so several instances over one database never run the same reaction twice at once. Publications
 * are not republished at start-up: with several instances, one that starts would also take up the rows another is
 * still working on.
 */
@Component
class EventPublications {

	private static final Logger LOG = LoggerFactory.getLogger(EventPublications.class);
	private static final Duration HELD_AT_LEAST = Duration.ofSeconds(30);
	private static final Duration HELD_AT_MOST = Duration.ofMinutes(10);

	private final FailedEventPublications failed;
	private final JobLocks locks;
	private final Duration minimumAge;

	/**
	 * @param minimumAge how long a publication has been failed before it is resubmitted (1 minute: a database or mail
	 *        server that is briefly away is back by then, and a listener that keeps failing runs once a minute at most)
	 */
	EventPublications(FailedEventPublications failed, JobLocks locks,
			@Value("${wijkatelier.events.resubmit-after:PT1M}") Duration minimumAge) {
		this.failed = failed;
		this.locks = locks;
		this.minimumAge = minimumAge;
	}

	@Scheduled(fixedDelayString = "${wijkatelier.events.resubmit-interval:PT1M}",
			initialDelayString = "${wijkatelier.events.resubmit-interval:PT1M}")
	void resubmitFailed() {
		locks.runExclusively("event-publications", HELD_AT_LEAST, HELD_AT_MOST, this::resubmit);
	}

	void resubmit() {
		LOG.debug("Resubmitting failed event publications older than {}", minimumAge);
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(minimumAge));
	}
}
