package nl.wijkatelier.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the shared application context and one headless Chromium per test class, opened
 * before its first test and closed after its last. Skipped, saying why, where Chromium is not installed (failed
 * where {@link RequiredTools#BROWSER} is set).
 */
@WijkatelierTest
public abstract class BrowserTest {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void openBrowser() {
		String missing = "Chromium is not installed (" + Browser.executable() + ", or set CHROMIUM_PATH): browser tests did not run";
		if (!Browser.available()) {
			RequiredTools.failIfRequired(RequiredTools.BROWSER, missing);
		}
		assumeTrue(Browser.available(), missing);
		browser = Browser.open();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** The full address of a path in the application under test. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
