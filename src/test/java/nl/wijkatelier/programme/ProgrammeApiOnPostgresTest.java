package nl.wijkatelier.programme;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.support.OnPostgres;

/**
 * The programme API tests again on PostgreSQL: the same Flyway migrations, the demo programme, validation that
 * stores nothing, tokens and roles.
 */
@OnPostgres
class ProgrammeApiOnPostgresTest extends ProgrammeApiTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.Server.datasource(registry);
	}
}
