package nl.wijkatelier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.BrowserTest;
import nl.wijkatelier.support.People;

/**
 * Keyboard use: the skip link comes first and takes the keyboard past the header, the main navigation is reached
 * in reading order, a form is filled in and sent with the keyboard alone, and every stop shows where the focus is.
 * Also the page shell itself: the NL Design System style sheets, the theme's tokens and the organisation's name.
 */
class KeyboardBrowserTest extends BrowserTest {

	/** Where the focus is, and how it shows: the focused element's outline, box shadow and place on screen. */
	private static final String FOCUS = """
			() => {
			  const e = document.activeElement;
			  const s = getComputedStyle(e);
			  const r = e.getBoundingClientRect();
			  return { tag: e.tagName, id: e.id || '', text: (e.getAttribute('aria-label') || e.innerText || e.labels?.[0]?.innerText || '').trim(),
			    outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, shadow: s.boxShadow,
			    x: r.x, y: r.y, w: r.width, h: r.height, vw: innerWidth, vh: innerHeight,
			    inHeader: !!e.closest('header'), inNav: !!e.closest('nav'), inMain: !!e.closest('main') };
			}""";

	@Test
	void theSkipLinkComesFirstAndTakesTheKeyboardPastTheHeader() {
		Page page = browser.desktop();
		page.navigate(url("/"));
		assertThat(page.locator(".utrecht-skip-link")).not().isInViewport();

		page.keyboard().press("Tab");
		Map<String, Object> first = focus(page);
		assertThat(first.get("text")).isEqualTo("Naar de inhoud");
		assertVisiblyFocused(first);
		assertThat(page.locator(".utrecht-skip-link")).isInViewport();
		Browser.assertAccessible(page);

		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/#main"));
		page.keyboard().press("Tab");
		Map<String, Object> next = focus(page);
		assertThat(next.get("inMain")).as("the next stop after the skip link is in the content: " + next).isEqualTo(true);
		assertVisiblyFocused(next);
		page.context().close();
	}

	@Test
	void theHeaderAndMainNavigationAreReachedInReadingOrderWithVisibleFocus() {
		Page page = browser.desktop();
		page.navigate(url("/programme"));
		@SuppressWarnings("unchecked")
		List<String> expected = (List<String>) page.evaluate("() => [...document.querySelectorAll('header a, header button')]"
				+ ".map(e => (e.getAttribute('aria-label') || e.innerText).trim())");
		assertThat(expected).contains("Home", "Programma", "Thema's", "Inloggen", "English");

		page.keyboard().press("Tab");
		List<String> reached = new ArrayList<>();
		Map<String, Object> previous = null;
		for (int i = 0; i < expected.size(); i++) {
			page.keyboard().press("Tab");
			Map<String, Object> now = focus(page);
			assertThat(now.get("inHeader")).as("stop " + (i + 1) + " is in the header: " + now).isEqualTo(true);
			assertVisiblyFocused(now);
			if (previous != null && previous.get("inNav").equals(now.get("inNav"))) {
				double dy = number(now, "y") - number(previous, "y");
				assertThat(dy > 4 || Math.abs(dy) <= 4 && number(now, "x") > number(previous, "x"))
						.as("reading order: " + previous.get("text") + " before " + now.get("text")).isTrue();
			}
			reached.add((String) now.get("text"));
			previous = now;
		}
		assertThat(reached).isEqualTo(expected);
		int home = reached.indexOf("Home");
		assertThat(reached.subList(home, reached.size())).as("the main navigation's links in their order")
				.startsWith("Home", "Programma", "Thema's");

		page.keyboard().press("Tab");
		assertThat(focus(page).get("inMain")).as("after the navigation, the content").isEqualTo(true);
		page.keyboard().press("Shift+Tab");
		assertThat(focus(page).get("text")).as("Shift+Tab goes back").isEqualTo(reached.get(reached.size() - 1));
		page.context().close();
	}

	@Test
	void aFormIsFilledInAndSentWithTheKeyboardAlone() {
		Page page = browser.desktop();
		page.navigate(url("/login"));
		Browser.assertAccessible(page);
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");

		List<String> order = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			page.keyboard().press("Tab");
			Map<String, Object> now = focus(page);
			assertThat(now.get("inMain")).isEqualTo(true);
			assertVisiblyFocused(now);
			order.add(now.get("id").toString().isEmpty() ? (String) now.get("text") : "#" + now.get("id"));
			if (now.get("tag").equals("BUTTON")) {
				break;
			}
		}
		assertThat(order).as("fields in the order they are shown, then the button").containsSubsequence("#username",
				"#password", "Inloggen");

		page.locator("#username").focus();
		page.keyboard().type(People.ADMIN_EMAIL);
		page.keyboard().press("Tab");
		assertThat(focus(page).get("id")).isEqualTo("password");
		page.keyboard().type(People.ADMIN_PASSWORD);
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/profile"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mijn profiel");
		Browser.assertAccessible(page);
		page.context().close();
	}

	@Test
	void pagesUseTheNlDesignSystemComponentsWithTheThemesTokens() {
		Page page = browser.desktop();
		page.navigate(url("/"));
		@SuppressWarnings("unchecked")
		List<String> sheets = (List<String>) page.evaluate("() => [...document.styleSheets].map(s => new URL(s.href).pathname)");
		assertThat(sheets).containsExactly("/nl-design-system/utrecht-components.css", "/theme.css", "/css/wijkatelier.css");
		assertThat(page.locator("header.utrecht-page-header .wa-logo")).hasText("Wijkatelier");
		Object primary = page.evaluate("() => getComputedStyle(document.body).getPropertyValue('--wijkatelier-color-primary').trim()");
		assertThat(primary).isEqualTo("#2e3a46");
		Object header = page.evaluate("() => getComputedStyle(document.querySelector('.utrecht-page-header')).backgroundColor");
		assertThat(header).as("the header is the Utrecht page header in the theme's primary colour").isEqualTo("rgb(46, 58, 70)");
		Object button = page.evaluate("() => { const b = document.createElement('button'); b.className = 'utrecht-button utrecht-button--secondary';"
				+ " document.querySelector('main').append(b); const s = getComputedStyle(b); return [s.backgroundColor, s.color]; }");
		assertThat(button).as("an older button class still gets the secondary action's tokens")
				.isEqualTo(List.of("rgb(255, 255, 255)", "rgb(46, 58, 70)"));
		page.context().close();
	}

	private static Map<String, Object> focus(Page page) {
		@SuppressWarnings("unchecked")
		Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS);
		return focus;
	}

	/** On screen, and marked by an outline of at least 2 px or a box shadow (the focus ring). */
	private static void assertVisiblyFocused(Map<String, Object> focus) {
		assertThat(number(focus, "w") > 0 && number(focus, "h") > 0).as("focused element has a size: " + focus).isTrue();
		assertThat(number(focus, "x") >= 0 && number(focus, "y") >= 0 && number(focus, "x") < number(focus, "vw")
				&& number(focus, "y") < number(focus, "vh")).as("focused element is in view: " + focus).isTrue();
		boolean outline = !"none".equals(focus.get("outline")) && number(focus, "outlineWidth") >= 2;
		boolean ring = focus.get("shadow") != null && !"none".equals(focus.get("shadow"));
		assertThat(outline || ring).as("focus is visible: " + focus).isTrue();
	}

	private static double number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).doubleValue();
	}
}
