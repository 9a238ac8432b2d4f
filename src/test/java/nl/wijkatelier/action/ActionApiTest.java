package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
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

@WijkatelierTest
class ActionApiTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Mails mails;

	NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}

	String create(People.Person organiser, NeighbourhoodId where, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Map.of("neighbourhoodId", where.toString(),
				"template", "TILE_REMOVAL", "title", "Tegels eruit " + UUID.randomUUID(),
				"thresholds", List.of(Map.of("households", 2, "label", "Zakken zand"))));
		body.putAll(extra);
		Http.Response response = Http.api(port).withToken(organiser.token()).postJson("/api/v1/actions", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	JsonNode action(String id) {
		return Http.api(port).get("/api/v1/actions/" + id).json();
	}

	@Test
	void aFacilitatorStartsAnActionAndAHouseholdSignsUpWithoutAnAccount() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		String id = create(people.facilitator(where), where, Map.of());
		ActionClient.Answer answer = new ActionClient(port).signUp(id, null, Map.of("household", Map.of(),
				"quantity", Map.of("tiles", 22, "squareMetres", 1), "followUpConsent", false));
		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.json().get("signupId").asString()).isNotBlank();
		assertThat(answer.json().get("manageToken").asString()).startsWith("wam_");
		assertThat(answer.json().get("manageUrl").asString())
				.endsWith("/actions/manage/" + answer.json().get("manageToken").asString());
		JsonNode action = action(id);
		assertThat(action.get("households").asInt()).isEqualTo(1);
		assertThat(action.at("/totals/tiles").asLong()).isEqualTo(22);
		assertThat(action.at("/totals/squareMetres").asLong()).isEqualTo(1);
		assertThat(action.get("thresholdsReached")).isEmpty();
		JsonNode rain = find(action.get("impact"), "rainInfiltrated");
		assertThat(rain.get("value").asDouble()).isEqualTo(2400.0);
		assertThat(rain.get("formula").asString()).isNotBlank();
		assertThat(rain.get("parameters").findValuesAsString("source")).anyMatch(s -> s.contains("KNMI"));
		assertThat(action.get("themes").toString()).contains("GREENERY");
	}

	@Test
	void aRepeatWithTheSameIdempotencyKeyAnswersAsTheFirstDidAndCountsOnce() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		String id = create(people.facilitator(where), where, Map.of());
		ActionClient client = new ActionClient(port);
		ActionClient.Answer first = client.signUp(id, "household-key-0001", ActionClient.tiles(10));
		ActionClient.Answer again = client.signUp(id, "household-key-0001", ActionClient.tiles(10));
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("signupId")).isEqualTo(first.json().get("signupId"));
		assertThat(again.json().get("manageToken")).isEqualTo(first.json().get("manageToken"));
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
		ActionClient.Answer other = client.signUp(id, "household-key-0002", ActionClient.tiles(10));
		assertThat(other.json().get("signupId")).isNotEqualTo(first.json().get("signupId"));
		assertThat(action(id).get("households").asInt()).isEqualTo(2);
	}

	/** The probe's finding: a used key with another body answered with the first household's manage token. */
	@Test
	void aUsedIdempotencyKeyWithAnotherBodyIsRefusedAndRevealsNothing() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		String id = create(people.facilitator(where), where, Map.of());
		ActionClient client = new ActionClient(port);
		String key = UUID.randomUUID().toString();
		ActionClient.Answer first = client.signUp(id, key, ActionClient.tiles(10));
		assertThat(first.status()).isEqualTo(201);
		ActionClient.Answer other = client.signUp(id, key, ActionClient.tiles(11));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.json().toString()).doesNotContain(first.json().get("manageToken").asString())
				.doesNotContain(first.json().get("signupId").asString()).doesNotContain("wam_");
		assertThat(other.json().get("detail").asString()).contains("Idempotency-Key");
		assertThat(client.signUp(id, key, ActionClient.tiles(10)).json().get("manageToken"))
				.isEqualTo(first.json().get("manageToken"));
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
	}

	@Test
	void idempotencyKeysShorterThanSixteenOrLongerThanTwoHundredCharactersAreRefused() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		String id = create(people.facilitator(where), where, Map.of());
		ActionClient client = new ActionClient(port);
		for (String key : List.of("1", "x".repeat(15), "x".repeat(201))) {
			ActionClient.Answer answer = client.signUp(id, key, ActionClient.tiles(1));
			assertThat(answer.status()).as(key).isEqualTo(400);
			assertThat(answer.json().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
		}
		assertThat(client.signUp(id, "x".repeat(16), ActionClient.tiles(1)).status()).isEqualTo(201);
		assertThat(action(id).get("households").asInt()).isEqualTo(1);
	}

	/** The probe's finding: 25 sign-ups from one client in seconds all counted. The default is 60 a minute. */
	@Test
	void theSixtyFirstSignUpWithinAMinuteFromOneAddressIsRefusedForThatActionOnly() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		People.Person organiser = people.facilitator(where);
		String id = create(organiser, where, Map.of());
		String otherAction = create(organiser, where, Map.of());
		String venue = "2001:db8::3:" + Integer.toHexString(ThreadLocalRandom.current()
				.nextInt(1, 0xffff));
		ActionClient fromVenue = new ActionClient(port).from(venue);
		for (int i = 0; i < 60; i++) {
			assertThat(fromVenue.signUp(id, null, ActionClient.tiles(1)).status()).as("sign-up %d", i).isEqualTo(201);
		}
		ActionClient.Answer refused = fromVenue.signUp(id, null, ActionClient.tiles(1));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.json().get("status").asInt()).isEqualTo(429);
		assertThat(action(id).get("households").asInt()).isEqualTo(60);
		assertThat(new ActionClient(port).from(venue + "1").signUp(id, null, ActionClient.tiles(1)).status())
				.as("another address").isEqualTo(201);
		assertThat(fromVenue.signUp(otherAction, null, ActionClient.tiles(1)).status()).as("another action")
				.isEqualTo(201);
	}

	@Test
	void onlyOrganisersOfTheNeighbourhoodStartActions() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		Map<String, Object> body = Map.of("neighbourhoodId", where.toString(), "template", "GREENING", "title", "X");
		assertThat(Http.api(port).postJson("/api/v1/actions", body).status()).isEqualTo(401);
		assertThat(Http.api(port).withToken(people.resident(where).token()).postJson("/api/v1/actions", body).status())
				.isEqualTo(403);
		assertThat(Http.api(port).withToken(people.facilitator(neighbourhood("Kerschoten")).token())
				.postJson("/api/v1/actions", body).status()).isEqualTo(403);
	}

	@Test
	void rejectsABadActionNamingEveryField() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		Http.Response response = Http.api(port).withToken(people.facilitator(where).token()).postJson("/api/v1/actions",
				Map.of("neighbourhoodId", where.toString(), "template", "BAKE_SALE", "title", "",
						"startDate", "2026-06-01", "endDate", "2026-05-01",
						"thresholds", List.of(Map.of("households", 0, "label", "x"), Map.of("households", 5, "label", ""))));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("template", "title", "endDate",
				"thresholds[0].households", "thresholds[1].label");
	}

	@Test
	void negativeAbsurdFractionalOrUnknownQuantitiesAreRefusedAndNothingIsStored() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		String id = create(people.facilitator(where), where, Map.of());
		ActionClient client = new ActionClient(port);
		List<Map<String, Object>> bad = List.of(Map.of("tiles", -1), Map.of("tiles", 1_000_000),
				Map.of("tiles", 2.5), Map.of("tiles", "veel"), Map.of("bricks", 4), Map.of("tiles", 0, "squareMetres", 0),
				Map.of("tiles", 99_999_999_999L));
		for (Map<String, Object> quantity : bad) {
			ActionClient.Answer answer = client.signUp(id, null, Map.of("quantity", quantity));
			assertThat(answer.status()).as(quantity.toString()).isEqualTo(400);
			assertThat(answer.json().get("errors").get(0).get("field").asString()).as(quantity.toString())
					.startsWith("quantity");
			assertThat(answer.json().get("errors").get(0).get("message").asString()).isNotBlank();
		}
		assertThat(client.signUp(id, null, "not json").status()).isEqualTo(400);
		assertThat(action(id).get("households").asInt()).isZero();
	}

	@Test
	void contactDataIsRequiredOnlyWhereTheTemplateNeedsItAndAMalformedAddressIsRefused() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		People.Person organiser = people.facilitator(where);
		String purchase = create(organiser, where, Map.of("template", "COLLECTIVE_PURCHASE"));
		ActionClient client = new ActionClient(port);
		ActionClient.Answer missing = client.signUp(purchase, null, Map.of("quantity", Map.of("roofInsulation", 1)));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").findValuesAsString("field")).contains("household.name",
				"household.email", "household.postcode", "household.houseNumber");
		ActionClient.Answer malformed = client.signUp(purchase, null, Map.of("quantity", Map.of("roofInsulation", 1),
				"household", Map.of("name", "Jansen", "email", "jansen-at-example", "postcode", "12345",
						"houseNumber", "twaalf")));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("errors").findValuesAsString("field")).contains("household.email",
				"household.postcode", "household.houseNumber");
		ActionClient.Answer good = client.signUp(purchase, null, Map.of("quantity", Map.of("roofInsulation", 1),
				"household", Map.of("name", "Jansen", "email", "jansen@example.org", "postcode", "6828ab",
						"houseNumber", "12 A")));
		assertThat(good.status()).isEqualTo(201);
		JsonNode stored = Http.api(port).get("/api/v1/signups/" + good.json().get("manageToken").asString()).json();
		assertThat(stored.at("/household/postcode").asString()).isEqualTo("6828 AB");
		assertThat(action(purchase).get("households").asInt()).isEqualTo(1);

		String tiles = create(organiser, where, Map.of());
		ActionClient.Answer anonymous = client.signUp(tiles, null, Map.of("quantity", Map.of("tiles", 5),
				"household", Map.of("name", "Jansen", "postcode", "6828 AB", "email", "jansen@example.org")));
		assertThat(anonymous.status()).isEqualTo(201);
		JsonNode kept = Http.api(port).get("/api/v1/signups/" + anonymous.json().get("manageToken").asString()).json();
		assertThat(kept.get("household").size()).as("nothing personal kept without opt-in").isZero();
		ActionClient.Answer followUpWithoutEmail = client.signUp(tiles, null, Map.of("quantity", Map.of("tiles", 5),
				"followUpConsent", true));
		assertThat(followUpWithoutEmail.status()).isEqualTo(400);
		assertThat(followUpWithoutEmail.json().get("errors").findValuesAsString("field")).contains("household.email");
	}

	@Test
	void aClosedActionRefusesSignUpsWithAProblem() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		LocalDate today = LocalDate.now(Action.ZONE);
		String id = create(people.facilitator(where), where, Map.of("startDate", today.minusDays(10).toString(),
				"endDate", today.minusDays(1).toString()));
		ActionClient.Answer answer = new ActionClient(port).signUp(id, null, ActionClient.tiles(3));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.json().get("detail").asString()).isNotBlank();
		assertThat(action(id).get("households").asInt()).isZero();
		assertThat(action(id).get("open").asBoolean()).isFalse();
	}

	@Test
	void theManageTokenChangesExportsCancelsAndDeletesASignUp() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		String id = create(people.facilitator(where), where, Map.of());
		String token = new ActionClient(port).signUp(id, null, ActionClient.tiles(10)).json().get("manageToken").asString();
		Http api = Http.api(port);
		Http.Response changed = api.putJson("/api/v1/signups/" + token, Map.of("quantity", Map.of("tiles", 33)));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(action(id).at("/totals/tiles").asLong()).isEqualTo(33);
		assertThat(api.get("/api/v1/signups/" + token).json().at("/quantity/tiles").asInt()).isEqualTo(33);
		assertThat(api.postJson("/api/v1/signups/" + token + "/cancel", "{}").json().get("status").asString())
				.isEqualTo("CANCELLED");
		assertThat(action(id).get("households").asInt()).isZero();
		assertThat(action(id).at("/totals/tiles").asLong()).isZero();
		assertThat(api.putJson("/api/v1/signups/" + token, Map.of("quantity", Map.of("tiles", 3))).status()).isEqualTo(409);
		assertThat(api.delete("/api/v1/signups/" + token).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/signups/" + token).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/signups/wam_guessed").status()).isEqualTo(404);
	}

	@Test
	void aCancellationBelowAThresholdIsShownWithoutTheThresholdFiringAgain() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		People.Person organiser = people.facilitator(where);
		String id = create(organiser, where, Map.of());
		ActionClient client = new ActionClient(port);
		client.signUp(id, "household-key-000a", ActionClient.tiles(1));
		String second = client.signUp(id, "household-key-000b", ActionClient.tiles(1)).json().get("manageToken").asString();
		JsonNode reached = action(id);
		assertThat(reached.get("thresholdsReached")).hasSize(1);
		String reachedAt = reached.at("/thresholdsReached/0/reachedAt").asString();
		Http.api(port).postJson("/api/v1/signups/" + second + "/cancel", "{}");
		JsonNode below = action(id);
		assertThat(below.get("households").asInt()).isEqualTo(1);
		assertThat(below.at("/thresholdsReached/0/currentlyBelow").asBoolean()).isTrue();
		client.signUp(id, "household-key-000c", ActionClient.tiles(1));
		JsonNode again = action(id);
		assertThat(again.at("/thresholdsReached/0/reachedAt").asString()).isEqualTo(reachedAt);
		List<String> kinds = Http.api(port).get("/api/v1/actions/" + id + "/events").json().findValuesAsString("kind");
		assertThat(kinds.stream().filter("THRESHOLD_REACHED"::equals)).hasSize(1);
		assertThat(mails.to(organiser.email())).hasSize(1);
		assertThat(mails.to(organiser.email()).get(0).subject()).contains("Zakken zand");
	}

	@Test
	void organisersSeeOnlyWhatTheTemplateNeeds() {
		NeighbourhoodId where = neighbourhood("Hengstdal");
		People.Person organiser = people.facilitator(where);
		String id = create(organiser, where, Map.of());
		new ActionClient(port).signUp(id, null, Map.of("quantity", Map.of("tiles", 4), "followUpConsent", true,
				"household", Map.of("email", "netwerk-" + UUID.randomUUID() + "@example.org")));
		assertThat(Http.api(port).get("/api/v1/actions/" + id + "/signups").status()).isEqualTo(401);
		assertThat(Http.api(port).withToken(people.resident(where).token()).get("/api/v1/actions/" + id + "/signups")
				.status()).isEqualTo(403);
		JsonNode signups = Http.api(port).withToken(organiser.token()).get("/api/v1/actions/" + id + "/signups").json();
		assertThat(signups).hasSize(1);
		assertThat(signups.get(0).at("/quantity/tiles").asInt()).isEqualTo(4);
		assertThat(signups.get(0).get("household").size()).isZero();
	}

	@Test
	void theNetworkGrowsWithOptInsAndIsInvitedToTheNextActionOnce() {
		NeighbourhoodId where = neighbourhood("Benedenbuurt");
		People.Person organiser = people.facilitator(where);
		int before = Http.api(port).get("/api/v1/neighbourhoods/" + where + "/network").json().get("members").asInt();
		String first = create(organiser, where, Map.of());
		String email = "buur-" + UUID.randomUUID() + "@example.org";
		new ActionClient(port).signUp(first, null, Map.of("quantity", Map.of("tiles", 4), "followUpConsent", true,
				"household", Map.of("email", email)));
		JsonNode network = Http.api(port).get("/api/v1/neighbourhoods/" + where + "/network").json();
		assertThat(network.get("members").asInt()).isEqualTo(before + 1);
		assertThat(network.get("growth")).isNotEmpty();
		String next = create(organiser, where, Map.of("template", "GREENING", "title", "Geveltuinen"));
		Http.Response invited = Http.api(port).withToken(organiser.token()).postJson("/api/v1/actions/" + next
				+ "/invitations", "{}");
		assertThat(invited.status()).isEqualTo(200);
		assertThat(invited.json().get("invited").asInt()).isEqualTo(before + 1);
		List<QueuedMail> invitations = mails.to(email);
		assertThat(invitations).hasSize(1);
		assertThat(invitations.get(0).body()).contains("/actions/" + next);
		assertThat(Http.api(port).withToken(organiser.token()).postJson("/api/v1/actions/" + next + "/invitations", "{}")
				.status()).isEqualTo(409);
		assertThat(mails.to(email)).hasSize(1);

		Matcher leave = Pattern.compile("/actions/network/leave/(wal_[A-Za-z0-9_-]+)")
				.matcher(invitations.get(0).body());
		assertThat(leave.find()).as("the invitation carries a leave link").isTrue();
		Http browser = Http.browser(port);
		Http.Response page = browser.get(leave.group());
		assertThat(page.status()).isEqualTo(200);
		assertThat(Http.api(port).get("/api/v1/neighbourhoods/" + where + "/network").json().get("members").asInt())
				.as("opening the link alone changes nothing").isEqualTo(before + 1);
		assertThat(browser.postForm(leave.group(), Map.of()).status()).isEqualTo(200);
		assertThat(Http.api(port).get("/api/v1/neighbourhoods/" + where + "/network").json().get("members").asInt())
				.isEqualTo(before);
		assertThat(browser.get("/actions/network/leave/wal_guessed").body()).contains("utrecht-alert--warning");
	}

	@Test
	void theLeaderboardComparesPerThousandInhabitantsWhereTheWijkIsKnown() {
		JsonNode board = Http.api(port).get("/api/v1/actions/leaderboard?template=TILE_REMOVAL").json();
		JsonNode spijker = row(board.get("neighbourhoods"), "Spijkerkwartier");
		JsonNode kerschoten = row(board.get("neighbourhoods"), "Kerschoten");
		assertThat(spijker.get("households").asLong()).isGreaterThanOrEqualTo(31);
		assertThat(spijker.get("inhabitants").asLong()).isEqualTo(6880);
		assertThat(spijker.get("perThousand").asDouble())
				.isEqualTo(1000.0 * spijker.get("households").asLong() / 6880, Assertions.within(1e-9));
		assertThat(kerschoten.get("perThousand").isNull()).as("Kerschoten has no wijk code").isTrue();
		JsonNode apeldoorn = row(board.get("municipalities"), "Apeldoorn");
		assertThat(apeldoorn.get("perThousand").isNull()).isFalse();
		assertThat(Http.api(port).get("/api/v1/actions/leaderboard?template=NOPE").status()).isEqualTo(400);
	}

	private static JsonNode row(JsonNode rows, String name) {
		for (JsonNode row : rows) {
			if (row.get("name").asString().equals(name)) {
				return row;
			}
		}
		throw new AssertionError(name + " not in " + rows);
	}

	private static JsonNode find(JsonNode array, String key) {
		List<String> keys = new ArrayList<>();
		for (JsonNode item : array) {
			if (item.get("key").asString().equals(key)) {
				return item;
			}
			keys.add(item.get("key").asString());
		}
		throw new AssertionError(key + " not in " + keys);
	}
}
