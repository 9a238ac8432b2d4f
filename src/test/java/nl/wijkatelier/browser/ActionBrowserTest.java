package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.WijkatelierTest;

/** A resident on a phone finds the tile action, signs up, keeps the private link, changes and cancels. */
@WijkatelierTest
class ActionBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openBrowser() {
		assumeTrue(Browser.available(), "Chromium is not installed (/usr/bin/chromium): browser tests did not run");
		browser = Browser.open();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aResidentSignsUpOnAPhoneAndManagesTheSignUp() {
		Page page = browser.phone();
		page.navigate("http://localhost:" + port + "/actions");
		assertThat(page.locator("h1")).hasText("Buurtacties");
		assertThat(page.locator("#leaderboard")).containsText("Spijkerkwartier");
		Browser.assertAccessible(page);
		assertNoSidewaysScrolling(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tegelwippen in het Spijkerkwartier")).click();
		assertThat(page.locator("h1")).containsText("Tegelwippen in het Spijkerkwartier");
		assertThat(page.locator("h1 .utrecht-badge-status--example")).isVisible();
		assertThat(page.locator(".wa-progress")).isVisible();
		assertThat(page.locator(".wa-thresholds")).containsText("Bereikt op");
		Browser.assertAccessible(page);
		assertNoSidewaysScrolling(page);
		String before = page.locator(".wa-action-count strong").textContent().trim();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(page.locator(".utrecht-alert--error")).isVisible();
		Browser.assertAccessible(page);

		page.getByLabel("Tegels (tegels)").fill("25");
		page.getByLabel("E-mailadres (niet verplicht)").fill("buur@example.org");
		page.getByLabel("Ja, laat me weten wanneer er een volgende actie is in Spijkerkwartier.").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(page.locator("main")).containsText("Bedankt, je bent aangemeld!");
		assertThat(page.locator("main")).containsText("buur@example.org");
		Browser.assertAccessible(page);
		assertNoSidewaysScrolling(page);
		String manageUrl = page.url();

		page.getByLabel("Tegels (tegels)").fill("30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator("main")).containsText("Je aanmelding is aangepast.");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de actie")).click();
		assertThat(page.locator(".wa-action-count strong")).hasText(String.valueOf(Integer.parseInt(before) + 1));
		page.locator("details summary").nth(1).click();
		assertThat(page.locator("details").nth(1)).containsText("KNMI");
		assertThat(page.locator("details").nth(1).locator("table")).isVisible();
		Browser.assertAccessible(page);

		page.navigate(manageUrl);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();
		assertThat(page.locator("main")).containsText("Je bent afgemeld.");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de actie")).click();
		assertThat(page.locator(".wa-action-count strong")).hasText(before);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spijkerkwartier")).first().click();
		assertThat(page.locator("#actions-heading")).isVisible();
		Browser.assertAccessible(page);
		page.context().close();
	}

	private static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("sideways scrolling on " + page.url())
				.isLessThanOrEqualTo(0);
	}
}
