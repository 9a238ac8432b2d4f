package nl.wijkatelier.atelier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.support.OnPostgres;

/** The atelier API tests again on PostgreSQL: the same migrations, locks and constraints. */
@OnPostgres
class AtelierApiOnPostgresTest extends AtelierApiTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.Server.datasource(registry);
	}
}
