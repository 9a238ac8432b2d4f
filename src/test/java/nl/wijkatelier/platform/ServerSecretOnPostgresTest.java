package nl.wijkatelier.platform;

import javax.sql.DataSource;

import nl.wijkatelier.support.MigratedDatabase;
import nl.wijkatelier.support.OnPostgres;

/** The server secret again on PostgreSQL, where instances starting together really race for the first insert. */
@OnPostgres
class ServerSecretOnPostgresTest extends ServerSecretTest {

	@Override
	DataSource database() {
		return MigratedDatabase.postgres();
	}
}
