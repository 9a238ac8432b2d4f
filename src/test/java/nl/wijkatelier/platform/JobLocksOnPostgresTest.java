package nl.wijkatelier.platform;

import javax.sql.DataSource;

import nl.wijkatelier.support.MigratedDatabase;
import nl.wijkatelier.support.OnPostgres;

/** The race for a job again on PostgreSQL, the store that several instances share in production. */
@OnPostgres
class JobLocksOnPostgresTest extends JobLocksTest {

	@Override
	DataSource database() {
		return MigratedDatabase.postgres();
	}
}
