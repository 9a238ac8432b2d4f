package nl.wijkatelier.knowledge.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import nl.wijkatelier.platform.JobLocks;
import nl.wijkatelier.support.MigratedDatabase;

/**
 * The follower over a real {@code search_change} table (H2, the application's migrations), with the index itself
 * replaced by a mock that records which subjects it was asked to re-read.
 */
class SearchFollowerTest {

	private final DataSource database = MigratedDatabase.h2();
	private final SearchIndexer indexer = mock(SearchIndexer.class);
	private final SearchChanges changes = new SearchChanges(JdbcClient.create(database),
			new DataSourceTransactionManager(database));

	private SearchFollower follower(boolean follow) {
		return new SearchFollower(indexer, changes, mock(JobLocks.class),
				new SearchFollower.Properties(follow, Duration.ofSeconds(30)), database);
	}

	@Test
	void aChangeWhoseTransactionCommitsAfterALaterOneIsStillApplied() throws SQLException {
		SearchFollower follower = follower(true);
		follower.start();
		String slow = "resource:" + UUID.randomUUID();
		String quick = "resource:" + UUID.randomUUID();
		try (Connection slowTransaction = database.getConnection()) {
			slowTransaction.setAutoCommit(false);
			insert(slowTransaction, slow);
			try (Connection other = database.getConnection()) {
				insert(other, quick);
			}
			follower.poll();
			verify(indexer).refresh(quick);
			verify(indexer, never()).refresh(slow);
			slowTransaction.commit();
		}
		follower.poll();
		follower.poll();
		verify(indexer, times(1)).refresh(slow);
		verify(indexer, times(1)).refresh(quick);
	}

	@Test
	void changesBeforeTheStartAreInTheRebuiltIndexAndNotReadAgain() throws SQLException {
		String before = "tip:" + UUID.randomUUID();
		try (Connection connection = database.getConnection()) {
			insert(connection, before);
		}
		SearchFollower follower = follower(true);
		follower.start();
		follower.poll();
		verify(indexer).rebuild();
		verify(indexer, never()).refresh(before);
	}

	@Test
	void onASingleInstanceDatabaseNothingIsPolled() throws SQLException {
		SearchFollower follower = follower(false);
		follower.start();
		String change = "neighbourhood:" + UUID.randomUUID();
		try (Connection connection = database.getConnection()) {
			insert(connection, change);
		}
		follower.poll();
		verify(indexer, never()).refresh(change);
	}

	private static void insert(Connection connection, String subject) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("insert into search_change (subject, changed_at) values (?, ?)")) {
			insert.setString(1, subject);
			insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
			insert.executeUpdate();
		}
	}
}
