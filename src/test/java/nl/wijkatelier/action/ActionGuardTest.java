package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.mail.QueuedMail;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/**
 * The organiser's guard against inflated counts: one sign-up per address, e-mail confirmation before a household
 * counts, and voiding a burst of sign-ups with the counts recomputed and a threshold reached only through them
 * withdrawn.
 */
@WijkatelierTest
class ActionGuardTest {

	private static final Pattern CONFIRM_LINK = Pattern.compile("/actions/confirm/(wac_[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Mails mails;
	@Autowired
	Actions actions;
	@Autowired
	SignUp signUp;
	@Autowired
	ConfirmSignup confirmSignup;

	NeighbourhoodId where() {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal")).findFirst().orElseThrow().id();
	}

	String create(People.Person organiser, Map<String, Object> rules, List<Integer> thresholds) {
		Map<String, Object> body = new HashMap<>(Map.of("neighbourhoodId", where().toString(), "template",
				"TILE_REMOVAL", "title", "Tegels eruit " + UUID.randomUUID(), "rules", rules, "thresholds",
				thresholds.stream().map(h -> Map.of("households", h, "label", "Drempel " + h)).toList()));
		Http.Response response = Http.api(port).withToken(organiser.token()).postJson("/api/v1/actions", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	JsonNode action(String id) {
		return Http.api(port).get("/api/v1/actions/" + id).json();
	}

	static Map<String, Object> at(String postcode, String houseNumber) {
		return Map.of("household", Map.of("postcode", postcode, "houseNumber", houseNumber), "quantity",
				Map.of("tiles", 4));
	}

	static Map<String, Object> withEmail(String email) {
		return Map.of("household", Map.of("email", email), "quantity", Map.of("tiles", 4));
	}

	@Test
	void aSecondSignUpForTheSameAddressIsRefusedNamingTheField() {
		People.Person organiser = people.facilitator(where());
		String id = create(organiser, Map.of("onePerAddress", true), List.of(5));
		assertThat(action(id).at("/rules/onePerAddress").asBoolean()).isTrue();
		ActionClient client = new ActionClient(port);

		assertThat(client.signUp(id, null, at("6828 ab", "12a")).status()).isEqualTo(201);
		ActionClient.Answer again = client.signUp(id, null, at("6828AB", "12 A"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").findValuesAsString("field")).containsExactly("household.houseNumber");
		assertThat(again.json().get("errors").get(0).get("message").asString()).contains("adres");
		ActionClient.Answer noAddress = client.signUp(id, null, ActionClient.tiles(3));
		assertThat(noAddress.status()).isEqualTo(400);
		assertThat(noAddress.json().get("errors").findValuesAsString("field"))
				.contains("household.postcode", "household.houseNumber");
		assertThat(client.signUp(id, null, at("6828 AB", "14")).status()).isEqualTo(201);

		assertThat(action(id).get("households").asInt()).isEqualTo(2);
		assertThat(action(id).at("/totals/tiles").asLong()).isEqualTo(8);
		// The template needs no contact: the address is kept only as a keyed hash, never shown.
		JsonNode signups = Http.api(port).withToken(organiser.token()).get("/api/v1/actions/" + id + "/signups").json();
		assertThat(signups).hasSize(2);
		assertThat(signups.toString()).doesNotContain("6828");
	}

	@Test
	void twoSimultaneousSignUpsForOneAddressStoreOne() throws Exception {
		String id = create(people.facilitator(where()), Map.of("onePerAddress", true), List.of(1));
		int households = 8;
		ExecutorService pool = Executors.newFixedThreadPool(households);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < households; i++) {
				String key = "same-address-" + i + "-" + UUID.randomUUID();
				answers.add(pool.submit(() -> {
					start.await();
					return new ActionClient(port).signUp(id, key, at("6511 AB", "3")).status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
			assertThat(statuses).filteredOn(s -> s == 400).hasSize(households - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
		assertThat(actions.openSignups(new ActionId(UUID.fromString(id)))).hasSize(1);
		assertThat(actions.events(new ActionId(UUID.fromString(id))))
				.filteredOn(e -> e.kind() == ActionEvent.Kind.THRESHOLD_REACHED).hasSize(1);
	}

	@Test
	void aSignUpCountsTowardsTheThresholdOnlyOnceItsHouseholdConfirmed() {
		People.Person organiser = people.facilitator(where());
		String id = create(organiser, Map.of("emailConfirmation", true), List.of(2));
		ActionClient client = new ActionClient(port);
		String first = "bevestig-" + UUID.randomUUID() + "@example.nl";
		String second = "bevestig-" + UUID.randomUUID() + "@example.nl";

		ActionClient.Answer missing = client.signUp(id, null, ActionClient.tiles(4));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("household.email");
		ActionClient.Answer one = client.signUp(id, null, withEmail(first));
		ActionClient.Answer two = client.signUp(id, null, withEmail(second));
		assertThat(one.status()).isEqualTo(201);
		assertThat(two.status()).isEqualTo(201);

		JsonNode before = action(id);
		assertThat(before.get("households").asInt()).isZero();
		assertThat(before.at("/totals/tiles").asLong()).isZero();
		assertThat(before.get("thresholdsReached")).isEmpty();
		JsonNode pending = Http.api(port).withToken(organiser.token()).get("/api/v1/actions/" + id + "/signups").json();
		assertThat(pending.findValuesAsString("status")).containsExactly("PENDING", "PENDING");
		assertThat(Http.api(port).get("/api/v1/signups/" + one.json().get("manageToken").asString()).json()
				.get("status").asString()).isEqualTo("PENDING");

		String firstToken = confirmToken(first);
		// Opening the link confirms nothing (mail scanners open links); the button on the page does.
		Http household = Http.browser(port);
		assertThat(household.get("/actions/confirm/" + firstToken).status()).isEqualTo(200);
		assertThat(action(id).get("households").asInt()).isZero();
		assertThat(household.postForm("/actions/confirm/" + firstToken, Map.of()).status()).isEqualTo(200);
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
		assertThat(action(id).get("thresholdsReached")).isEmpty();
		// Confirming twice counts once.
		assertThat(household.postForm("/actions/confirm/" + firstToken, Map.of()).body()).contains("niet (meer) geldig");
		assertThat(action(id).get("households").asInt()).isEqualTo(1);

		confirmSignup.confirm(confirmToken(second));
		JsonNode after = action(id);
		assertThat(after.get("households").asInt()).isEqualTo(2);
		assertThat(after.at("/totals/tiles").asLong()).isEqualTo(8);
		assertThat(after.get("thresholdsReached")).hasSize(1);
		assertThat(Http.api(port).get("/api/v1/signups/" + two.json().get("manageToken").asString()).json()
				.get("status").asString()).isEqualTo("ACTIVE");
	}

	private String confirmToken(String email) {
		List<QueuedMail> sent = mails.to(email);
		assertThat(sent).hasSize(1);
		Matcher link = CONFIRM_LINK.matcher(sent.get(0).body());
		assertThat(link.find()).as(sent.get(0).body()).isTrue();
		return link.group(1);
	}

	@Test
	void voidingABurstRecountsAndWithdrawsTheThresholdReachedOnlyThroughIt() {
		People.Person organiser = people.facilitator(where());
		String id = create(organiser, Map.of(), List.of(1, 4));
		ActionId action = new ActionId(UUID.fromString(id));
		SignupDetails four = new SignupDetails(Map.of("tiles", 4), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), false);
		signUp.signUp(action, Optional.empty(), four, Optional.of("198.51.100.20"));
		List<String> burst = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			burst.add(signUp.signUp(action, Optional.empty(), four, Optional.of("203.0.113.7")).signupId().toString());
		}
		assertThat(action(id).get("households").asInt()).isEqualTo(6);
		assertThat(action(id).get("thresholdsReached")).hasSize(2);

		List<Actions.ClientGroup> groups = actions.signupsByClient(action);
		assertThat(groups).hasSize(2);
		assertThat(groups.get(0).signups()).extracting(s -> s.id().toString()).containsExactlyElementsOf(burst);
		assertThat(groups.get(0).group().orElseThrow()).matches("[0-9a-f]{64}").doesNotContain("203.0.113.7");

		Http.Response voided = Http.api(port).withToken(organiser.token()).postJson(
				"/api/v1/actions/" + id + "/signups/void", Map.of("signupIds", burst, "reason", "Vijf in vier seconden"));
		assertThat(voided.status()).as(voided.body()).isEqualTo(200);
		assertThat(voided.json().get("voided").asInt()).isEqualTo(5);
		assertThat(voided.json().get("households").asInt()).isEqualTo(1);
		assertThat(voided.json().get("withdrawn").findValuesAsString("label")).containsExactly("Drempel 4");

		JsonNode after = action(id);
		assertThat(after.get("households").asInt()).isEqualTo(1);
		assertThat(after.at("/totals/tiles").asLong()).isEqualTo(4);
		assertThat(after.get("thresholdsReached").findValuesAsString("label")).containsExactly("Drempel 1");
		JsonNode withdrawn = after.get("thresholds").get(1);
		assertThat(withdrawn.get("withdrawnAt").isNull()).isFalse();
		assertThat(withdrawn.get("reachedAt").isNull()).isFalse();
		assertThat(withdrawn.get("withdrawnReason").asString()).isEqualTo("Vijf in vier seconden");
		JsonNode events = Http.api(port).get("/api/v1/actions/" + id + "/events").json();
		assertThat(events.findValuesAsString("kind")).contains("SIGNUPS_VOIDED", "THRESHOLD_WITHDRAWN");
		assertThat(Http.api(port).withToken(organiser.token()).get("/api/v1/actions/" + id + "/signups").json())
				.hasSize(1);
		assertThat(Http.browser(port).get("/actions/" + id).body()).contains("Ingetrokken op", "Vijf in vier seconden");
		assertThat(Http.api(port).get("/api/v1/actions/leaderboard?template=TILE_REMOVAL").status()).isEqualTo(200);

		// Genuine sign-ups can reach the withdrawn threshold again; it is recorded as reached anew.
		for (int i = 0; i < 3; i++) {
			signUp.signUp(action, Optional.empty(), four, Optional.of("198.51.100." + i));
		}
		JsonNode again = action(id);
		assertThat(again.get("households").asInt()).isEqualTo(4);
		assertThat(again.get("thresholdsReached")).hasSize(2);
		assertThat(actions.events(action)).filteredOn(e -> e.kind() == ActionEvent.Kind.THRESHOLD_REACHED).hasSize(3);
	}

	@Test
	void aVoidWithOneWrongIdStoresNothing() {
		People.Person organiser = people.facilitator(where());
		String id = create(organiser, Map.of(), List.of(1));
		String signup = new ActionClient(port).signUp(id, null, ActionClient.tiles(4)).json().get("signupId").asString();
		String other = create(organiser, Map.of(), List.of(1));
		String foreign = new ActionClient(port).signUp(other, null, ActionClient.tiles(4)).json().get("signupId")
				.asString();
		for (Map<String, Object> body : List.<Map<String, Object>>of(
				Map.of("signupIds", List.of(signup, UUID.randomUUID().toString()), "reason", "test"),
				Map.of("signupIds", List.of(signup, foreign), "reason", "test"),
				Map.of("signupIds", List.of(signup, "geen-id"), "reason", "test"),
				Map.of("signupIds", List.of(signup), "reason", " "),
				Map.of("signupIds", List.of(), "reason", "test"))) {
			Http.Response refused = Http.api(port).withToken(organiser.token())
					.postJson("/api/v1/actions/" + id + "/signups/void", body);
			assertThat(refused.status()).as(body.toString()).isEqualTo(400);
			assertThat(refused.json().get("errors").findValuesAsString("field")).as(body.toString())
					.containsAnyOf("signupIds", "reason");
		}
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
		assertThat(action(other).get("households").asInt()).isEqualTo(1);
		assertThat(actions.events(new ActionId(UUID.fromString(id))))
				.noneMatch(e -> e.kind() == ActionEvent.Kind.SIGNUPS_VOIDED);
		assertThat(Http.api(port).withToken(people.resident(where()).token())
				.postJson("/api/v1/actions/" + id + "/signups/void", Map.of("signupIds", List.of(signup), "reason", "x"))
				.status()).isEqualTo(403);
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
	}

	@Test
	void signUpsArrivingDuringAVoidAreCountedOnceAndNoneIsLost() throws Exception {
		People.Person organiser = people.facilitator(where());
		String id = create(organiser, Map.of(), List.of(50));
		ActionId action = new ActionId(UUID.fromString(id));
		SignupDetails one = new SignupDetails(Map.of("tiles", 1), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), false);
		List<String> burst = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			burst.add(signUp.signUp(action, Optional.empty(), one, Optional.of("203.0.113.9")).signupId().toString());
		}
		int during = 40;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < during; i++) {
				String key = "during-void-" + i + "-" + UUID.randomUUID();
				answers.add(pool.submit(() -> {
					start.await();
					return new ActionClient(port).signUp(id, key, ActionClient.tiles(1)).status();
				}));
			}
			start.countDown();
			Http.Response voided = Http.api(port).withToken(organiser.token())
					.postJson("/api/v1/actions/" + id + "/signups/void", Map.of("signupIds", burst, "reason", "Burst"));
			assertThat(voided.status()).as(voided.body()).isEqualTo(200);
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(201);
			}
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode after = action(id);
		assertThat(after.get("households").asInt()).isEqualTo(during);
		assertThat(after.at("/totals/tiles").asLong()).isEqualTo(during);
		assertThat(actions.activeSignups(action)).hasSize(during);
	}

	@Test
	void theOrganiserSetsTheRulesWithTheFormAndVoidsABurstShownTogetherOnThePage() {
		People.Person facilitator = people.facilitator(where());
		Http organiser = Http.browser(port).login(facilitator.email(), People.PASSWORD);
		organiser.get("/actions/new?neighbourhood=" + where());
		Http.Response created = organiser.postForm("/actions", Map.of("neighbourhoodId", where().toString(),
				"template", "TILE_REMOVAL", "title", "Tegels per adres " + UUID.randomUUID(), "onePerAddress", "true",
				"threshold0.households", "2", "threshold0.label", "Zakken zand"));
		assertThat(created.status()).isEqualTo(302);
		String id = created.header("Location").replaceAll(".*/actions/", "");
		ActionId action = new ActionId(UUID.fromString(id));
		assertThat(actions.action(action).rules()).isEqualTo(new SignupRules(true, false));

		SignupDetails details = new SignupDetails(Map.of("tiles", 2), Optional.empty(), Optional.empty(),
				Optional.of("6828 AB"), Optional.of("1"), false);
		signUp.signUp(action, Optional.empty(), details, Optional.of("198.51.100.77"));
		List<String> burst = new ArrayList<>();
		for (int i = 2; i < 5; i++) {
			burst.add(signUp.signUp(action, Optional.empty(), new SignupDetails(Map.of("tiles", 2), Optional.empty(),
					Optional.empty(), Optional.of("6828 AB"), Optional.of(String.valueOf(i)), false),
					Optional.of("203.0.113.50")).signupId().toString());
		}
		String page = organiser.get("/actions/" + id + "/organise").body();
		String group = actions.signupsByClient(action).get(0).shortName();
		assertThat(page).contains("Groep " + group + " (3 aanmeldingen)").doesNotContain("203.0.113.50");
		for (String signup : burst) {
			assertThat(page.indexOf(signup)).isBetween(page.indexOf("Groep " + group), page.indexOf("(1 aanmeldingen)"));
		}

		Http.Response rules = organiser.postForm("/actions/" + id + "/rules", Map.of("emailConfirmation", "true"));
		assertThat(rules.status()).isEqualTo(302);
		assertThat(actions.action(action).rules()).isEqualTo(new SignupRules(false, true));

		organiser.get("/actions/" + id + "/organise");
		String form = burst.stream().map(s -> "signup=" + s).reduce((a, b) -> a + "&" + b).orElseThrow();
		Http.Response voided = organiser.post("/actions/" + id + "/signups/void",
				"application/x-www-form-urlencoded", form + "&reason=Drie+tegelijk&_csrf=" + csrf(organiser, id));
		assertThat(voided.status()).isEqualTo(302);
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
		assertThat(action(id).get("thresholds").get(0).get("withdrawnReason").asString()).isEqualTo("Drie tegelijk");
		assertThat(organiser.get("/actions/" + id + "/organise").body()).contains("Drempel van 2 huishoudens ingetrokken");
	}

	private String csrf(Http session, String id) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
				.matcher(session.get("/actions/" + id + "/organise").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}
}
