package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

@WijkatelierTest
class ActionPagesTest {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;
	@Autowired
	Actions actions;
	@Autowired
	CreateAction createAction;
	@Autowired
	SignUp signUp;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;

	Action newAction(String template) {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hoogkamp"))
				.findFirst().orElseThrow().id();
		return createAction.create(new NewAction(where, template, "Hoogkamp doet mee " + UUID.randomUUID(), null, null, null,
				10, List.of(new NewAction.ThresholdSpec(1, "Koffie")), List.of(), false), Optional.empty());
	}

	@Test
	void aDoubleClickedSignUpFormMakesOneSignUp() {
		Action action = newAction("TILE_REMOVAL");
		Http browser = Http.browser(port);
		Http.Response page = browser.get("/actions/" + action.id());
		assertThat(page.status()).isEqualTo(200);
		Matcher token = FORM_TOKEN.matcher(page.body());
		assertThat(token.find()).isTrue();
		Map<String, String> form = Map.of("formToken", token.group(1), "q.tiles", "40", "q.squareMetres", "");
		Http.Response first = browser.postForm("/actions/" + action.id() + "/signups", form);
		Http.Response second = browser.postForm("/actions/" + action.id() + "/signups", form);
		assertThat(first.status()).isEqualTo(302);
		assertThat(second.status()).isEqualTo(302);
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		assertThat(first.header("Location")).contains("/actions/manage/wam_");
		assertThat(actions.view(action.id()).households()).isEqualTo(1);
		assertThat(actions.view(action.id()).totals().of("tiles")).isEqualTo(40);

		Http.Response manage = browser.get(first.header("Location").replaceFirst("^https?://[^/]+", ""));
		assertThat(manage.status()).isEqualTo(200);
		assertThat(manage.body()).contains("40");
	}

