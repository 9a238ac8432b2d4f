package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.BrowserTest;

/** A resident on a phone finds the tile action, signs up, keeps the private link, changes and cancels. */
class ActionBrowserTest extends BrowserTest {

	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;


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

	@Test
	void aFacilitatorStartsAnActionFollowsItAndInvitesTheNetwork() {
		var where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Loenen op de Veluwe")).findFirst()
				.orElseThrow();
		People.Person facilitator = people.facilitator(where.id());
		Page page = browser.desktop();
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("E-mailadres").fill(facilitator.email());
		page.getByLabel("Wachtwoord").fill(People.PASSWORD);
		page.locator("main button[type=submit]").click();
		page.navigate("http://localhost:" + port + "/neighbourhoods/" + where.id());
		assertThat(page.locator("#actions-heading")).isVisible();
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een actie starten")).click();
		Browser.assertAccessible(page);
		page.getByLabel("Soort actie").selectOption("RAIN_PIPE_DISCONNECTION");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie starten")).click();
		assertThat(page.locator(".utrecht-alert--error")).isVisible();
		Browser.assertAccessible(page);
		page.getByLabel("Titel").fill("Regenpijpen los in Loenen");
		page.getByLabel("Doel (aantal huishoudens)").fill("20");
		page.locator("[id='thresholds[0].households']").fill("5");
		page.locator("[id='thresholds[0].label']").fill("Gratis regenton");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie starten")).click();
		assertThat(page.locator("h1")).containsText("Regenpijpen los in Loenen");
		assertThat(page.locator(".wa-thresholds")).containsText("Gratis regenton");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de pagina voor organisatoren")).click();
		assertThat(page.locator("#network-heading")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#network-heading ~ form button").click();
		assertThat(page.locator("main")).containsText("per e-mail uitgenodigd");
		Browser.assertAccessible(page);

		page.navigate("http://localhost:" + port + "/actions/network/leave/wal_unknown");
		assertThat(page.locator(".utrecht-alert--warning")).isVisible();
		Browser.assertAccessible(page);
		page.context().close();
	}

	private static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		Assertions.assertThat(((Number) overflow).intValue()).as("sideways scrolling on " + page.url())
				.isLessThanOrEqualTo(0);
	}
}
