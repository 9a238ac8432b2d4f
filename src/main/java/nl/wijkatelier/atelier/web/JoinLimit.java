package nl.wijkatelier.atelier.web;

import java.time.Duration;

import org.springframework.stereotype.Component;

import nl.wijkatelier.platform.RateLimitProperties;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.platform.RateLimiter;

/**
 * Join attempts with a wrong code per client address ({@code wijkatelier.limits.failed-joins-per-minute}), for the
 * API and the join page alike. Only wrong codes count, so a room of any size joins from one Wi-Fi address; once
 * an address is over the limit every join from it waits, also one with a right code, or a guesser could tell a
 * hit from the answer.
 */
@Component
class JoinLimit {

	private static final Duration WINDOW = Duration.ofMinutes(1);
	private static final String BUCKET = "failed-join";

	private final RateLimiter limiter;
	private final RateLimitProperties properties;

	JoinLimit(RateLimiter limiter, RateLimitProperties properties) {
		this.limiter = limiter;
		this.properties = properties;
	}

	/** Throws {@link RateLimitedException} when this address tried too many wrong codes within the minute. */
	void check(String address) {
		RateLimiter.Decision decision = limiter.check(BUCKET, address, properties.failedJoinsPerMinute(), WINDOW);
		if (!decision.allowed()) {
			throw new RateLimitedException("error.atelier.joins.rateLimited", decision.retryAfterSeconds());
		}
	}

	void failed(String address) {
		limiter.record(BUCKET, address);
	}
}
