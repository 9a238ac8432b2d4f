package nl.wijkatelier.action;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.support.OnPostgres;

/** The organiser's guard again on PostgreSQL, where the row lock and the unique address index are the server's. */
@OnPostgres
class ActionGuardOnPostgresTest extends ActionGuardTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.Server.datasource(registry);
	}
}
