package nl.wijkatelier.atelier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.support.OnPostgres;

/** The room of 60 again on PostgreSQL, where row locks and the unique key do the work. */
@OnPostgres
class AtelierConcurrencyOnPostgresTest extends AtelierConcurrencyTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.Server.datasource(registry);
	}
}
