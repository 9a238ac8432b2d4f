package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.MigratedDatabase;

/**
 * The page versions as several instances move them on at once, each reaction in its transaction: no change is lost
 * (the first changes of a scope race to insert its row), and a page's version moves with its scopes and only with
 * them. {@link PageVersionsOnPostgresTest} runs the same on PostgreSQL.
 */
class PageVersionsTest {

	DataSource dataSource;
	JdbcTransactionManager transactions;

	DataSource database() {
		return MigratedDatabase.h2();
	}

	@BeforeEach
	void setUp() {
		dataSource = database();
		transactions = new JdbcTransactionManager(dataSource);
	}

	PageVersions instance() {
		return new PageVersions(JdbcClient.create(dataSource), transactions, Clock.systemUTC());
	}

	@Test
	void eightInstancesChangingOneNewNeighbourhoodTogetherLoseNoChange() throws Exception {
		NeighbourhoodId neighbourhood = new NeighbourhoodId(UUID.randomUUID());
		int instances = 8;
		int changesEach = 20;
		long allBefore = instance().current(List.of(PageVersions.NEIGHBOURHOODS));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				PageVersions versions = instance();
				TransactionTemplate reaction = new TransactionTemplate(transactions);
				done.add(pool.submit(() -> {
					start.await();
					for (int c = 0; c < changesEach; c++) {
						reaction.executeWithoutResult(status -> versions.neighbourhoodChanged(neighbourhood));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		PageVersions versions = instance();
		assertThat(versions.current(List.of(PageVersions.neighbourhood(neighbourhood))))
				.isEqualTo(instances * changesEach);
		assertThat(versions.current(List.of(PageVersions.NEIGHBOURHOODS)) - allBefore)
				.as("all neighbourhoods' scope moved with it").isEqualTo(instances * changesEach);
	}

	@Test
	void aPagesVersionMovesWithItsScopesAndOnlyWithThem() {
		PageVersions versions = instance();
		NeighbourhoodId mine = new NeighbourhoodId(UUID.randomUUID());
		NeighbourhoodId other = new NeighbourhoodId(UUID.randomUUID());
		List<String> page = List.of(PageVersions.neighbourhood(mine), "test-programmes-" + UUID.randomUUID());
		assertThat(versions.current(page)).as("never changed").isZero();

		versions.neighbourhoodChanged(other);
		assertThat(versions.current(page)).isZero();
		versions.neighbourhoodChanged(mine);
		assertThat(versions.current(page)).isEqualTo(1);
		versions.changed(List.of(page.get(1)));
		assertThat(versions.current(page)).isEqualTo(2);
	}
}
