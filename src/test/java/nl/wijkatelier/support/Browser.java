package nl.wijkatelier.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium (the machine's own, {@code /usr/bin/chromium}) for a test class, driven by Playwright,
 * with the axe-core accessibility rules run on every page a test visits. Open it in {@code @BeforeAll} and
 * close it in {@code @AfterAll}.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private final Playwright playwright;
	/** Playwright's browser is held by what this class uses of it, as its type shares this class's name. */
	private final Function<NewContextOptions, BrowserContext> newContext;
	private final Runnable closeChromium;

	private Browser() {
		this.playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		var chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
				.setExecutablePath(Path.of(executable())).setHeadless(true).setArgs(FLAGS));
		this.newContext = chromium::newContext;
		this.closeChromium = chromium::close;
	}

	public static Browser open() {
		return new Browser();
	}

	/** Whether the machine has Chromium; browser tests are skipped with this message where it has not. */
	public static boolean available() {
		return Files.isExecutable(Path.of(executable()));
	}

	/** {@code CHROMIUM_PATH}, else {@code /usr/bin/chromium}; {@code .ci/run} looks in the same place. */
	public static String executable() {
		return System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
	}

	/** A fresh context (own cookies) sized like a desktop. */
	public Page desktop() {
		return context(new NewContextOptions().setViewportSize(1280, 900).setLocale("nl-NL")).newPage();
	}

	/** A fresh context sized and behaving like a phone. */
	public Page phone() {
		return context(new NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
				.setLocale("nl-NL")).newPage();
	}

	private BrowserContext context(NewContextOptions options) {
		return newContext.apply(options);
	}

	/**
	 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and fails on any serious or critical violation,
	 * naming the rule and the elements.
	 */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze();
		List<Rule> bad = results.getViolations().stream()
				.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
		if (!bad.isEmpty()) {
			throw new AssertionError("Accessibility violations on " + page.url() + ":\n" + bad.stream()
					.map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
							+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
									.collect(Collectors.joining(", ")))
					.collect(Collectors.joining("\n")));
		}
	}

	@Override
	public void close() {
		closeChromium.run();
		playwright.close();
	}
}
