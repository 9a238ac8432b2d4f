package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.BrowserTest;

/**
 * A small atelier end to end in headless Chromium: the facilitator creates and opens it on a desktop, a resident
 * joins on a phone with the code and contributes, the contribution appears live on the facilitator's screen,
 * the facilitator publishes, and the report opens. Axe runs on every page.
 */
class AtelierBrowserTest extends BrowserTest {

	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;


	@Test
	void aPhoneJoinsContributesAndTheFacilitatorSeesItLivePublishesAndTheReportOpens() {
		NeighbourhoodId hengstdal = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal"))
				.findFirst().orElseThrow().id();
		People.Person facilitator = people.facilitator(hengstdal);

		Page desk = browser.desktop();
		desk.navigate(url("/login"));
		desk.getByLabel("E-mailadres").fill(facilitator.email());
		desk.getByLabel("Wachtwoord").fill(People.PASSWORD);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		desk.navigate(url("/neighbourhoods/" + hengstdal));
		assertThat(desk.locator("#ateliers")).isVisible();
		desk.locator("#ateliers").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nieuw atelier")).click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Een atelier aanmaken");
		Browser.assertAccessible(desk);

		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Atelier aanmaken")).click();
		assertThat(desk.locator(".utrecht-alert--error")).containsText("Vul dit veld in");
		Browser.assertAccessible(desk);
		desk.getByLabel("Titel").fill("Buurtavond Hengstdal");
		desk.getByLabel("Datum").fill("2026-05-17");
		desk.getByLabel("Energie").check();
		desk.getByLabel("Groen", new Page.GetByLabelOptions().setExact(true)).check();
		desk.getByLabel("Sprekers").fill("Petra Hofman, programma manager Wijk van de Toekomst");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Atelier aanmaken")).click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Buurtavond Hengstdal");
		assertThat(desk.locator("svg.wa-qr")).isVisible();
		Browser.assertAccessible(desk);
		desk.locator("#open-atelier").click();
		assertThat(desk.locator("#atelier-state")).hasText("Open");
		Browser.assertAccessible(desk);
		String code = desk.locator("#join-code").textContent().trim();

		Page phone = browser.phone();
		phone.navigate(url("/j/" + code));
		assertThat(phone.getByLabel("Code van het atelier")).hasValue(code);
		Browser.assertAccessible(phone);
		phone.getByLabel("Uw naam (niet verplicht)").fill("Fatima");
		phone.getByLabel("Vanuit welke rol doet u mee?").selectOption("RESIDENT");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Buurtavond Hengstdal");
		Browser.assertAccessible(phone);
		assertNoSidewaysScrolling(phone);

		phone.locator("#q2").check();
		phone.getByLabel("Kans", new Page.GetByLabelOptions().setExact(true)).check();
		String text = "Bij de rioolvervanging meteen (<3 weken) & tegelijk regenpijpen afkoppelen";
		phone.getByLabel("Uw bijdrage").fill(text);
		phone.locator("#suggest-themes").click();
		assertThat(phone.locator("#theme-CLIMATE_ADAPTATION")).isChecked();
		phone.locator("#send-contribution").click();
		assertThat(phone.locator(".utrecht-alert--ok")).containsText("uw bijdrage is ontvangen");
		assertThat(phone.locator("#mine")).containsText(text);
		Browser.assertAccessible(phone);

		assertThat(desk.locator("#live")).containsText(text,
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(desk.locator("#live-status")).containsText("1 deelnemer, 1 bijdrage");

		phone.locator("#weights").getByLabel("Energie").fill("60");
		phone.locator("#weights").getByLabel("Groen", new Locator.GetByLabelOptions().setExact(true)).fill("40");
		assertThat(phone.locator("#weights-total")).hasText("Totaal: 100 van 100");
		phone.locator("#save-weights").click();
		assertThat(phone.locator(".utrecht-alert--ok")).containsText("weging is opgeslagen");
		Browser.assertAccessible(phone);

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gezamenlijk beeld")).click();
		assertThat(phone.locator("#weights-table")).containsText("60,0");
		Browser.assertAccessible(phone);
		assertNoSidewaysScrolling(phone);

		desk.getByLabel("Inzichten voor het verslag (niet verplicht)").fill("Regenwater is hier het gesprek van de avond.");
		desk.locator("#publish-atelier").click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Buurtavond Hengstdal");
		assertThat(desk.locator("main")).containsText("Regenwater is hier het gesprek van de avond.");
		assertThat(desk.locator("#weights-table")).containsText("60,0");
		Browser.assertAccessible(desk);

		phone.navigate(desk.url());
		assertThat(phone.locator("main")).containsText(text);
		assertThat(phone.locator("#speakers")).containsText("Petra Hofman");
		Browser.assertAccessible(phone);
		assertNoSidewaysScrolling(phone);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ateliers").setExact(true)).first().click();
		Browser.assertAccessible(phone);
		desk.context().close();
		phone.context().close();
	}

	@Test
	void theSeedKnowledgeAtelierAndTheExampleReportOpenInEnglishToo() {
		Page page = browser.desktop();
		page.navigate(url("/ateliers?lang=en"));
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kennisatelier Integrale duurzame wijkontwikkeling")).click();
		assertThat(page.locator("#participant-count")).containsText("34");
		assertThat(page.locator("#tips")).containsText("Betrek bewoners, zij weten wat er speelt.");
		assertThat(page.locator("#links")).containsText("https://steenbreek.nl/");
		Browser.assertAccessible(page);

		page.navigate(url("/ateliers"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijkatelier Spijkerkwartier: samen een beeld vormen")).click();
		assertThat(page.locator("#divergences")).isVisible();
		assertThat(page.locator(".utrecht-badge-status--example").first()).isVisible();
		Browser.assertAccessible(page);
		page.navigate(page.url().replace("/report", "/picture"));
		assertThat(page.locator("#weights-table")).isVisible();
		Browser.assertAccessible(page);
		page.context().close();
	}

	private static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
		Assertions.assertThat(overflow).as("sideways scrolling on " + page.url()).isEqualTo(false);
	}

}
