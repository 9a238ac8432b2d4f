package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.BrowserTest;

/** An officer plans the demo portfolio in the browser: live progress, cancel, save, explain, compare. */
class PlanningBrowserTest extends BrowserTest {




	@Test
	void anAdminPlansSavesExplainsAndComparesScenarios() {
		Page page = browser.desktop();
		page.navigate(url("/login"));
		page.getByLabel("E-mailadres").fill(People.ADMIN_EMAIL);
		page.getByLabel("Wachtwoord").fill(People.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spijkerkwartier")).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan alle opgaven samen en vergelijk scenario's")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Gezamenlijke programmering");
		Browser.assertAccessible(page);

		page.getByLabel("Rekentijd").selectOption("120");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start de planning")).click();
		assertThat(page.locator("#plan-progress")).containsText("beste doel tot nu toe");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afbreken")).click();
		assertThat(page.locator("main")).containsText("afgebroken");
		Browser.assertAccessible(page);
		page.getByLabel("Naam").fill("Browserscenario");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaar als scenario")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Browserscenario");
		assertThat(page.locator("table")).containsText("loopt samen met");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gezamenlijke programmering van Spijkerkwartier")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijk")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vergelijk twee scenario's");
		assertThat(page.locator("table")).containsText("Pakketten");
		Browser.assertAccessible(page);

		page.context().close();
	}
}
