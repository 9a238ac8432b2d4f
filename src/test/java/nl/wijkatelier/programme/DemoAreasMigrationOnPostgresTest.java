package nl.wijkatelier.programme;

import java.util.UUID;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.wijkatelier.support.OnPostgres;

/** The V170 migration test on a real PostgreSQL, each test in a schema of its own. */
@OnPostgres
class DemoAreasMigrationOnPostgresTest extends DemoAreasMigrationTest {

	@Override
	Empty empty() {
		String schema = "demo_areas_" + UUID.randomUUID().toString().replace("-", "");
		String url = System.getenv(OnPostgres.URL);
		url += (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return new Empty(new DriverManagerDataSource(url,
				System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_USERNAME", "wijkatelier"),
				System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_PASSWORD", "")), schema);
	}
}
