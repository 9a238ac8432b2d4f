package nl.wijkatelier.action.web;

import java.time.Duration;

import org.springframework.stereotype.Component;

import nl.wijkatelier.action.ActionId;
import nl.wijkatelier.platform.RateLimitProperties;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.platform.RateLimiter;

/**
 * Sign-ups per client address and action ({@code wijkatelier.limits.signups-per-minute}), for the API and the
 * form alike. Every attempt counts, also one refused for its input or answered as a repeat: the limit is on what
 * one address sends, generous enough for a venue where sixty phones share one Wi-Fi address.
 */
@Component
class SignupLimit {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final RateLimiter limiter;
	private final RateLimitProperties properties;

	SignupLimit(RateLimiter limiter, RateLimitProperties properties) {
		this.limiter = limiter;
		this.properties = properties;
	}

	/** Counts one sign-up attempt; throws {@link RateLimitedException} when the address is over its limit. */
	void count(ActionId action, String address) {
		RateLimiter.Decision decision = limiter.hit("signup:" + action, address, properties.signupsPerMinute(), WINDOW);
		if (!decision.allowed()) {
			throw new RateLimitedException("error.action.signups.rateLimited", decision.retryAfterSeconds());
		}
	}
}
