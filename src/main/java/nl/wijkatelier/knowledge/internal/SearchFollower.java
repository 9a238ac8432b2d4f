package nl.wijkatelier.knowledge.internal;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.wijkatelier.platform.JobLocks;

/**
 * Keeps this instance's search index equal to the database when other instances change it too: the index is
 * rebuilt at start, and then every second ({@code wijkatelier.search.poll-interval}) the new rows of
 * {@link SearchChanges} are applied by re-reading their subjects. The instance's own changes are in its index
 * already (right after their commit); reading them again changes nothing.
 * <p>
 * Ids are handed out when a row is written but become visible when its transaction commits, so a lower id can
 * appear after a higher one. Each poll therefore reads every row above a floor that trails {@code overlap}
 * (30 s) behind the highest id seen, and skips the rows it applied already: a change is missed only if its
 * transaction commits more than 30 s after a later one.
 * <p>
 * Follows by default on PostgreSQL, the database several instances share; on the embedded H2 database only one
 * instance runs, and it indexes its own changes as they commit ({@code wijkatelier.search.follow} overrides).
 */
@Component
class SearchFollower {

	private static final Logger log = LoggerFactory.getLogger(SearchFollower.class);

	/** Changes are kept this long; an instance that could not poll for much of it rebuilds instead. */
	static final Duration KEPT = Duration.ofHours(1);
	/** An instance whose last successful poll is older than this rebuilds its index from the database. */
	static final Duration REBUILD_AFTER = Duration.ofMinutes(10);

	/**
	 * @param follow whether to poll other instances' changes; empty: only on PostgreSQL
	 * @param overlap how long a lower id may commit after a higher one and still be applied
	 */
	@ConfigurationProperties("wijkatelier.search")
	record Properties(Boolean follow, Duration overlap) {
		Properties {
			overlap = overlap == null ? Duration.ofSeconds(30) : overlap;
		}
	}

	/** At {@code seenAt}, every change with an id up to {@code highest} that had committed was seen. */
	private record Mark(Instant seenAt, long highest) {
	}

	private final SearchIndexer indexer;
	private final SearchChanges changes;
	private final JobLocks locks;
	private final Duration overlap;
	private final boolean follow;
	private final Clock clock = Clock.systemUTC();

	/** Every change with an id at or below the floor has been applied (or was in the database at the rebuild). */
	private long floor;
	private long highest;
	private final Set<Long> applied = new HashSet<>();
	private final Deque<Mark> marks = new ArrayDeque<>();
	private Instant lastPoll;
	private boolean started;

	SearchFollower(SearchIndexer indexer, SearchChanges changes, JobLocks locks, Properties properties,
			DataSource dataSource) {
		this.indexer = indexer;
		this.changes = changes;
		this.locks = locks;
		this.overlap = properties.overlap();
		this.follow = properties.follow() != null ? properties.follow() : isPostgres(dataSource);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("cannot tell which database this is", ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		// The changes already in the log are in the rebuilt index (read after them); those still to commit are not.
		List<SearchChanges.Change> known = changes.after(0);
		indexer.rebuild();
		floor = 0;
		applied.clear();
		marks.clear();
		known.forEach(c -> applied.add(c.id()));
		highest = known.stream().mapToLong(SearchChanges.Change::id).max().orElse(0);
		lastPoll = clock.instant();
		marks.add(new Mark(lastPoll, highest));
		started = true;
		if (follow) {
			log.info("Search follows the changes of other instances (every change re-read within {} s)",
					overlap.toSeconds());
		}
	}

	@Scheduled(fixedDelayString = "${wijkatelier.search.poll-interval:PT1S}")
	synchronized void poll() {
		if (!follow || !started) {
			return;
		}
		Instant now = clock.instant();
		if (lastPoll.isBefore(now.minus(REBUILD_AFTER))) {
			log.warn("Search index had not followed the database since {}; rebuilding it", lastPoll);
			start();
			return;
		}
		try {
			for (SearchChanges.Change change : changes.after(floor)) {
				if (!applied.contains(change.id())) {
					indexer.refresh(change.subject());
					applied.add(change.id());
				}
				highest = Math.max(highest, change.id());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Search could not follow the database's changes this time; tries again", ex);
			return;
		}
		marks.addLast(new Mark(now, highest));
		while (!marks.isEmpty() && !marks.peekFirst().seenAt().isAfter(now.minus(overlap))) {
			floor = Math.max(floor, marks.removeFirst().highest());
		}
		applied.removeIf(id -> id <= floor);
		lastPoll = now;
	}

	/** Once an hour, on one instance: changes older than {@link #KEPT} are gone. */
	@Scheduled(cron = "${wijkatelier.search.cleanup-cron:0 41 * * * *}")
	void forgetOldChanges() {
		locks.runExclusively("search-changes-cleanup", Duration.ofMinutes(1), Duration.ofMinutes(30),
				() -> changes.forgetBefore(clock.instant().minus(KEPT)));
	}
}
