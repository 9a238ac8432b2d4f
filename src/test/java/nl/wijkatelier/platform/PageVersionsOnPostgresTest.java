package nl.wijkatelier.platform;

import javax.sql.DataSource;

import nl.wijkatelier.support.MigratedDatabase;
import nl.wijkatelier.support.OnPostgres;

/** The page versions moved on by several instances at once, again on PostgreSQL. */
@OnPostgres
class PageVersionsOnPostgresTest extends PageVersionsTest {

	@Override
	DataSource database() {
		return MigratedDatabase.postgres();
	}
}
