package nl.wijkatelier.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run once per schedule when several instances of the application share one database: each
 * instance's scheduler fires, and only the one that takes the job's row in {@code job_lock} runs it. Taking is one
 * conditional update ({@code locked_until} in the past becomes {@code now + atMost}), or the insert of the row
 * the first time, so two instances can never both succeed; this works the same on PostgreSQL and H2.
 * <p>
 * Times are this instance's clock. {@code atLeast} keeps the lock after a quick run, so an instance whose clock
 * runs up to that much behind (and so fires later) finds the job taken; {@code atMost} frees the job if its holder
 * died while running it.
 */
@Component
public class JobLocks {

	private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	/** Who holds a lock, for people reading the table: the process (pid@host) and a per-start id. */
	private final String instance;

	@Autowired
	JobLocks(JdbcClient jdbc) {
		this(jdbc, Clock.systemUTC(), ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
	}

	JobLocks(JdbcClient jdbc, Clock clock, String instance) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.instance = instance.length() > 200 ? instance.substring(0, 200) : instance;
	}

	/**
	 * Runs {@code job} here when no other instance holds {@code name}, and holds it meanwhile.
	 *
	 * @param atLeast how long the job stays taken after it started, however quickly it ended (cover clock skew
	 *        between instances and the spread of their schedulers)
	 * @param atMost how long the job stays taken when its holder never releases it (longer than a run can take)
	 * @return whether the job ran on this instance
	 */
	public boolean runExclusively(String name, Duration atLeast, Duration atMost, Runnable job) {
		// Milliseconds: the database keeps micro-, the clock may give nanoseconds, and the release compares them.
		Instant start = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (!take(name, start, start.plus(atMost))) {
			log.debug("Job {} is taken by another instance; skipped here", name);
			return false;
		}
		try {
			job.run();
			return true;
		}
		finally {
			Instant end = clock.instant();
			Instant until = start.plus(atLeast).isAfter(end) ? start.plus(atLeast) : end;
			jdbc.sql("update job_lock set locked_until = ? where name = ? and locked_by = ? and locked_at = ?")
					.params(utc(until), name, instance, utc(start))
					.update();
		}
	}

	private boolean take(String name, Instant now, Instant until) {
		int taken = jdbc.sql("update job_lock set locked_until = ?, locked_at = ?, locked_by = ? "
				+ "where name = ? and locked_until <= ?")
				.params(utc(until), utc(now), instance, name, utc(now))
				.update();
		if (taken == 1) {
			return true;
		}
		boolean exists = jdbc.sql("select count(*) from job_lock where name = ?").param(name).query(Long.class)
				.single() > 0;
		if (exists) {
			return false;
		}
		try {
			return jdbc.sql("insert into job_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)")
					.params(name, utc(until), utc(now), instance)
					.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// Another instance inserted the row first: it holds the job.
			return false;
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
