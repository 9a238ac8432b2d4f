package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
		assertThat(page.locator("#dashboard-map")).hasAttribute("data-boundaries", Pattern.compile("\\d+"),
				new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
		// The nine seed neighbourhoods sit at their municipality's centre (no boundary is fetched in tests); a
		// neighbourhood that was given a boundary is drawn by its outline, with a marker at its centroid.
		int outlines = Integer.parseInt(page.locator("#dashboard-map").getAttribute("data-boundaries"));
		assertThat(page.locator("#dashboard-map")).hasAttribute("data-markers", String.valueOf(9 + outlines));
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
