package nl.wijkatelier.works.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.support.OnPostgres;

/** The simultaneous answers again on PostgreSQL, where the proposal's row lock and the unique key are the server's. */
@OnPostgres
class CouplingProposalConcurrencyOnPostgresTest extends CouplingProposalConcurrencyTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.Server.datasource(registry);
	}
}
