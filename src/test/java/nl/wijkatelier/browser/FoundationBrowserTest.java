package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.BrowserTest;

/** A new visitor in headless Chromium: home, language switch, programme, a neighbourhood, themes, login. */
class FoundationBrowserTest extends BrowserTest {



	@Test
	void aVisitorSwitchesLanguageAndReachesANeighbourhood() {
		Page page = browser.desktop();
		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Samen werken aan een duurzame wijk");
		Browser.assertAccessible(page);

		page.locator("#switch-language").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Working together on a sustainable neighbourhood");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spijkerkwartier")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Spijkerkwartier");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("aside")).containsText("6,880");
		assertThat(page.locator("aside")).containsText("CBS");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijk van de Toekomst")).first().click();
		assertThat(page.locator("table")).containsText("Loenen op de Veluwe");
		Browser.assertAccessible(page);

		assertThat(page.locator("#inspiration-heading")).hasText("More inspiration");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Knowledge base").setExact(true)).first().click();
		page.getByLabel("Search the knowledge base").fill("Steenbreek");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		assertThat(page.locator("main")).containsText("Steenbreek");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Themes")).click();
		assertThat(page.locator("svg.wa-diagram")).isVisible();
		Browser.assertAccessible(page);

		page.locator("#switch-language").click();
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		page.context().close();
	}

	@Test
	void anAdminLogsInAndSeesTheProfile() {
		Page page = browser.desktop();
		page.navigate(url("/login"));
		Browser.assertAccessible(page);
		page.getByLabel("E-mailadres").fill(People.ADMIN_EMAIL);
		page.getByLabel("Wachtwoord").fill(People.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(page).hasURL(url("/profile"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mijn profiel");
		Browser.assertAccessible(page);
		page.getByLabel("Naam van de sleutel").fill("Script");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sleutel maken")).click();
		assertThat(page.locator("#new-token")).containsText("wka_");
		Browser.assertAccessible(page);

		page.navigate(url("/themes"));
		assertThat(page.locator("#edit")).isVisible();
		Browser.assertAccessible(page);

		page.navigate(url("/knowledge/tips"));
		Browser.assertAccessible(page);
		page.getByLabel("Uw tip").fill("Maak samen een buurtmoestuin; iedereen wil wel oogsten.");
		page.getByLabel("Uit welke wijk").selectOption(new SelectOption().setLabel("Kerschoten"));
		page.getByLabel("In welke rol").selectOption("RESIDENT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tip delen")).click();
		assertThat(page.locator("[role=status]")).containsText("gedeeld");
		assertThat(page.locator("main")).containsText("buurtmoestuin");
		Browser.assertAccessible(page);
		page.context().close();
	}

	@Test
	void anAdminReachesTheProgrammePagesFromTheNavigation() {
		Page page = browser.desktop();
		page.navigate(url("/login"));
		page.getByLabel("E-mailadres").fill(People.ADMIN_EMAIL);
		page.getByLabel("Wachtwoord").fill(People.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programma's beheren")).first().click();
		assertThat(page.locator("table")).containsText("Wijk van de Toekomst");
		Browser.assertAccessible(page);

		// the form shown again with its error; nothing is started, the shared context keeps one programme
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programma starten")).click();
		Browser.assertAccessible(page);
		page.locator("main button[type=submit]").click();
		assertThat(page.locator("#name-error")).hasText("Vul dit veld in.");
		Browser.assertAccessible(page);

		page.navigate(url("/programmes/wijk-van-de-toekomst/edit"));
		assertThat(page.getByLabel("Naam van het programma")).hasValue("Wijk van de Toekomst");
		Browser.assertAccessible(page);
		page.navigate(url("/programmes/wijk-van-de-toekomst/admins"));
		Browser.assertAccessible(page);
		page.navigate(url("/programme"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hengstdal").setExact(true)).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijk bewerken")).click();
		assertThat(page.getByLabel("Naam van de wijk")).hasValue("Hengstdal");
		Browser.assertAccessible(page);
		page.context().close();
	}

	@Test
	void aPhoneGetsTheSamePagesWithoutSidewaysScrolling() {
		Page page = browser.phone();
		page.navigate(url("/programme"));
		Browser.assertAccessible(page);
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
		Assertions.assertThat(overflow).isEqualTo(false);
		page.context().close();
	}

}
