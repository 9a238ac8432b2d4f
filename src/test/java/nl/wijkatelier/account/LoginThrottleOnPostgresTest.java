package nl.wijkatelier.account;

import javax.sql.DataSource;

import nl.wijkatelier.support.MigratedDatabase;
import nl.wijkatelier.support.OnPostgres;

/** The throttle's counts again on PostgreSQL, the store that several instances share in production. */
@OnPostgres
class LoginThrottleOnPostgresTest extends LoginThrottleTest {

	@Override
	DataSource database() {
		return MigratedDatabase.postgres();
	}
}
