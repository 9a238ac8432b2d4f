package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import nl.wijkatelier.support.MigratedDatabase;

/**
 * Two instances, each with its own {@link RateLimiter} over one database, counting the same clients;
 * {@link RateLimiterOnPostgresTest} runs the same on PostgreSQL. Each test uses buckets of its own.
 */
class RateLimiterTest {

	static final Duration MINUTE = Duration.ofMinutes(1);

	JdbcClient jdbc;
	DataSourceTransactionManager transactions;
	String bucket;
	JobLocksTest.ManualClock clock = new JobLocksTest.ManualClock();

	DataSource database() {
		return MigratedDatabase.h2();
	}

	@BeforeEach
	void setUp() {
		DataSource database = database();
		jdbc = JdbcClient.create(database);
		transactions = new DataSourceTransactionManager(database);
		bucket = "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	RateLimiter instance() {
		return new RateLimiter(jdbc, new JobLocks(jdbc, clock, "test"),
				new ServerSecret(jdbc, transactions, ""), Optional.of(clock));
	}

	@Test
	void theHitOverTheLimitIsRefusedUntilTheOldestLeavesTheWindowOnEveryInstance() {
		RateLimiter a = instance();
		RateLimiter b = instance();
		for (int i = 0; i < 3; i++) {
			assertThat((i % 2 == 0 ? a : b).hit(bucket, "192.0.2.1", 3, MINUTE).allowed()).isTrue();
			clock.now = clock.now.plusSeconds(10);
		}
		RateLimiter.Decision refused = b.hit(bucket, "192.0.2.1", 3, MINUTE);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isEqualTo(30);
		assertThat(a.hit(bucket, "192.0.2.1", 3, MINUTE).allowed()).as("the refused hit counted nothing").isFalse();

		assertThat(a.hit(bucket, "192.0.2.2", 3, MINUTE).allowed()).as("another client").isTrue();
		assertThat(a.hit(bucket + "-other", "192.0.2.1", 3, MINUTE).allowed()).as("another bucket").isTrue();

		clock.now = clock.now.plusSeconds(30);
		assertThat(b.hit(bucket, "192.0.2.1", 3, MINUTE).allowed()).as("the oldest left the window").isTrue();
	}

	@Test
	void checkingCountsNothingAndOnlyRecordedHitsCount() {
		RateLimiter limiter = instance();
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.check(bucket, "192.0.2.3", 2, MINUTE).allowed()).isTrue();
		}
		limiter.record(bucket, "192.0.2.3");
		limiter.record(bucket, "192.0.2.3");
		assertThat(limiter.check(bucket, "192.0.2.3", 2, MINUTE).allowed()).isFalse();
	}

	@Test
	void theAddressIsStoredOnlyAsAKeyedHashTheSameOnEveryInstance() {
		instance().record(bucket, "192.0.2.4");
		String stored = jdbc.sql("select key_hash from rate_limit_hit where bucket = ?").param(bucket)
				.query(String.class).single();
		assertThat(stored).doesNotContain("192.0.2.4").hasSize(64).isEqualTo(instance().keyHash("192.0.2.4"));
		assertThat(stored).isNotEqualTo(instance().keyHash("192.0.2.5"));
	}

	/** An IPv6 client counts as its /64 network, so its 2^64 addresses share one count. */
	@Test
	void countsAnIpv6ClientPerSlash64() {
		RateLimiter limiter = instance();
		assertThat(limiter.hit(bucket, "2001:db8:aa:1::1", 2, MINUTE).allowed()).isTrue();
		assertThat(limiter.hit(bucket, "2001:db8:aa:1:ffff:ffff:ffff:fffe", 2, MINUTE).allowed()).isTrue();
		assertThat(limiter.hit(bucket, "2001:db8:aa:1:1234::5", 2, MINUTE).allowed()).as("the same /64").isFalse();
		assertThat(limiter.hit(bucket, "2001:db8:aa:2::1", 2, MINUTE).allowed()).as("the next /64").isTrue();
		assertThat(limiter.keyHash("2001:db8:aa:1::7")).isEqualTo(limiter.keyHash("2001:db8:aa:1::8"))
				.isNotEqualTo(limiter.keyHash("2001:db8:aa:2::7"));
	}

	@Test
	void hitsOlderThanTheLongestWindowAreRemoved() {
		RateLimiter limiter = instance();
		limiter.record(bucket, "192.0.2.6");
		clock.now = clock.now.plus(RateLimiter.LONGEST_WINDOW).plusSeconds(1);
		limiter.record(bucket, "192.0.2.6");
		limiter.forget();
		assertThat(jdbc.sql("select count(*) from rate_limit_hit where bucket = ?").param(bucket).query(Long.class)
				.single()).isEqualTo(1);
	}
}
