package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

	/** A clock the test moves by hand. */
	static final class ManualClock extends Clock {
		Instant now = Instant.parse("2026-11-29T12:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void refusesAnAddressAtItsLimitUntilTheOldestFailureLeavesTheWindow() {
		ManualClock clock = new ManualClock();
		LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Properties(3, Duration.ofMinutes(15)), clock);
		throttle.failed("192.0.2.1");
		clock.now = clock.now.plusSeconds(60);
		throttle.failed("192.0.2.1");
		throttle.failed("192.0.2.1");
		assertThat(throttle.allows("192.0.2.1")).isFalse();
		assertThat(throttle.allows("192.0.2.2")).as("other addresses are not affected").isTrue();
		assertThat(throttle.retryAfterSeconds("192.0.2.1")).isEqualTo(14 * 60);

		clock.now = clock.now.plus(Duration.ofMinutes(14));
		assertThat(throttle.allows("192.0.2.1")).as("the first failure has left the window").isTrue();
		throttle.failed("192.0.2.1");
		assertThat(throttle.allows("192.0.2.1")).isFalse();
		clock.now = clock.now.plus(Duration.ofMinutes(15));
		assertThat(throttle.allows("192.0.2.1")).isTrue();
		assertThat(throttle.retryAfterSeconds("192.0.2.1")).isZero();
	}

	@Test
	void defaultsAreTwentyFailuresInFifteenMinutes() {
		LoginThrottle.Properties defaults = new LoginThrottle.Properties(null, null);
		assertThat(defaults.maxFailures()).isEqualTo(20);
		assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(15));
	}
}
