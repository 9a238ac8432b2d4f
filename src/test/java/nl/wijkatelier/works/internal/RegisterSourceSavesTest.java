package nl.wijkatelier.works.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.support.MigratedDatabase;
import nl.wijkatelier.works.RegisterSource;

/**
 * Instances saving the choices of a register the programme has never imported, all at the same moment, each in its
 * own transaction: every save succeeds (none fails on the key the first inserts), and one row holds the last choices.
 */
class RegisterSourceSavesTest {

	@Test
	void eightInstancesSavingANewRegisterAtOnceAllSucceedIntoOneRow() throws Exception {
		DataSource dataSource = MigratedDatabase.h2();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		UUID programme = UUID.randomUUID();
		jdbc.update("insert into programme (id, slug, name, created_at) values (?, ?, ?, ?)", programme,
				"p-" + programme, "Programma", Timestamp.from(Instant.now()));
		int instances = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		try {
			List<Future<?>> saves = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				RegisterSource choices = new RegisterSource("gipod", "id", "soort", "", "start", "eind", "titel" + i, "",
						RegisterSource.Crs.AUTO);
				RegisterImportStore store = new RegisterImportStore(new JdbcTemplate(dataSource));
				saves.add(pool.submit(() -> {
					start.await();
					transaction.executeWithoutResult(status -> store.saveSource(programme, choices, Instant.now()));
					return null;
				}));
			}
			start.countDown();
			for (Future<?> save : saves) {
				save.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(jdbc.queryForList("select title_field from works_register_source where programme_id = ?",
				String.class, programme)).singleElement().asString().startsWith("titel");
	}
}
