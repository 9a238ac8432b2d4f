package nl.wijkatelier.account;

import java.time.Duration;
import java.time.Instant;

/**
 * A kind of personal data with a configured retention period, removed by the nightly {@link RetentionJob}. A
 * module adds a bean per kind; the privacy statement lists them all with their periods
 * ({@code retention.<key>} and {@code retention.<key>.after} in the message bundles say what and from when).
 */
public interface RetentionRule {

	/** Stable and unique, e.g. {@code invitations}; also the message key suffix. */
	String key();

	Duration period();

	/**
	 * Removes or anonymises what has been kept longer than {@link #period()} at {@code now}; runs in its own
	 * transaction.
	 *
	 * @return how many records were removed or anonymised
	 */
	int enforce(Instant now);
}
