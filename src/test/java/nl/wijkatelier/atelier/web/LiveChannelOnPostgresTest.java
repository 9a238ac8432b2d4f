package nl.wijkatelier.atelier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.atelier.AtelierId;
import nl.wijkatelier.support.OnPostgres;

/**
 * Two instances' live channels on one PostgreSQL database: a change announced through one reaches the screens of the
 * other within 5 seconds, only once its transaction commits, and again after the listening connection was cut.
 */
@OnPostgres
class LiveChannelOnPostgresTest {

	/** The screens of one instance, reduced to what they were told. */
	static final class Screens extends LiveUpdates {
		final Queue<AtelierId> pushed = new ConcurrentLinkedQueue<>();

		@Override
		void push(AtelierId atelier) {
			pushed.add(atelier);
		}
	}

	private final String url = System.getenv(OnPostgres.URL);
	private final String user = System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_USERNAME", "wijkatelier");
	private final String password = System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_PASSWORD", "");
	private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(), url, user,
			password);
	private final Screens screensA = new Screens();
	private final Screens screensB = new Screens();
	private LiveChannel a;
	private LiveChannel b;

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	@BeforeEach
	void twoInstances() {
		a = new LiveChannel(screensA, new JdbcTemplate(dataSource), Optional.of(this::connect));
		b = new LiveChannel(screensB, new JdbcTemplate(dataSource), Optional.of(this::connect));
		a.start();
		b.start();
		waitFor(Duration.ofSeconds(10), () -> a.listening() && b.listening());
	}

	@AfterEach
	void stop() {
		a.stop();
		b.stop();
	}

	@Test
	void aChangeThroughOneInstanceReachesTheOthersScreensWithinFiveSeconds() {
		AtelierId atelier = new AtelierId(UUID.randomUUID());
		a.notifyAll(atelier);
		assertThat(waitFor(Duration.ofSeconds(5), () -> screensB.pushed.contains(atelier)))
				.as("instance B heard of the change within 5 s").isTrue();
		assertThat(waitFor(Duration.ofSeconds(5), () -> screensA.pushed.contains(atelier)))
				.as("the instance that made the change tells its own screens too").isTrue();
	}

	@Test
	void noScreenHearsOfAChangeBeforeItsTransactionCommits() throws InterruptedException {
		AtelierId committed = new AtelierId(UUID.randomUUID());
		AtelierId rolledBack = new AtelierId(UUID.randomUUID());
		TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		LiveChannel inTransaction = new LiveChannel(new Screens(), new JdbcTemplate(dataSource), Optional.empty());
		tx.executeWithoutResult(status -> {
			new JdbcTemplate(dataSource).query("select pg_notify(?, ?)", rs -> null, LiveChannel.CHANNEL,
					committed.value().toString());
			assertThat(waitFor(Duration.ofMillis(1500), () -> screensB.pushed.contains(committed)))
					.as("not before commit").isFalse();
		});
		assertThat(waitFor(Duration.ofSeconds(5), () -> screensB.pushed.contains(committed))).isTrue();
		tx.executeWithoutResult(status -> {
			new JdbcTemplate(dataSource).query("select pg_notify(?, ?)", rs -> null, LiveChannel.CHANNEL,
					rolledBack.value().toString());
			status.setRollbackOnly();
		});
		Thread.sleep(1500);
		assertThat(screensB.pushed).doesNotContain(rolledBack);
		assertThat(inTransaction.listening()).as("a channel without a connector (H2) never listens").isFalse();
	}

	@Test
	void listensAgainAfterItsConnectionWasCut() {
		int before = b.listenerPid().orElseThrow();
		new JdbcTemplate(dataSource).queryForObject("select pg_terminate_backend(?)", Boolean.class, before);
		assertThat(waitFor(Duration.ofSeconds(10),
				() -> b.listenerPid().filter(pid -> pid != before).isPresent())).as("B reconnected").isTrue();
		AtelierId atelier = new AtelierId(UUID.randomUUID());
		a.notifyAll(atelier);
		assertThat(waitFor(Duration.ofSeconds(5), () -> screensB.pushed.contains(atelier))).isTrue();
	}

	@Test
	void stopsListeningOnShutdown() {
		int pid = b.listenerPid().orElseThrow();
		b.stop();
		assertThat(b.listening()).isFalse();
		assertThat(waitFor(Duration.ofSeconds(5), () -> new JdbcTemplate(dataSource).queryForObject(
				"select count(*) from pg_stat_activity where pid = ?", Integer.class, pid) == 0))
				.as("its connection is closed").isTrue();
	}

	private static boolean waitFor(Duration limit, BooleanSupplier condition) {
		long until = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < until) {
			if (condition.getAsBoolean()) {
				return true;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return condition.getAsBoolean();
	}
}
