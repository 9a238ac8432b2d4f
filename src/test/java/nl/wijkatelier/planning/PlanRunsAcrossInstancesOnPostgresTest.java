package nl.wijkatelier.planning;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkatelier.support.OnPostgres;

/** The plan runs shared by several instances again on PostgreSQL: its clock, locking and conditional updates. */
@OnPostgres
class PlanRunsAcrossInstancesOnPostgresTest extends PlanRunsAcrossInstancesTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.Server.datasource(registry);
	}
}
