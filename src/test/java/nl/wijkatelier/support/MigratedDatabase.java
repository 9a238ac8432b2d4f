package nl.wijkatelier.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database with the application's schema (its Flyway migrations), for tests of one class over its tables
 * without a Spring context.
 */
public final class MigratedDatabase {

	private MigratedDatabase() {
	}

	/** A fresh, empty in-memory H2 database in PostgreSQL mode, as the application configures H2. */
	public static DataSource h2() {
		return migrated(new DriverManagerDataSource("jdbc:h2:mem:migrated-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	/** The PostgreSQL database named by {@link OnPostgres} (shared with other tests: not empty). */
	public static DataSource postgres() {
		return migrated(new DriverManagerDataSource(System.getenv(OnPostgres.URL),
				System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_USERNAME", "wijkatelier"),
				System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_PASSWORD", "")));
	}

	private static DataSource migrated(DataSource database) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		return database;
	}
}
