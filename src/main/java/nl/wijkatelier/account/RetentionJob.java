package nl.wijkatelier.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import nl.wijkatelier.platform.JobLocks;

/**
 * Enforces every {@link RetentionRule} once a night ({@code wijkatelier.retention.cron}, Amsterdam time), on one
 * instance of the application when several share the database ({@link JobLocks}). One rule failing does not stop
 * the others; it is tried again the next night.
 */
@Service
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	/** Held at least this long, so an instance whose clock is up to 5 minutes behind finds the night's run taken. */
	private static final Duration HELD_AT_LEAST = Duration.ofMinutes(5);
	/** Freed after this long if the instance running it died; a night's run takes seconds. */
	private static final Duration HELD_AT_MOST = Duration.ofHours(2);

	private final List<RetentionRule> rules;
	private final JobLocks locks;
	private final Clock clock;

	RetentionJob(List<RetentionRule> rules, JobLocks locks, Optional<Clock> clock) {
		this.rules = rules.stream().sorted(Comparator.comparing(RetentionRule::key)).toList();
		this.locks = locks;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The configured periods by rule key, for the privacy statement. */
	public Map<String, Duration> periods() {
		Map<String, Duration> periods = new LinkedHashMap<>();
		rules.forEach(rule -> periods.put(rule.key(), rule.period()));
		return periods;
	}

	@Scheduled(cron = "${wijkatelier.retention.cron:0 17 3 * * *}", zone = "Europe/Amsterdam")
	void nightly() {
		locks.runExclusively("retention", HELD_AT_LEAST, HELD_AT_MOST, this::run);
	}

	/** Enforces every rule now, on this instance; returns how many records each rule removed or anonymised. */
	public Map<String, Integer> run() {
		Map<String, Integer> removed = new LinkedHashMap<>();
		for (RetentionRule rule : rules) {
			try {
				int count = rule.enforce(clock.instant());
				removed.put(rule.key(), count);
				if (count > 0) {
					log.info("Retention {}: removed or anonymised {} record(s) older than {}", rule.key(), count,
							rule.period());
				}
			}
			catch (RuntimeException ex) {
				log.error("Retention {} failed; tried again next night", rule.key(), ex);
			}
		}
		return removed;
	}
}
