package nl.wijkatelier.atelier.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.wijkatelier.atelier.AtelierActivity;
import nl.wijkatelier.atelier.AtelierId;

/**
 * Tells the live screens on every instance that an atelier changed. On PostgreSQL a change sends
 * {@code NOTIFY wijkatelier_atelier, '<atelier id>'} in its own transaction (PostgreSQL delivers it only once that
 * commits, so a screen's fetch sees the change) and every instance LISTENs on one dedicated connection of its own,
 * pushing to its own screens; that includes the instance that made the change. On the embedded H2 there is one
 * instance, and the change goes to this instance's screens straight after commit.
 */
@Component
class LiveChannel implements SmartLifecycle {

	static final String CHANNEL = "wijkatelier_atelier";

	private static final Logger LOG = LoggerFactory.getLogger(LiveChannel.class);

	private final LiveUpdates screens;
	private final JdbcTemplate jdbc;
	/** Opens the listening connection on PostgreSQL; empty on H2, where nothing needs to listen. */
	private final Optional<PostgresListener.Connector> connector;
	/** A new listener each start: a test context that is paused and resumed stops and starts this bean again. */
	private volatile Optional<PostgresListener> listener = Optional.empty();
	private volatile boolean running;

	@Autowired
	LiveChannel(LiveUpdates screens, DataSource dataSource, JdbcTemplate jdbc) {
		this(screens, jdbc, isPostgres(dataSource) ? Optional.of(() -> dedicated(dataSource)) : Optional.empty());
	}

	/** @param connector opens the listening connection on PostgreSQL; empty on H2 */
	LiveChannel(LiveUpdates screens, JdbcTemplate jdbc, Optional<PostgresListener.Connector> connector) {
		this.screens = screens;
		this.jdbc = jdbc;
		this.connector = connector;
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection c = dataSource.getConnection()) {
			return c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the database could not be reached to tell its kind", ex);
		}
	}

	/** A new connection with the pool's settings, outside the pool, so listening never takes one of its connections. */
	private static Connection dedicated(DataSource dataSource) throws SQLException {
		if (dataSource instanceof HikariDataSource hikari) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		throw new IllegalStateException("live updates across instances need the Hikari pool's settings, found "
				+ dataSource.getClass().getName());
	}

	/** Sends the notification inside the change's transaction, or at once when there is no transaction. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void announce(AtelierActivity activity) {
		if (connector.isPresent()) {
			notifyAll(activity.atelier());
		}
	}

	/**
	 * On H2, after the change is committed, so the screen's fetch sees it. After completion rather than after commit:
	 * a rolled-back change only makes the screens fetch what they already show, and the event publication registry
	 * keeps a row for every after-commit listener, which a live screen's nudge on every contribution does not need.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void pushHere(AtelierActivity activity) {
		if (connector.isEmpty()) {
			screens.push(activity.atelier());
		}
	}

	void notifyAll(AtelierId atelier) {
		jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, atelier.value().toString());
	}

	private void received(String payload) {
		try {
			screens.push(new AtelierId(UUID.fromString(payload)));
		}
		catch (IllegalArgumentException ex) {
			LOG.warn("ignored a notification on {} that names no atelier: {}", CHANNEL, payload);
		}
	}

	/** Whether this instance is listening now (always false on H2, where nothing needs to listen). */
	boolean listening() {
		return listener.map(l -> l.backendPid() > 0).orElse(false);
	}

	Optional<Integer> listenerPid() {
		return listener.map(PostgresListener::backendPid).filter(pid -> pid > 0);
	}

	@Override
	public void start() {
		listener = connector.map(c -> new PostgresListener(CHANNEL, c, this::received, screens::pushAll));
		listener.ifPresent(PostgresListener::start);
		running = true;
	}

	@Override
	public void stop() {
		listener.ifPresent(PostgresListener::close);
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
