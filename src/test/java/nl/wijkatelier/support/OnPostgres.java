package nl.wijkatelier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Runs a test class against a real PostgreSQL server named by {@code WIJKATELIER_TEST_POSTGRES_URL} (with
 * {@code _USERNAME} and {@code _PASSWORD}); {@code .ci/run} starts the machine's PostgreSQL and sets them.
 * Without them the class is skipped and says so on the console, or fails where {@link RequiredTools#POSTGRES} is
 * set. Such a class gets its own Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnPostgres.Condition.class)
public @interface OnPostgres {

	String URL = "WIJKATELIER_TEST_POSTGRES_URL";

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Server.configured()) {
				return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getenv(URL));
			}
			String suite = System.getenv("WIJKATELIER_TEST_DATASOURCE_URL");
			if (suite != null && suite.startsWith("jdbc:postgresql:")) {
				String message = context.getDisplayName() + " skipped: the whole suite runs on PostgreSQL at " + suite;
				System.out.println("[INFO] " + message);
				return ConditionEvaluationResult.disabled(message);
			}
			String message = "PostgreSQL tests did NOT run (" + context.getDisplayName()
					+ "): set WIJKATELIER_TEST_POSTGRES_URL, _USERNAME and _PASSWORD, as .ci/run does.";
			RequiredTools.failIfRequired(RequiredTools.POSTGRES, message);
			System.out.println("[WARNING] " + message);
			return ConditionEvaluationResult.disabled(message);
		}
	}

	/** Where the server is, from the environment. */
	final class Server {

		private Server() {
		}

	public static boolean configured() {
		String url = System.getenv(URL);
		return url != null && !url.isBlank();
	}

	/** Points the datasource at the PostgreSQL server; call from a {@code @DynamicPropertySource} method. */
	public static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv(URL));
		registry.add("spring.datasource.username", () -> System.getenv().getOrDefault(URL.replace("_URL", "_USERNAME"), "wijkatelier"));
		registry.add("spring.datasource.password", () -> System.getenv().getOrDefault(URL.replace("_URL", "_PASSWORD"), ""));
	}
	}
}
