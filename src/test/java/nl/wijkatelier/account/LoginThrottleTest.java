package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatelier.shared.ClientAddresses;
import nl.wijkatelier.support.MigratedDatabase;

/**
 * The throttle over its table, on a fresh in-memory H2 database with the application's migrations (no Spring
 * context); {@link LoginThrottleOnPostgresTest} runs the same on PostgreSQL. Every test uses addresses of its own,
 * so runs on a shared database do not see each other's failures.
 */
class LoginThrottleTest {

	JdbcClient jdbc;
	String first;
	String second;

	/** A database with the application's schema; the PostgreSQL subclass points it at a real server. */
	DataSource database() {
		return MigratedDatabase.h2();
	}

	@BeforeEach
	void migrate() {
		jdbc = JdbcClient.create(database());
		String run = String.format("%08x", UUID.randomUUID().getMostSignificantBits() & 0xffff_ffffL);
		// two /64 networks of their own: an IPv6 client counts per /64
		first = "2001:db8:" + run.substring(0, 4) + ":" + run.substring(4) + "::1";
		second = "2001:db9:" + run.substring(0, 4) + ":" + run.substring(4) + "::1";
	}

	/** A clock the test moves by hand. */
	static final class ManualClock extends Clock {
		Instant now = Instant.parse("2026-11-29T12:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
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
		LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Properties(3, Duration.ofMinutes(15), null, null, null), jdbc, clock);
		throttle.failed(first);
		clock.now = clock.now.plusSeconds(60);
		throttle.failed(first);
		throttle.failed(first);
		assertThat(throttle.allows(first)).isFalse();
		assertThat(throttle.allows(second)).as("other addresses are not affected").isTrue();
		assertThat(throttle.retryAfterSeconds(first)).isEqualTo(14 * 60);

		clock.now = clock.now.plus(Duration.ofMinutes(14));
		assertThat(throttle.allows(first)).as("the first failure has left the window").isTrue();
		throttle.failed(first);
		assertThat(throttle.allows(first)).isFalse();
		clock.now = clock.now.plus(Duration.ofMinutes(15));
		assertThat(throttle.allows(first)).isTrue();
		assertThat(throttle.retryAfterSeconds(first)).isZero();
	}

	@Test
	void twoInstancesCountTheSameFailures() {
		ManualClock clock = new ManualClock();
		LoginThrottle.Properties properties = new LoginThrottle.Properties(4, Duration.ofMinutes(15), null, null, null);
		LoginThrottle a = new LoginThrottle(properties, jdbc, clock);
		LoginThrottle b = new LoginThrottle(properties, jdbc, clock);
		a.failed(first);
		b.failed(first);
		a.failed(first);
		assertThat(b.allows(first)).isTrue();
		b.failed(first);
		assertThat(a.allows(first)).as("two failures on each instance reach the limit of four").isFalse();
		assertThat(b.allows(first)).isFalse();
	}

	@Test
	void forgettingRemovesOnlyFailuresThatLeftTheWindow() {
		ManualClock clock = new ManualClock();
		LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Properties(2, Duration.ofMinutes(15), null, null, null), jdbc, clock);
		throttle.failed(first);
		clock.now = clock.now.plus(Duration.ofMinutes(10));
		throttle.failed(first);
		throttle.failed(second);
		clock.now = clock.now.plus(Duration.ofMinutes(10));

		int removed = throttle.forget(clock.now.minus(throttle.window()));

