package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import nl.wijkatelier.support.MigratedDatabase;

/**
 * The server secret as several instances see it, each with its own {@link ServerSecret} over one database that has
 * none yet; {@link ServerSecretOnPostgresTest} runs the same on PostgreSQL.
 */
class ServerSecretTest {

	JdbcClient jdbc;
	DataSourceTransactionManager transactions;

	DataSource database() {
		return MigratedDatabase.h2();
	}

	@BeforeEach
	void emptyDatabase() {
		DataSource database = database();
		jdbc = JdbcClient.create(database);
		transactions = new DataSourceTransactionManager(database);
		jdbc.sql("delete from server_secret").update();
	}

	ServerSecret instance(String configured) {
		return new ServerSecret(jdbc, transactions, configured);
	}

	@Test
	void instancesStartingTogetherOnAnEmptyDatabaseEndWithOneSecret() throws Exception {
		int instances = 6;
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> keys = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			ServerSecret secret = instance("");
			keys.add(pool.submit(() -> {
				start.await();
				return HexFormat.of().formatHex(secret.derive("manage-token seal|a:b"));
			}));
		}
		start.countDown();
		List<String> derived = new ArrayList<>();
		for (Future<String> key : keys) {
			derived.add(key.get());
		}
		pool.shutdown();
		assertThat(derived).hasSize(instances).containsOnly(derived.get(0));
		assertThat(jdbc.sql("select count(*) from server_secret").query(Long.class).single()).isEqualTo(1);
		assertThat(instance("").derive("manage-token seal|a:b")).isEqualTo(instance("").derive("manage-token seal|a:b"));
	}

	@Test
	void eachPurposeHasItsOwnKey() {
		ServerSecret secret = instance("");
		assertThat(secret.derive("manage-token seal|a:b")).hasSize(32).isNotEqualTo(secret.derive("manage-token seal|a:c"));
		assertThat(secret.derive("x", 16)).hasSize(16);
	}

	@Test
	void aConfiguredSecretWinsOverTheStoredOneAndIsNotStored() {
		String configured = "a-configured-secret-of-at-least-32-characters";
		byte[] fromConfiguration = instance(configured).derive("purpose");
		assertThat(jdbc.sql("select count(*) from server_secret").query(Long.class).single()).isZero();
		byte[] fromDatabase = instance("").derive("purpose");
		assertThat(instance(configured).derive("purpose")).isEqualTo(fromConfiguration).isNotEqualTo(fromDatabase);
		assertThat(instance("another-configured-secret-of-32-characters-or-more").derive("purpose"))
				.isNotEqualTo(fromConfiguration);
	}

	@Test
	void aShortConfiguredSecretStopsTheStart() {
		assertThatThrownBy(() -> instance("too-short")).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("WIJKATELIER_SECRET").hasMessageContaining("32");
	}
}
