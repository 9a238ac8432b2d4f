package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

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
		assertThat(page.locator("table").first()).containsText("Pakketten");
		Browser.assertAccessible(page);

		page.context().close();
	}

	private void login(Page page) {
		page.navigate(url("/login"));
		page.getByLabel("E-mailadres").fill(People.ADMIN_EMAIL);
		page.getByLabel("Wachtwoord").fill(People.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
	}

	private static final Page.GetByRoleOptions H1 = new Page.GetByRoleOptions().setLevel(1);

	/** Starts from the run page, waits until the page reloads as done, and saves the run under the name. */
	private void saveWhenDone(Page page, String name) {
		assertThat(page.locator("main")).containsText("klaar", new LocatorAssertions
				.ContainsTextOptions().setTimeout(60_000));
		Browser.assertAccessible(page);
		page.getByLabel("Naam").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaar als scenario")).click();
		assertThat(page.getByRole(AriaRole.HEADING, H1)).containsText(name);
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png"))
				.setFullPage(true));
	}

	@Test
	void anAdminPinsTasksInAScenarioReplansAndComparesBudgetUseInAChart() {
		Page page = browser.desktop();
		login(page);
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spijkerkwartier")).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan alle opgaven samen en vergelijk scenario's")).click();
		page.getByLabel("Rekentijd").selectOption("10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start de planning")).click();
		saveWhenDone(page, "Browser A");
		Browser.assertAccessible(page);
		screenshot(page, "scenario-desktop");

		String firstPinned = page.locator("input[name=pin]").nth(0).getAttribute("value");
		page.getByLabel("Zet " + firstPinned + " vast op").check();
		page.locator("input[name=pin]").nth(1).check();
		page.getByLabel("Rekentijd").selectOption("10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan opnieuw met de vastgezette opgaven")).click();
		assertThat(page.locator("main")).containsText("Herplanning van het scenario Browser A met 2 vastgezette opgaven");
		assertThat(page.locator("#plan-progress")).containsText("beste doel tot nu toe");
		Browser.assertAccessible(page);
		saveWhenDone(page, "Browser B herplanning");
		assertThat(page.locator("main")).containsText("Herplanning van het scenario Browser A.");
		// The task's own row (another row's explanation may name it as a partner).
		assertThat(page.locator("tr", new Page.LocatorOptions().setHas(
				page.locator("input[name=pin][value='" + firstPinned + "']")))).containsText("vastgezet op");
		assertThat(page.getByLabel("Zet " + firstPinned + " vast op")).isChecked();
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gezamenlijke programmering van Spijkerkwartier")).click();
		page.getByLabel("Scenario A").selectOption(new SelectOption().setLabel("Browser A"));
		page.getByLabel("Scenario B").selectOption(new SelectOption().setLabel("Browser B herplanning"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijk")).click();
		assertThat(page.getByRole(AriaRole.HEADING, H1)).hasText("Vergelijk twee scenario's");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Budgetgebruik per potje per jaar"))).isVisible();
		assertThat(page.getByRole(AriaRole.IMG).first()).hasAttribute("aria-label",
				Pattern.compile("Potje .*: Browser A geeft € .* uit en Browser B herplanning € .*"));
		assertThat(page.locator("figure table").first()).containsText("Jaarbedrag");
		assertThat(page.locator("main")).containsText("Complexiteit per pakket");
		assertThat(page.locator("main")).containsText("Portefeuillehouders");
		assertThat(page.locator("main")).containsText("Dagen dat een straat open ligt");
		Browser.assertAccessible(page);
		screenshot(page, "compare-desktop");
		String compare = page.url();
		page.context().close();

		Page phone = browser.phone();
		login(phone);
		phone.navigate(compare);
		assertThat(phone.getByRole(AriaRole.HEADING, H1)).hasText("Vergelijk twee scenario's");
		assertThat(phone.getByRole(AriaRole.IMG).first()).isVisible();
		Assertions.assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth"))
				.as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
		Browser.assertAccessible(phone);
		screenshot(phone, "compare-phone");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browser B herplanning")).first().click();
		assertThat(phone.getByRole(AriaRole.HEADING, H1)).containsText("Browser B herplanning");
		Assertions.assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth"))
				.as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
		Browser.assertAccessible(phone);
		screenshot(phone, "scenario-phone");
		phone.context().close();
	}
}
