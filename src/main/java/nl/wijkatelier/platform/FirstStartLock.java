package nl.wijkatelier.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the start-up steps that fill an empty database (the first admin, the demo programme) run one instance at a
 * time when several instances start together on one empty PostgreSQL database. Without it both see "no programme
 * yet", both insert the demo, and the loser stops on a unique key.
 * <p>
 * {@link #holdUntilCommit()} takes a PostgreSQL transaction-level advisory lock: a second instance waits there
 * until the first one's seeding transaction has committed, then finds the data and skips. The lock ends with the
 * transaction, also when the process dies. On H2 (embedded, one process) there is nothing to wait for.
 */
@Component
public class FirstStartLock {

	/** An arbitrary, fixed key for {@code pg_advisory_xact_lock}; only this class uses advisory locks. */
	static final long KEY = 0x57_69_6A_6B_61_74L;

	private final JdbcClient jdbc;
	private final boolean postgres;

	FirstStartLock(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	/** Waits until no other instance is seeding; must run inside the caller's seeding transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdUntilCommit() {
		if (postgres) {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY).query().singleRow();
		}
	}
}