	@Test
	void theSignUpFormOverTheLimitOfAnAddressSaysHowLongToWait() {
		Action action = newAction("TILE_REMOVAL");
		Http browser = Http.browser(port).withHeader("X-Forwarded-For", "2001:db8::4:"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)));
		Http.Response answer = null;
		for (int i = 0; i <= 60; i++) {
			Matcher token = FORM_TOKEN.matcher(browser.get("/actions/" + action.id()).body());
			assertThat(token.find()).isTrue();
			answer = browser.postForm("/actions/" + action.id() + "/signups", Map.of("formToken", token.group(1),
					"q.tiles", "2"));
			assertThat(answer.status()).as("sign-up %d", i).isEqualTo(i < 60 ? 302 : 429);
		}
		assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(answer.body()).contains("te veel aanmeldingen");
		assertThat(actions.view(action.id()).households()).isEqualTo(60);
	}

	@Test
	void theSameFormSentAgainWithOtherDetailsMakesNoSecondSignUpAndRevealsNothing() {
		Action action = newAction("TILE_REMOVAL");
		Http browser = Http.browser(port);
		Matcher token = FORM_TOKEN.matcher(browser.get("/actions/" + action.id()).body());
		assertThat(token.find()).isTrue();
		Http.Response first = browser.postForm("/actions/" + action.id() + "/signups", Map.of("formToken",
				token.group(1), "q.tiles", "5"));
		assertThat(first.status()).isEqualTo(302);
		Http.Response other = browser.postForm("/actions/" + action.id() + "/signups", Map.of("formToken",
				token.group(1), "q.tiles", "6"));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.body()).doesNotContain("wam_").contains("al verstuurd");
		assertThat(actions.view(action.id()).households()).isEqualTo(1);
	}

	@Test
	void aWrongFormShowsTheErrorsBesideTheFieldsAndStoresNothing() {
		Action action = newAction("COLLECTIVE_PURCHASE");
		Http browser = Http.browser(port);
		Matcher token = FORM_TOKEN.matcher(browser.get("/actions/" + action.id()).body());
		assertThat(token.find()).isTrue();
		Http.Response answer = browser.postForm("/actions/" + action.id() + "/signups", Map.of("formToken",
				token.group(1), "q.solarPanels", "-4", "postcode", "ABCD 12", "email", "geen-adres"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("utrecht-alert--error").contains("aria-invalid=\"true\"")
				.contains("postcode");
		assertThat(actions.view(action.id()).households()).isZero();
	}

	@Test
	void theManagePageCancelsAndDeletes() {
		Action action = newAction("TILE_REMOVAL");
		SignupReceipt receipt = signUp.signUp(action.id(), Optional.empty(), new SignupDetails(Map.of("tiles", 5),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
		Http browser = Http.browser(port);
		assertThat(browser.get("/actions/manage/" + receipt.manageToken()).status()).isEqualTo(200);
		Http.Response export = browser.get("/actions/manage/" + receipt.manageToken() + "/export");
		assertThat(export.header("Content-Disposition")).contains("attachment");
		assertThat(export.body()).contains("\"tiles\" : 5");
		assertThat(browser.postForm("/actions/manage/" + receipt.manageToken() + "/cancel", Map.of()).status())
				.isEqualTo(302);
		assertThat(actions.view(action.id()).households()).isZero();
		browser.get("/actions/manage/" + receipt.manageToken());
		assertThat(browser.postForm("/actions/manage/" + receipt.manageToken() + "/delete", Map.of()).status())
				.isEqualTo(302);
		assertThat(browser.get("/actions/manage/" + receipt.manageToken()).status()).isEqualTo(404);
	}

	@Test
	void theOrganiserPageIsForOrganisersAndShowsTheCaughtMail() {
		Action action = newAction("TILE_REMOVAL");
		Http anonymous = Http.browser(port);
		Http.Response refused = anonymous.get("/actions/" + action.id() + "/organise");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.header("Location")).contains("/login");
		People.Person facilitator = people.facilitator(action.neighbourhoodId());
		Http organiser = Http.browser(port).login(facilitator.email(), People.PASSWORD);
		Http.Response page = organiser.get("/actions/" + action.id() + "/organise");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"mails-heading\"");
		Http.Response neighbourhood = organiser.get("/neighbourhoods/" + action.neighbourhoodId());
		assertThat(neighbourhood.body()).contains("id=\"actions-heading\"").contains(action.title())
				.contains("/actions/new?neighbourhood=");
	}

	@Test
	void aFacilitatorStartsAnActionWithTheFormAndSeesEveryMistakeAtOnce() {
		NeighbourhoodId where = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hoogkamp"))
				.findFirst().orElseThrow().id();
		People.Person facilitator = people.facilitator(where);
		Http organiser = Http.browser(port).login(facilitator.email(), People.PASSWORD);
		assertThat(organiser.get("/actions/new?neighbourhood=" + where).status()).isEqualTo(200);
		Http.Response wrong = organiser.postForm("/actions", Map.of("neighbourhoodId", where.toString(),
				"template", "RAIN_PIPE_DISCONNECTION", "title", "", "startDate", "2026-06-01", "endDate", "2026-05-01",
				"threshold0.households", "veel", "threshold0.label", "Regenton"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("utrecht-alert--error").contains("href=\"#title\"")
				.contains("href=\"#endDate\"").contains("href=\"#thresholds[0].households\"");
		String title = "Regenpijpen los " + UUID.randomUUID();
		Http.Response created = organiser.postForm("/actions", Map.of("neighbourhoodId", where.toString(),
				"template", "RAIN_PIPE_DISCONNECTION", "title", title, "target", "40",
				"threshold0.households", "20", "threshold0.label", "Gratis regenton"));
		assertThat(created.status()).isEqualTo(302);
		Http.Response page = organiser.get(created.header("Location").replaceFirst("^https?://[^/]+", ""));
		assertThat(page.body()).contains(title).contains("Gratis regenton").contains("Dakoppervlak");
		assertThat(Http.browser(port).get("/actions/new?neighbourhood=" + where).status()).isEqualTo(302);
	}

	@Test
	void theActionsPageShowsTheLeaderboard() {
		Http.Response page = Http.browser(port).get("/actions?template=TILE_REMOVAL");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Spijkerkwartier").contains("Apeldoorn");
	}
}
