package nl.wijkatelier.operations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import nl.wijkatelier.support.RequiredTools;

/**
 * An integration test that runs the packaged jar ({@code target/wijkatelier.jar}, made by {@code ./mvnw verify}
 * before the failsafe plugin runs it) on databases of the PostgreSQL server named by
 * {@code WIJKATELIER_TEST_POSTGRES_URL} (with {@code _USERNAME} and {@code _PASSWORD}), as {@code .ci/run} sets.
 * Without them, or without the jar, the class is skipped and says so on the console (or fails where
 * {@link RequiredTools#POSTGRES} is set), like {@link nl.wijkatelier.support.OnPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(JarOnPostgres.Condition.class)
@interface JarOnPostgres {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String missing = !Databases.configured()
					? "set WIJKATELIER_TEST_POSTGRES_URL, _USERNAME and _PASSWORD, as .ci/run does"
					: !Files.isRegularFile(RunningJar.jar()) ? "no packaged jar at " + RunningJar.jar() + " (./mvnw verify makes it)"
					: null;
			if (missing == null) {
				return ConditionEvaluationResult.enabled("the packaged jar on PostgreSQL at " + Databases.baseUrl());
			}
			String message = "Integration tests on PostgreSQL did NOT run (" + context.getDisplayName() + "): " + missing + ".";
			RequiredTools.failIfRequired(RequiredTools.POSTGRES, message);
			System.out.println("[WARNING] " + message);
			return ConditionEvaluationResult.disabled(message);
		}
	}
}
