package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.BrowserTest;

/** A visitor searches the knowledge base and opens the programme and a neighbourhood dashboard, in Dutch and English. */
class DashboardBrowserTest extends BrowserTest {



	@Test
	void aVisitorSearchesInDutchAndReadsTheDashboardsInBothLanguages() {
		Page page = browser.desktop();
		page.navigate(url("/knowledge"));
		Browser.assertAccessible(page);
		// Singular "tegel" finds "Tegels eruit" through the Dutch stemmer, highlighted.
		page.locator("#q").fill("tegel");
		page.locator("main button[type=submit]").first().click();
		assertThat(page.locator("ol.wa-results")).containsText("Steenbreek");
		assertThat(page.locator("ol.wa-results mark").first()).hasText("Tegels");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).first().click();
		assertThat(page.locator("h1")).containsText("Dashboard");
		assertThat(page.locator("#compare-table")).containsText("Spijkerkwartier");
		assertThat(page.locator("#dashboard-map")).hasAttribute("data-markers", Pattern.compile("\\d+"),
				new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
		// Every neighbourhood is in the list beside the map, saying where its point comes from; each one placed
		// has a marker with its number (text, not colour, links them). The nine seeds are placed by their CBS
		// areas, except Kerschoten, which has no CBS code.
		int listed = page.locator("#map-list li").count();
		int placed = page.locator("#map-list li:not([data-source=NONE])").count();
		assertTrue(listed >= 9, "the nine seeds and the test's own neighbourhoods are listed, not " + listed);
		assertThat(page.locator("#dashboard-map")).hasAttribute("data-markers", String.valueOf(placed));
		assertThat(page.locator("#dashboard-map .wa-map-number")).hasCount(placed);
		assertThat(page.locator("#map-list li", new Page.LocatorOptions().setHasText("Spijkerkwartier")).first())
				.hasAttribute("data-source", "CBS_AREAS");
		assertThat(page.locator("#map-list li", new Page.LocatorOptions().setHasText("Spijkerkwartier")).first())
				.containsText("op het midden van de CBS-gebieden WK020202 \u2014 Spijkerkwartier");
		assertThat(page.locator("#map-list li", new Page.LocatorOptions().setHasText("Kerschoten")).first())
				.hasAttribute("data-source", Pattern.compile("TASKS|MUNICIPALITY"));
		Browser.assertAccessible(page);

		page.locator("#compare-table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName("Spijkerkwartier")).click();
		assertThat(page.locator("h1")).containsText("Spijkerkwartier");
		assertThat(page.locator("#atelier svg.wa-chart")).isVisible();
		page.locator("#atelier summary").click();
		assertThat(page.locator("#atelier-table")).containsText("Iedereen");
		Browser.assertAccessible(page);

		page.locator("#switch-language").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("#figures-heading")).hasText("Key figures");
		assertThat(page.locator("#atelier-table")).containsText("Everyone");
		Browser.assertAccessible(page);

		page.navigate(url("/knowledge?q=duurzame"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		Browser.assertAccessible(page);
		page.locator("#switch-language").click();
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		page.context().close();
	}

}
