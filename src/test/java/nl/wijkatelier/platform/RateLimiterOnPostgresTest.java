package nl.wijkatelier.platform;

import javax.sql.DataSource;

import nl.wijkatelier.support.MigratedDatabase;
import nl.wijkatelier.support.OnPostgres;

/** The rate limits again on PostgreSQL, the store that several instances share in production. */
@OnPostgres
class RateLimiterOnPostgresTest extends RateLimiterTest {

	@Override
	DataSource database() {
		return MigratedDatabase.postgres();
	}
}
