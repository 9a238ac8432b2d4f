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

/**
 * Enforces every {@link RetentionRule} once a night ({@code wijkatelier.retention.cron}, Amsterdam time). One
 * rule failing does not stop the others; it is tried again the next night.
 */
@Service
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final List<RetentionRule> rules;
	private final Clock clock;

	RetentionJob(List<RetentionRule> rules, Optional<Clock> clock) {
		this.rules = rules.stream().sorted(Comparator.comparing(RetentionRule::key)).toList();
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The configured periods by rule key, for the privacy statement. */
	public Map<String, Duration> periods() {
		Map<String, Duration> periods = new LinkedHashMap<>();
		rules.forEach(rule -> periods.put(rule.key(), rule.period()));
		return periods;
	}

	@Scheduled(cron = "${wijkatelier.retention.cron:0 17 3 * * *}", zone = "Europe/Amsterdam")
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
