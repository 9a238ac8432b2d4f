package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.ActionChanged;
import nl.wijkatelier.action.CreateAction;
import nl.wijkatelier.action.NewAction;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * The public pages are rendered once per change of the data behind them and served from that copy meanwhile, yet
 * always show what is committed: the change's maker sees it at once, any instance once the after-commit reaction
 * moved the version in the database on, and a reaction that failed is resubmitted until it has.
 */
@WijkatelierTest
@EnableScenarios
class PublicPageCacheTest {

	private static final Pattern HOUSEHOLDS = Pattern.compile("<strong>(\\d+)</strong>\\s*<span>huishoudens doen mee");
	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final String ACTION_LISTENER = "nl.wijkatelier.action.ActionPageVersions.on(nl.wijkatelier.action.ActionChanged)";

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	CreateAction createAction;
	@Autowired
	PageVersions versions;
	@Autowired
	EventPublications publications;
	@Autowired
	EventSerializer serializer;
	@Autowired
	JdbcTemplate jdbc;

	private NeighbourhoodId newNeighbourhood(String name) {
		return catalog.registerNeighbourhood(catalog.defaultProgramme().orElseThrow().id(), new NeighbourhoodDetails(
				name, Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false)).id();
	}

	private Action newAction(NeighbourhoodId where, String title) {
		return createAction.create(new NewAction(where, "TILE_REMOVAL", title, null, null, null, 10,
				List.of(new NewAction.ThresholdSpec(5, "Koffie")), List.of(), false), Optional.empty());
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private int households(Action action) {
		Matcher m = HOUSEHOLDS.matcher(Http.api(port).get("/actions/" + action.id()).body());
		assertThat(m.find()).as("the action page shows its households").isTrue();
		return Integer.parseInt(m.group(1));
	}

	private Http.Response signUp(Action action, String houseNumber) {
		return Http.api(port).withHeader("Idempotency-Key", "cache-test-" + UUID.randomUUID())
				.postJson("/api/v1/actions/" + action.id() + "/signups", Map.of("quantity", Map.of("tiles", 3),
						"household", Map.of("name", "Huishouden " + houseNumber, "postcode", "6811 AB",
								"houseNumber", houseNumber), "followUpConsent", false));
	}

	@Test
	void anonymousVisitorsReadThePublicPagesWithoutASession() {
		NeighbourhoodId where = newNeighbourhood(unique("Sessieloze wijk"));
		Action action = newAction(where, unique("Tegels eruit"));
		String slug = catalog.defaultProgramme().orElseThrow().slug();
		for (String path : List.of("/neighbourhoods/" + where.value(), "/programmes/" + slug + "/dashboard",
				"/actions/" + action.id(), "/knowledge?q=groen")) {
			for (int visit = 1; visit <= 2; visit++) {
				Http.Response page = Http.api(port).get(path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(page.headers().allValues("Set-Cookie")).as("%s, visit %d", path, visit)
						.noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
			}
		}
	}

	@Test
	void aSignUpShowsOnTheActionPageAtOnceAndMovesTheNeighbourhoodsVersionOn(Scenario scenario) {
		NeighbourhoodId where = newNeighbourhood(unique("Aanmeldwijk"));
		Action action = newAction(where, unique("Tegels eruit"));
		assertThat(households(action)).isZero();
		assertThat(households(action)).as("served again").isZero();
		long before = versions.current(List.of(PageVersions.neighbourhood(where)));

		assertThat(signUp(action, "12").status()).isEqualTo(201);
		assertThat(households(action)).as("on the instance that made it, at once").isEqualTo(1);

		scenario.stimulate(() -> { })
				.andWaitAtMost(Duration.ofSeconds(30))
				.andWaitForStateChange(() -> versions.current(List.of(PageVersions.neighbourhood(where))),
						version -> version > before)
				.andVerify(version -> assertThat(version).as("for every instance, after the commit").isGreaterThan(before));
		assertThat(Http.api(port).get("/neighbourhoods/" + where.value()).body()).contains(action.title());
	}

	@Test
	void aPageIsServedFromItsCopyUntilTheVersionOfItsDataMovesOn() {
		NeighbourhoodId where = newNeighbourhood(unique("Versiewijk"));
		Action action = newAction(where, unique("Tegels eruit"));
		String path = "/actions/" + action.id();
		// As another instance changes it: in the database, and no event here.
		String renamed = renameServedFromItsCopy(action, where, "Geveltuintjes");

		// The other instance's after-commit reaction.
		versions.neighbourhoodChanged(where);
		assertThat(Http.api(port).get(path).body()).contains(renamed);
		assertThat(Http.api(port).get("/neighbourhoods/" + where.value()).body()).contains(renamed);
	}

	@Test
	void aReactionThatFailedIsResubmittedAndThenThePageShowsTheChange(Scenario scenario) {
		NeighbourhoodId where = newNeighbourhood(unique("Herkansingswijk"));
		Action action = newAction(where, unique("Tegels eruit"));
		String path = "/actions/" + action.id();
		String renamed = renameServedFromItsCopy(action, where, "Regenton");
		// The reaction to the change, left failed ten minutes ago (its instance died mid-way).
		UUID reaction = UUID.randomUUID();
		Timestamp tenMinutesAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
		jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
				+ " status, completion_attempts, last_resubmission_date) values (?, ?, ?, ?, ?, 'FAILED', 1, ?)",
				reaction, ACTION_LISTENER, ActionChanged.class.getName(),
				serializer.serialize(new ActionChanged(where)).toString(), tenMinutesAgo, tenMinutesAgo);

		scenario.stimulate(publications::resubmit)
				.andWaitAtMost(Duration.ofSeconds(60))
				.andWaitForStateChange(() -> failedReactions(reaction), left -> left == 0)
				.andVerify(left -> assertThat(left).as("the failed reaction ran again and completed").isZero());
		assertThat(Http.api(port).get(path).body()).contains(renamed);
	}

	private int failedReactions(UUID id) {
		return jdbc.queryForObject("select count(*) from event_publication where id = ? and completion_date is null",
				Integer.class, id);
	}

	/**
	 * Renames the action in the database only, as another instance would before its after-commit reaction, and checks
	 * that the action page is meanwhile served from its copy (rendered before the rename). Reactions to other changes (of earlier tests, after their
	 * commits) may move the programmes' version on while this runs, and then the page is rightly rendered anew: the
	 * check counts only for a try during which the version held.
	 */
	private String renameServedFromItsCopy(Action action, NeighbourhoodId where, String name) {
		String path = "/actions/" + action.id();
		List<String> keys = List.of(PageVersions.neighbourhood(where), PageVersions.PROGRAMMES);
		for (int tries = 1; tries <= 20; tries++) {
			long before = versions.current(keys);
			assertThat(Http.api(port).get(path).status()).isEqualTo(200);
			String renamed = unique(name);
			jdbc.update("update action set title = ? where id = ?", renamed, action.id().value());
			String served = Http.api(port).get(path).body();
			if (versions.current(keys) == before) {
				assertThat(served).as("not computed again per view").contains("<h1").doesNotContain(renamed);
				return renamed;
			}
		}
		throw new AssertionError("the version of the action page's data never held for one try");
	}

	@Test
	void aPageWithoutFormsAnswersNotModifiedToABrowserThatHasIt() {
		NeighbourhoodId where = newNeighbourhood(unique("Etagwijk"));
		String path = "/neighbourhoods/" + where.value();
		Http.Response first = Http.api(port).get(path);
		String etag = first.header("ETag");
		assertThat(etag).isNotBlank();
		// Reactions to earlier changes (of other tests, after their commits) may still move the list of
		// neighbourhoods on: while they do, the answer is the new page with its new tag, and the next ask with that
		// tag is answered 304 once the version holds.
		Http.Response again = Http.api(port).withHeader("If-None-Match", etag).get(path);
		for (int tries = 1; again.status() == 200 && tries < 20; tries++) {
			etag = again.header("ETag");
			again = Http.api(port).withHeader("If-None-Match", etag).get(path);
		}
		assertThat(again.status()).isEqualTo(304);

		catalog.registerParty(catalog.defaultProgramme().orElseThrow().id(), Optional.of(where), unique("Bewonersgroep"),
				PartyType.RESIDENT, "", false);
		Http.Response changed = Http.api(port).withHeader("If-None-Match", etag).get(path);
		assertThat(changed.status()).as("a party was added").isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(etag);
	}

	@Test
	void eachViewOfACachedSignUpFormHasItsOwnTokensAndTheFormStillWorks() {
		NeighbourhoodId where = newNeighbourhood(unique("Formulierwijk"));
		Action action = newAction(where, unique("Tegels eruit"));
		String path = "/actions/" + action.id();
		Http.Response first = Http.browser(port).get(path);
		Http browser = Http.browser(port);
		Http.Response second = browser.get(path);
		assertThat(second.header("ETag")).as("a page with a form is never reused by a browser").isNull();
		assertThat(token(FORM_TOKEN, second)).isNotEqualTo(token(FORM_TOKEN, first));
		assertThat(token(CSRF, second)).isNotEqualTo(token(CSRF, first));

		Http.Response sent = browser.postForm(path + "/signups", Map.of("formToken", token(FORM_TOKEN, second),
				"q.tiles", "4"));
		assertThat(sent.status()).isEqualTo(302);
		assertThat(households(action)).isEqualTo(1);
	}

	@Test
	void theDashboardAndTheKnowledgePageShowWhatWasAdded() {
		String slug = catalog.defaultProgramme().orElseThrow().slug();
		String dashboard = "/programmes/" + slug + "/dashboard";
		assertThat(Http.api(port).get(dashboard).status()).isEqualTo(200);
		String name = unique("Nieuwe wijk");
		newNeighbourhood(name);
		assertThat(Http.api(port).get(dashboard).body()).contains(name);

		String word = "gierzwaluw" + UUID.randomUUID().toString().substring(0, 6);
		String knowledge = "/knowledge?q=" + word;
		assertThat(Http.api(port).get(knowledge).body()).doesNotContain("Nestkasten " + word);
		String admin = Http.api(port).postBasic("/api/v1/tokens", People.ADMIN_EMAIL, People.ADMIN_PASSWORD).json()
				.get("token").asString();
		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/resources", Map.of("title", "Nestkasten " + word,
				"url", "https://example.org/" + word, "kind", "KNOW_HOW")).status()).isEqualTo(201);
		assertThat(Http.api(port).get(knowledge).body()).contains("Nestkasten " + word);
	}

	private static String token(Pattern pattern, Http.Response page) {
		Matcher m = pattern.matcher(page.body());
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m.group(1);
	}
}
