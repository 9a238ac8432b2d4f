package nl.wijkatelier.atelier.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dedicated PostgreSQL connection, outside the connection pool, that LISTENs on a channel and hands every
 * notification's payload to a consumer, on a daemon thread of its own. When the connection drops it connects again,
 * waiting 0.5 s, then twice as long each time up to {@link #MAX_BACKOFF}; notifications sent while it was away are
 * lost, so {@code onConnected} runs after every (re)connect for the owner to make good what it may have missed.
 */
final class PostgresListener implements AutoCloseable {

	/** Something that opens a new connection of its own (not one borrowed from the pool). */
	interface Connector {
		Connection connect() throws SQLException;
	}

	private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
	private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
	/** How long one wait for notifications blocks; also how soon {@link #close} is noticed. */
	private static final int WAIT_MILLIS = 500;
	/**
	 * How often the connection is checked with a query: a connection whose peer vanished without closing it (a
	 * dropped network) would otherwise wait for notifications forever without an error.
	 */
	private static final long CHECK_MILLIS = 10_000;

	private final String channel;
	private final Connector connector;
	private final Consumer<String> onPayload;
	private final Runnable onConnected;
	private final Thread thread;
	private volatile boolean running = true;
	private volatile int backendPid = -1;

	PostgresListener(String channel, Connector connector, Consumer<String> onPayload, Runnable onConnected) {
		if (!channel.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("a channel name is a plain lower-case identifier: " + channel);
		}
		this.channel = channel;
		this.connector = connector;
		this.onPayload = onPayload;
		this.onConnected = onConnected;
		this.thread = new Thread(this::listen, "listen-" + channel);
		this.thread.setDaemon(true);
	}

	void start() {
		thread.start();
	}

	/** The server process of the listening connection, -1 while it is not connected. */
	int backendPid() {
		return backendPid;
	}

	private void listen() {
		long backoff = FIRST_BACKOFF.toMillis();
		while (running) {
			try (Connection connection = connector.connect()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + channel);
					try (var rs = statement.executeQuery("select pg_backend_pid()")) {
						rs.next();
						backendPid = rs.getInt(1);
					}
				}
				backoff = FIRST_BACKOFF.toMillis();
				runSafely(onConnected);
				PGConnection pg = connection.unwrap(PGConnection.class);
				long checked = System.currentTimeMillis();
				while (running) {
					PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
					if (notifications != null) {
						for (PGNotification n : notifications) {
							runSafely(() -> onPayload.accept(n.getParameter()));
						}
					}
					if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
						try (Statement statement = connection.createStatement()) {
							statement.execute("select 1");
						}
						checked = System.currentTimeMillis();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				backendPid = -1;
				if (!running) {
					return;
				}
				LOG.warn("listening on {} failed ({}); trying again in {} ms", channel, ex.getMessage(), backoff);
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
			}
		}
		backendPid = -1;
	}

	private static void runSafely(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			LOG.warn("a notification could not be handled", ex);
		}
	}

	/** Stops listening and closes the connection, waiting at most a few seconds. */
	@Override
	public void close() {
		running = false;
		thread.interrupt();
		try {
			thread.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
