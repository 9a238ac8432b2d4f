package nl.wijkatelier.programme;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.Actions;
import nl.wijkatelier.action.CreateAction;
import nl.wijkatelier.action.NewAction;
import nl.wijkatelier.platform.RateLimitProperties;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Browser;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.PdokStubTest;
import nl.wijkatelier.support.People;
import nl.wijkatelier.works.WorksRegister;

/**
 * Looking up a postcode and house number in PDOK's Locatieserver, here a local WireMock server answering with
 * Locatieserver answers in their documented shape (fixtures/pdok/locatieserver): through the API, and in the
 * sign-up and task forms by a server round trip; an address PDOK does not know, a server error and a timeout each
 * give a clear answer and block nothing.
 */
class AddressLookupTest extends PdokStubTest {

	static final String FREE = LOCATIESERVER + "/free";
	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	CreateAction createAction;
	@Autowired
	Actions actions;
	@Autowired
	WorksRegister register;
	@Autowired
	RateLimitProperties limits;

	@BeforeEach
	void stubs() {
		PDOK.resetAll();
		answer("6512BK", 1, "free-6512BK-1.json");
		answer("1012AA", 36, "free-1012AA-36.json");
		answer("9999ZZ", 7, "free-empty.json");
		PDOK.stubFor(get(urlPathEqualTo(FREE)).withQueryParam("q", equalTo("postcode:1234AB and huisnummer:500"))
				.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
						.withBody(locatieserver("error-500.json"))));
		PDOK.stubFor(get(urlPathEqualTo(FREE)).withQueryParam("q", equalTo("postcode:1234AB and huisnummer:408"))
				.willReturn(aResponse().withFixedDelay(30_000).withHeader("Content-Type", "application/json")
						.withBody(locatieserver("free-empty.json"))));
	}

	private static void answer(String postcode, int number, String file) {
		PDOK.stubFor(get(urlPathEqualTo(FREE))
				.withQueryParam("q", equalTo("postcode:" + postcode + " and huisnummer:" + number))
				.withQueryParam("fq", equalTo("type:adres"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(locatieserver(file))));
	}

	private static String locatieserver(String name) {
		return fixture("locatieserver/" + name);
	}

	/** A client of its own (an IPv6 /64 counts as one address), so the per-address limit counts only its lookups. */
	private Http client() {
		return Http.api(port).withHeader("X-Forwarded-For", clientAddress());
	}

	private static String clientAddress() {
		return "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + "::1";
	}

	@Test
	void findsAnAddressWithItsCodesAndPointsAndKeepsTheAnswerForAWhile() {
		Http client = client();

		Http.Response found = client.get("/api/v1/addresses?postcode=6512%20bk&houseNumber=1");
		Http.Response again = client.get("/api/v1/addresses?postcode=6512BK&houseNumber=%201%20");

		assertThat(found.status()).isEqualTo(200);
		JsonNode a = found.json();
		assertThat(a.get("street").asString()).isEqualTo("Arend Noorduijnstraat");
		assertThat(a.get("houseNumber").asInt()).isEqualTo(1);
		assertThat(a.get("fullHouseNumber").asString()).isEqualTo("1");
		assertThat(a.get("postcode").asString()).isEqualTo("6512 BK");
		assertThat(a.get("place").asString()).isEqualTo("Nijmegen");
		assertThat(a.get("municipalityCode").asString()).isEqualTo("GM0268");
		assertThat(a.get("districtCode").asString()).isEqualTo("WK026802");
		assertThat(a.get("neighbourhoodCode").asString()).isEqualTo("BU02680202");
		assertThat(a.at("/rd/0").asDouble()).isEqualTo(187136.056);
		assertThat(a.at("/rd/1").asDouble()).isEqualTo(428140.256);
		assertThat(a.at("/wgs84/0").asDouble()).isEqualTo(5.85351525);
		assertThat(a.at("/wgs84/1").asDouble()).isEqualTo(51.84092097);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("street").asString()).isEqualTo("Arend Noorduijnstraat");
		PDOK.verify(1, getRequestedFor(urlPathEqualTo(FREE))
				.withQueryParam("q", equalTo("postcode:6512BK and huisnummer:1"))
				.withQueryParam("fq", equalTo("type:adres")));
	}

	@Test
	void choosesTheAddressWithTheAskedHouseLetterAndAddition() {
		Http client = client();

		JsonNode plain = client.get("/api/v1/addresses?postcode=1012AA&houseNumber=36").json();
		JsonNode letter = client.get("/api/v1/addresses?postcode=1012AA&houseNumber=36a").json();
		JsonNode addition = client.get("/api/v1/addresses?postcode=1012AA&houseNumber=36%20A-2").json();
		Http.Response other = client.get("/api/v1/addresses?postcode=1012AA&houseNumber=36B");

		assertThat(plain.get("fullHouseNumber").asString()).isEqualTo("36");
		assertThat(letter.get("fullHouseNumber").asString()).isEqualTo("36A");
		assertThat(letter.get("houseLetter").asString()).isEqualTo("A");
		assertThat(letter.at("/wgs84/0").asDouble()).isEqualTo(4.90077138);
		assertThat(addition.get("fullHouseNumber").asString()).isEqualTo("36A-2");
		assertThat(addition.get("houseNumberAddition").asString()).isEqualTo("2");
		assertThat(other.status()).isEqualTo(404);
	}

	@Test
	void anAddressTheBagDoesNotHaveIsNotFound() {
		Http.Response missing = client().get("/api/v1/addresses?postcode=9999ZZ&houseNumber=7&lang=en");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.json().get("detail").asString()).contains("9999 ZZ", "7");
	}

	@Test
	void aBadPostcodeOrHouseNumberIsRefusedNamingWhatToFixWithoutAskingPdok() {
		Http.Response bad = client().get("/api/v1/addresses?postcode=0123%20AB&houseNumber=twaalf");
		Http.Response missing = client().get("/api/v1/addresses?postcode=6512BK");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
				.containsExactlyInAnyOrder("postcode", "houseNumber");
		assertThat(bad.json().get("errors").toString()).contains("1234 AB", "12A");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("houseNumber");
		assertThat(PDOK.getAllServeEvents()).isEmpty();
	}

	@Test
	void anErrorOrNoAnswerFromPdokIsServiceUnavailableWithAClearMessage() {
		Http client = client();

		Http.Response error = client.get("/api/v1/addresses?postcode=1234AB&houseNumber=500");
		Http.Response timeout = client.get("/api/v1/addresses?postcode=1234AB&houseNumber=408&lang=en");
		Http.Response errorAgain = client.get("/api/v1/addresses?postcode=1234AB&houseNumber=500");

		assertThat(error.status()).isEqualTo(503);
		assertThat(error.json().get("detail").asString()).contains("PDOK", "zelf in");
		assertThat(timeout.status()).isEqualTo(503);
		assertThat(timeout.json().get("detail").asString()).contains("PDOK", "type the address yourself");
		// failures are not kept: PDOK is asked again
		assertThat(errorAgain.status()).isEqualTo(503);
		PDOK.verify(2, getRequestedFor(urlPathEqualTo(FREE))
				.withQueryParam("q", equalTo("postcode:1234AB and huisnummer:500")));
	}

	@Test
	void lookupsOverTheLimitOfAClientAddressAreRefusedWithRetryAfter() {
		Http client = client();
		Http.Response answer = null;
		for (int i = 0; i <= limits.addressLookupsPerMinute(); i++) {
			answer = client.get("/api/v1/addresses?postcode=6512BK&houseNumber=1");
			assertThat(answer.status()).as("lookup %d", i).isEqualTo(i < limits.addressLookupsPerMinute() ? 200 : 429);
		}
		assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(answer.json().get("detail").asString()).contains("te veel adressen");
	}

	@Test
	void theSignUpFormLooksUpTheAddressForTheHouseholdToConfirmAndSignsNobodyUp() {
		Action action = collectivePurchase();
		Http browser = Http.browser(port).withHeader("X-Forwarded-For", clientAddress());
		Http.Response page = browser.get("/actions/" + action.id());
		assertThat(page.body()).contains("name=\"lookupAddress\"", "Zoek adres");
		Matcher token = FORM_TOKEN.matcher(page.body());
		assertThat(token.find()).isTrue();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("formToken", token.group(1));
		form.put("q.roofInsulation", "1");
		form.put("name", "Fam. De Vries");
		form.put("postcode", "1012 aa");
		form.put("houseNumber", "36a");
		form.put("lookupAddress", "true");

		Http.Response looked = browser.postForm("/actions/" + action.id() + "/signups", form);

		assertThat(looked.status()).isEqualTo(200);
		assertThat(looked.body()).contains("Gevonden: De Ruijterkade 36A, 1012 AA Amsterdam", "Meld je dan aan",
				"Gemeente Amsterdam (GM0363)", "CBS-buurt BU0363AB01",
				"value=\"1012 AA\"", "value=\"36A\"", "value=\"Fam. De Vries\"", "value=\"" + token.group(1) + "\"");
		assertThat(actions.view(action.id()).households()).isZero();

		form.put("houseNumber", "36B");
		Http.Response notFound = browser.postForm("/actions/" + action.id() + "/signups", form);
		assertThat(notFound.status()).isEqualTo(200);
		assertThat(notFound.body()).contains("Geen adres gevonden met postcode 1012 AA en huisnummer 36B");

		form.put("postcode", "1234AB");
		form.put("houseNumber", "500");
		Http.Response unavailable = browser.postForm("/actions/" + action.id() + "/signups", form);
		assertThat(unavailable.status()).isEqualTo(200);
		assertThat(unavailable.body()).contains("PDOK niet (op tijd) antwoordde");

		form.put("postcode", "12345");
		Http.Response invalid = browser.postForm("/actions/" + action.id() + "/signups", form);
		assertThat(invalid.body()).contains("Vul een postcode in als 1234 AB", "href=\"#household.postcode\"");

		form.remove("lookupAddress");
		form.put("postcode", "1012 AA");
		form.put("houseNumber", "36A");
		form.put("email", "devries@example.org");
		Http.Response signedUp = browser.postForm("/actions/" + action.id() + "/signups", form);
		assertThat(signedUp.status()).isEqualTo(302);
		assertThat(actions.view(action.id()).households()).isEqualTo(1);
	}

	@Test
	void inTheBrowserTheFoundAddressIsAccessibleAndEnterInAFieldStillSignsUp() {
		assumeTrue(Browser.available(), "Chromium is not installed: the browser part did not run");
		Action action = collectivePurchase();
		try (Browser browser = Browser.open()) {
			Page page = browser.desktop();
			page.navigate("http://localhost:" + port + "/actions/" + action.id());
			page.getByLabel("Dakisolatie").check();
			page.getByLabel("Naam").fill("Fam. Jansen");
			page.getByLabel("Postcode").fill("6512 bk");
			page.getByLabel("Huisnummer").fill("1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoek adres")).click();

			PlaywrightAssertions.assertThat(page.locator("#address-lookup-result"))
					.containsText("Gevonden: Arend Noorduijnstraat 1, 6512 BK Nijmegen");
			PlaywrightAssertions.assertThat(page.getByLabel("Postcode")).hasValue("6512 BK");
			PlaywrightAssertions.assertThat(page.getByLabel("Naam")).hasValue("Fam. Jansen");
			Browser.assertAccessible(page);
			assertThat(actions.view(action.id()).households()).isZero();

			page.locator("[id='household.email']").fill("jansen@example.org");
			page.locator("[id='household.email']").press("Enter");
			PlaywrightAssertions.assertThat(page.locator("main")).containsText("Bedankt, je bent aangemeld!");
			assertThat(actions.view(action.id()).households()).isEqualTo(1);
		}
	}

	private Action collectivePurchase() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hoogkamp"))
				.findFirst().orElseThrow().id();
		return createAction.create(new NewAction(where, "COLLECTIVE_PURCHASE", "Samen isoleren " + UUID.randomUUID(),
				null, null, null, 10, List.of(new NewAction.ThresholdSpec(1, "Offerte")), List.of(), false),
				Optional.empty());
	}

	@Test
	void theTaskFormPutsThePointOfTheAddressInTheGeometryForTheOfficerToSave() {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Neighbourhood n = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Adreswijk " + suffix,
				Optional.empty(), "Amsterdam", Optional.empty(), null, null, null, false));
		Party party = catalog.registerParty(programme.id(), Optional.of(n.id()), "Netbeheerder " + suffix,
				PartyType.GRID_OPERATOR, null, false);
		Http browser = Http.browser(port).login(people.officer(party.id()).email(), People.PASSWORD);
		String base = "/neighbourhoods/" + n.id().value() + "/works";
		assertThat(browser.get(base + "/tasks/new").body()).contains("name=\"lookupAddress\"");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("id", "E-1");
		form.put("title", "Kabel De Ruijterkade");
		form.put("owner", party.name());
		form.put("type", "ELECTRICITY_GRID");
		form.put("earliestStart", "2028-01-01");
		form.put("latestEnd", "2029-12-31");
		form.put("durationDays", "30");
		form.put("cost", "50000");
		form.put("shareableCost", "10000");
		form.put("postcode", "1012AA");
		form.put("houseNumber", "36");
		form.put("lookupAddress", "true");

		Http.Response looked = browser.postForm(base + "/tasks", form);

		assertThat(looked.status()).isEqualTo(200);
		assertThat(looked.body()).contains("Gevonden: De Ruijterkade 36, 1012 AA Amsterdam",
				"{&quot;type&quot;: &quot;Point&quot;, &quot;coordinates&quot;: [4.90052311, 52.37985602]}",
				"value=\"Kabel De Ruijterkade\"");
		assertThat(register.tasks(n.id())).isEmpty();

		form.remove("lookupAddress");
		form.put("geometry", "{\"type\": \"Point\", \"coordinates\": [4.90052311, 52.37985602]}");
		Http.Response saved = browser.postForm(base + "/tasks", form);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(register.tasks(n.id())).singleElement()
				.satisfies(t -> assertThat(t.task().geometry()).isPresent());

		form.put("lookupAddress", "true");
		Http.Response anonymous = Http.browser(port).postForm(base + "/tasks", form);
		assertThat(anonymous.status()).isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("De Ruijterkade 36,");
	}
}
