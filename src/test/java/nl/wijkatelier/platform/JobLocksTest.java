package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatelier.support.MigratedDatabase;

/**
 * Several instances, each with its own {@link JobLocks} over one database, as the schedulers of several jars fire
 * the same job; {@link JobLocksOnPostgresTest} runs the same on PostgreSQL. Each test uses a job name of its own.
 */
class JobLocksTest {

	/** A clock the test moves by hand; every instance reads the same one unless a test skews it. */
	static final class ManualClock extends Clock {
		volatile Instant now = Instant.parse("2026-12-01T02:17:00Z");

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

	JdbcClient jdbc;
	String job;
	ManualClock clock = new ManualClock();

	DataSource database() {
		return MigratedDatabase.h2();
	}

	@BeforeEach
	void setUp() {
		jdbc = JdbcClient.create(database());
		job = "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	JobLocks instance(String name) {
		return new JobLocks(jdbc, clock, name);
	}

	@Test
	void ofEightInstancesFiringTogetherExactlyOneRunsTheJob() throws Exception {
		int instances = 8;
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				JobLocks locks = instance("instance-" + i);
				results.add(pool.submit(() -> {
					start.await();
					return locks.runExclusively(job, Duration.ofMinutes(5), Duration.ofHours(1), () -> {
						runs.incrementAndGet();
						// Long enough for the others to try while it runs.
						sleep(200);
					});
				}));
			}
			start.countDown();
			int ranHere = 0;
			for (Future<Boolean> result : results) {
				ranHere += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(runs).hasValue(1);
			assertThat(ranHere).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aQuickRunKeepsTheJobTakenForAtLeastThenTheNextScheduleRunsItAgain() {
		AtomicInteger runs = new AtomicInteger();
		JobLocks a = instance("a");
		JobLocks b = instance("b");
		assertThat(a.runExclusively(job, Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet)).isTrue();

		clock.now = clock.now.plusSeconds(90);
		assertThat(b.runExclusively(job, Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet))
				.as("an instance whose clock is 90 s behind fires later and finds the night's run taken").isFalse();

		clock.now = clock.now.plus(Duration.ofDays(1));
		assertThat(b.runExclusively(job, Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet))
				.as("the next night").isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aJobWhoseHolderDiedIsFreeAgainAfterAtMost() {
		JobLocks dying = instance("dying");
		JobLocks other = instance("other");
		AtomicInteger runs = new AtomicInteger();
		// The holder takes the job and never releases it: its run is still "going" when the others look.
		dying.runExclusively(job, Duration.ZERO, Duration.ofMinutes(30), () -> {
			assertThat(other.runExclusively(job, Duration.ZERO, Duration.ofMinutes(30), runs::incrementAndGet)).isFalse();
			clock.now = clock.now.plus(Duration.ofMinutes(31));
			assertThat(other.runExclusively(job, Duration.ZERO, Duration.ofMinutes(30), runs::incrementAndGet))
					.as("past atMost the job is free, even though its holder never said it ended").isTrue();
		});
		assertThat(runs).hasValue(1);
	}

	@Test
	void aFailingJobReleasesTheLockAfterAtLeast() {
		JobLocks a = instance("a");
		assertThatThrownBy(() -> a.runExclusively(job, Duration.ofMinutes(5), Duration.ofHours(1), () -> {
			throw new IllegalStateException("the job failed");
		})).as("the job's own failure reaches the caller").isInstanceOf(IllegalStateException.class)
				.hasMessage("the job failed");
		clock.now = clock.now.plus(Duration.ofMinutes(6));
		assertThat(instance("b").runExclusively(job, Duration.ofMinutes(5), Duration.ofHours(1), () -> {
		})).as("not held for the hour of atMost").isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
