package nl.wijkatelier.support;

/**
 * Whether CI requires a tool the tests otherwise skip without: {@code WIJKATELIER_REQUIRE_POSTGRES=true} and
 * {@code WIJKATELIER_REQUIRE_BROWSER=true} (set by {@code .ci/run}) turn "did not run" into a failure, so a CI
 * machine that lost its PostgreSQL or Chromium cannot pass by skipping.
 */
public final class RequiredTools {

	public static final String POSTGRES = "WIJKATELIER_REQUIRE_POSTGRES";
	public static final String BROWSER = "WIJKATELIER_REQUIRE_BROWSER";

	private RequiredTools() {
	}

	public static boolean required(String variable) {
		return "true".equalsIgnoreCase(System.getenv(variable));
	}

	/** Fails the test class with the reason when the tool is required, else does nothing (the caller skips). */
	public static void failIfRequired(String variable, String reason) {
		if (required(variable)) {
			throw new IllegalStateException(reason + " (" + variable + "=true: this must not be skipped)");
		}
	}
}
