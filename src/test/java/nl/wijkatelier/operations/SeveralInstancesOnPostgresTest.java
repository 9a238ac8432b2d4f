package nl.wijkatelier.operations;

import java.util.List;

import nl.wijkatelier.support.OnPostgres;

/**
 * The two instances again on PostgreSQL, as in production; here the search follower is on by default (the test
 * switches it on explicitly all the same).
 */
@OnPostgres
class SeveralInstancesOnPostgresTest extends SeveralInstancesTest {

	@Override
	List<String> database() {
		return List.of(System.getenv(OnPostgres.URL),
				System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_USERNAME", "wijkatelier"),
				System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_PASSWORD", ""));
	}
}
