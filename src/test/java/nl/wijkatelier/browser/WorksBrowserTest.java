package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.BrowserTest;
import nl.wijkatelier.support.People;

/** A municipal officer finds the demo's coupling opportunities on the map, the timeline and in the tables. */
class WorksBrowserTest extends BrowserTest {



	@Test
	void couplingMapDrawsTasksAndLinksEvenWithoutTiles() {
		Page page = browser.desktop();
		page.route("https://service.pdok.nl/**", route -> route.abort());
		page.navigate("http://localhost:" + port + "/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spijkerkwartier")).first().click();
		assertThat(page.locator("#works")).containsText("Opgaven en koppelkansen");
		Browser.assertAccessible(page);

		page.locator("#works a").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Spijkerkwartier");
		assertThat(page.locator("#works-map")).hasAttribute("data-features", Pattern.compile("[1-9][0-9]*"));
		int drawn = page.locator("#works-map .leaflet-overlay-pane path").count();
		Assertions.assertThat(drawn).isGreaterThan(10);
		assertThat(page.locator("#opportunities")).containsText("Rioolvervanging Spijkerstraat");
		assertThat(page.locator("#opportunities")).containsText("62 dagen");
		assertThat(page.locator("#timeline-section svg rect").first()).isVisible();
		assertThat(page.locator("#tasks table")).containsText("SPK-REN-1");
		Browser.assertAccessible(page);
	}

	@Test
	void anAdminOpensTheTaskFormFromTheWorksPage() {
		Page page = adminOnSpijkerkwartier();
		page.locator("#works a").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opgave SPK-RIO-1 wijzigen")).click();
		assertThat(page.locator("#title")).hasValue("Rioolvervanging Spijkerstraat");
		assertThat(page.locator("#geometry")).containsText("LineString");
		Browser.assertAccessible(page);
	}

	@Test
	void worksPageFitsAPhone() {
		Page page = browser.phone();
		page.navigate("http://localhost:" + port + "/programme");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spijkerkwartier")).first().click();
		page.locator("#works a").click();
		assertThat(page.locator("#works-map")).isVisible();
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		Assertions.assertThat(overflow).isEqualTo(false);
		Browser.assertAccessible(page);
	}

	@Test
	void theRegisterImportPagesPreviewAndMappingPassTheAccessibilityRules() {
		Page page = adminOnSpijkerkwartier();
		String neighbourhood = page.url().replaceFirst("[?#].*$", "");
		page.navigate(neighbourhood + "/works/register-import");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		Browser.assertAccessible(page);

		page.navigate(neighbourhood + "/works/register-import?format=geojson");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#idField-error")).isVisible();
		Browser.assertAccessible(page);

		page.locator("#register").fill("TOEGANKELIJK");
		page.locator("#idField").fill("nr");
		page.locator("#typeField").fill("soort");
		page.locator("#startField").fill("start");
		page.locator("#endField").fill("eind");
		page.locator("#titleField").fill("omschrijving");
		page.locator("#file").setInputFiles(new FilePayload("register.geojson", "application/geo+json", ("""
				{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nr": "A1",
				"soort": "kabel onbekend", "start": "2027-03-01", "eind": "2027-04-01", "omschrijving": "Kabel leggen"},
				"geometry": {"type": "Point", "coordinates": [5.92, 51.98]}}]}""").getBytes(StandardCharsets.UTF_8)));
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#skipped")).containsText("A1");
		assertThat(page.locator("#skipped a").first()).hasAttribute("href", Pattern.compile("work-type-mapping"));
		Browser.assertAccessible(page);

		page.navigate("http://localhost:" + port + "/programmes/wijk-van-de-toekomst/work-type-mapping");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		Browser.assertAccessible(page);
	}

	/** A desktop page, logged in as the programme admin, on the Spijkerkwartier's neighbourhood page. */
	private Page adminOnSpijkerkwartier() {
		Page page = browser.desktop();
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("E-mailadres").fill(People.ADMIN_EMAIL);
		page.getByLabel("Wachtwoord").fill(People.ADMIN_PASSWORD);
		page.locator("main button[type=submit]").click();
		page.navigate("http://localhost:" + port + "/programme");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spijkerkwartier")).first().click();
		return page;
	}
}