		assertThat(removed).isGreaterThanOrEqualTo(1);
		assertThat(count(first)).as("the failure 20 minutes ago is gone, the one 10 minutes ago stays").isEqualTo(1);
		assertThat(count(second)).isEqualTo(1);
		assertThat(throttle.allows(first)).isTrue();
	}

	private long count(String address) {
		return jdbc.sql("select count(*) from login_failure where address = ?").param(ClientAddresses.countingKey(address))
				.query(Long.class).single();
	}

	/**
	 * A client with a whole /64 (what a household or phone gets) cannot spread its failures over its 2^64 addresses:
	 * they count for the network, both per address and per address and account; a neighbouring /64 is not affected.
	 */
	@Test
	void countsAnIpv6ClientPerSlash64() {
		ManualClock clock = new ManualClock();
		LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Properties(3, Duration.ofMinutes(15), 1,
				Duration.ofSeconds(10), 10), jdbc, clock);
		String network = first.substring(0, first.length() - "::1".length());
		throttle.failed(network + ":1:2:3:4", "owner@example.nl");
		throttle.failed(network + ":ffff:ffff:ffff:ffff", "owner@example.nl");
		throttle.failed(network + "::abcd", "owner@example.nl");

		assertThat(throttle.allows(network + ":9:9:9:9")).as("any address of the /64").isFalse();
		assertThat(throttle.retryAfterSeconds(network + ":5:5:5:5", "owner@example.nl")).isEqualTo(40);
		assertThat(throttle.allows(second)).as("another /64").isTrue();
		assertThat(throttle.retryAfterSeconds(second, "owner@example.nl")).isZero();
		assertThat(count(first)).isEqualTo(3);
	}

	@Test
	void defaultsAreTwentyFailuresInFifteenMinutes() {
		LoginThrottle.Properties defaults = new LoginThrottle.Properties(null, null, null, null, null);
		assertThat(defaults.maxFailures()).isEqualTo(20);
		assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(15));
		assertThat(defaults.accountFreeFailures()).isEqualTo(3);
		assertThat(defaults.accountFirstDelay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(defaults.accountMaxFailures()).isEqualTo(10);
	}

	/**
	 * Per address and account, with the defaults: three free failures, then waits of 1, 2, 4 ... 64 s after the 4th
	 * to the 10th, then the pair is refused until the oldest failure leaves the quarter hour. Another address, and
	 * the same address with another account, are not affected; an unknown e-mail address is treated exactly alike.
	 */
	@Test
	void slowsDownAnAddressAndAccountProgressivelyThenLocksOnlyThatPair() {
		ManualClock clock = new ManualClock();
		LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Properties(null, null, null, null, null), jdbc,
				clock);
		Instant start = clock.now;
		long[] waits = new long[10];
		for (int i = 0; i < 10; i++) {
			throttle.failed(first, "Owner@Example.nl");
			waits[i] = throttle.retryAfterSeconds(first, "owner@example.nl");
			clock.now = clock.now.plusSeconds(waits[i]);
		}
		assertThat(waits).as("after each failure, the seconds until the next attempt")
				.containsExactly(0, 0, 1, 2, 4, 8, 16, 32, 64, 15 * 60 - 127);
		assertThat(throttle.retryAfterSeconds(second, "owner@example.nl")).as("another address").isZero();
		assertThat(throttle.retryAfterSeconds(first, "someone-else@example.nl")).as("another account").isZero();
		assertThat(throttle.allows(first)).as("ten failures are below the address limit").isTrue();

		clock.now = start.plus(Duration.ofMinutes(15));
		assertThat(throttle.retryAfterSeconds(first, "owner@example.nl"))
				.as("the oldest failure has left the window: the next wait is the one after the ninth failure, passed")
				.isZero();
	}

	@Test
	void unknownAndExistingAddressesAreCountedAlikeAndASuccessStartsThePairAfresh() {
		ManualClock clock = new ManualClock();
		LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Properties(5, null, 1, Duration.ofSeconds(10), 4),
				jdbc, clock);
		for (int i = 0; i < 3; i++) {
			throttle.failed(first, "owner@example.nl");
			throttle.failed(second, "nobody-at-all@example.nl");
		}
		assertThat(throttle.retryAfterSeconds(first, "owner@example.nl"))
				.isEqualTo(throttle.retryAfterSeconds(second, "nobody-at-all@example.nl")).isEqualTo(40);

		throttle.succeeded(first, "owner@example.nl");
		assertThat(throttle.retryAfterSeconds(first, "owner@example.nl")).isZero();
		assertThat(count(first)).as("the failures still count for the address").isEqualTo(3);
		throttle.failed(first, "owner@example.nl");
		throttle.failed(first, "owner@example.nl");
		assertThat(throttle.allows(first)).as("five failures from the address, whatever the account").isFalse();
	}

	@Test
	void keepsOnlyAPseudonymOfTheTypedAddress() {
		ManualClock clock = new ManualClock();
		LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Properties(null, null, null, null, null), jdbc,
				clock);
		throttle.failed(first, "owner@example.nl");
		assertThat(jdbc.sql("select account_key from login_failure where address = ?").param(ClientAddresses.countingKey(first))
				.query(String.class).single()).hasSize(64).doesNotContain("owner").isEqualTo(
						LoginThrottle.accountKey(" OWNER@example.nl "));
	}
}
