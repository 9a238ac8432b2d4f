package nl.wijkatelier.action;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.support.OnPostgres;

/** The 1,000 concurrent sign-ups again on PostgreSQL, where the row lock and the unique keys are the server's. */
@OnPostgres
class ActionConcurrencyOnPostgresTest extends ActionConcurrencyTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.Server.datasource(registry);
	}
}
