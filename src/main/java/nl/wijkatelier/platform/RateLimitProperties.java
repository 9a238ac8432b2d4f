package nl.wijkatelier.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits per client address ({@code wijkatelier.limits.*}, or environment {@code WIJKATELIER_LIMITS_*}).
 *
 * @param signupsPerMinute sign-ups per address and action in any 60 s; 60 lets a venue where sixty phones share
 *        one Wi-Fi address sign everyone up within a minute, and a sign-up table on one laptop take one a second
 * @param failedJoinsPerMinute atelier join attempts with an unknown code per address in any 60 s; 20 leaves room
 *        for a room full of people mistyping a six-character code, far below what guessing codes needs. Correct
 *        codes are not counted, so a room of any size joins from one address
 * @param addressLookupsPerMinute address lookups (PDOK Locatieserver) per address in any 60 s, by the API and the
 *        forms together; 30 is one every two seconds, more than a sign-up table types, and keeps the server from
 *        being used to query PDOK in bulk
 */
@ConfigurationProperties("wijkatelier.limits")
public record RateLimitProperties(Integer signupsPerMinute, Integer failedJoinsPerMinute,
		Integer addressLookupsPerMinute) {

	public RateLimitProperties {
		signupsPerMinute = signupsPerMinute == null ? 60 : signupsPerMinute;
		failedJoinsPerMinute = failedJoinsPerMinute == null ? 20 : failedJoinsPerMinute;
		addressLookupsPerMinute = addressLookupsPerMinute == null ? 30 : addressLookupsPerMinute;
	}
}
