package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.Tokens;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

@WijkatelierTest
class AccountsTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Accounts accounts;
	@Autowired
	Invitations invitations;
	@Autowired
	Memberships memberships;
	@Autowired
	AuditLog auditLog;

	@Test
	void tradesALoginForAToken() {
		Http.Response response = Http.api(port).postBasic("/api/v1/tokens", People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		assertThat(response.status()).isEqualTo(201);
		String token = response.json().get("token").asString();
		assertThat(token).startsWith("wka_");
		JsonNode me = Http.api(port).withToken(token).get("/api/v1/me").json();
		assertThat(me.get("email").asString()).isEqualTo(People.ADMIN_EMAIL);
		assertThat(me.get("admin").asBoolean()).isTrue();
	}

	@Test
	void refusesAWrongPasswordForAToken() {
		var person = people.withoutRole();
		Http.Response response = Http.api(port).postBasic("/api/v1/tokens", person.email(), "wrong password!");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void basicAuthenticationWorksOnlyForTheTokenEndpoint() {
		Http.Response response = Http.api(port).postBasic("/api/v1/themes", People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void refusesAnUnknownBearerToken() {
		Http.Response response = Http.api(port).withToken("wka_not-a-real-token").get("/api/v1/me");
		assertThat(response.status()).isEqualTo(401);
		assertThat(Http.api(port).withToken("wka_not-a-real-token").get("/api/v1/neighbourhoods").status())
				.isEqualTo(401);
	}

	@Test
	void storesOnlyAHashOfTheToken() {
		var person = people.withoutRole();
		assertThat(Http.api(port).withToken(person.token()).get("/api/v1/me").status()).isEqualTo(200);
		String hash = Tokens.hash(person.token());
		assertThat(hash).hasSize(64).doesNotContain(person.token());
	}

	/**
	 * The token exchange counts failures per client address and account: after three, the next attempt waits (429
	 * with Retry-After), the same for an address without an account; the account's token and a login from another
	 * address are untouched.
	 */
	@Test
	void theTokenExchangeSlowsDownOneAddressAndAccountAndAnswersUnknownAddressesAlike() {
		var person = people.withoutRole();
		int host = 1 + new Random().nextInt(120);
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		List<String> existing = tokenExchanges("198.18.0." + host, person.email());
		List<String> missing = tokenExchanges("198.18.0." + (host + 125), unknown);
		assertThat(existing).isEqualTo(missing);
		assertThat(existing.subList(0, 3)).allSatisfy(answer -> assertThat(answer).startsWith("401 "));
		assertThat(existing.get(3)).startsWith("429 retry N ");
		assertThat(existing.get(4)).as("even the right password waits").startsWith("429 retry N ");

		assertThat(Http.api(port).withToken(person.token()).get("/api/v1/me").status())
				.as("the account's token keeps working").isEqualTo(200);
		assertThat(Http.api(port).withHeader("X-Forwarded-For", "198.18.1." + host)
				.postBasic("/api/v1/tokens", person.email(), People.PASSWORD).status())
				.as("another address").isEqualTo(201);
	}

	/** Four wrong passwords and then the right one, each answer as "status retry body" with digits as N. */
	private List<String> tokenExchanges(String address, String email) {
		Http api = Http.api(port).withHeader("X-Forwarded-For", address);
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Http.Response answer = api.postBasic("/api/v1/tokens", email, i < 4 ? "wrong password " + i : People.PASSWORD);
			answers.add(answer.status() + (" retry " + answer.header("Retry-After") + " " + answer.body())
					.replaceAll("[0-9]+", "N"));
		}
		return answers;
	}

	@Test
	void renewsTheSessionOnLogin() {
		var person = people.withoutRole();
		Http browser = Http.browser(port);
		Http.Response before = browser.get("/login");
		String cookieBefore = before.header("Set-Cookie");
		browser.login(person.email(), People.PASSWORD);
		Http.Response profile = browser.get("/profile");
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains(person.email());
		assertThat(cookieBefore == null || !profile.body().contains(cookieBefore)).isTrue();
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() {
		var person = people.withoutRole();
		Http browser = Http.browser(port).login(person.email(), People.PASSWORD);
		browser.get("/profile");
		Http.Response response = browser.postForm("/profile/tokens", Map.of("name", "x"), false);
		assertThat(response.status()).isEqualTo(403);
		assertThat(browser.postForm("/profile/tokens", Map.of("name", "x")).status()).isEqualTo(302);
	}

	@Test
	void theProfileNeedsALogin() {
		Http.Response response = Http.browser(port).get("/profile");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
	}

	@Test
	void aFacilitatorInvitesAResidentWhoCreatesAnAccountWithConsent() {
		NeighbourhoodId hengstdal = neighbourhood("Hengstdal");
		var facilitator = people.facilitator(hengstdal);
		String email = "bewoner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		Http.Response invited = Http.api(port).withToken(facilitator.token()).postJson("/api/v1/invitations",
				Map.of("email", email, "role", "RESIDENT", "neighbourhoodId", hengstdal.toString()));
		assertThat(invited.status()).isEqualTo(201);
		String link = invited.json().get("link").asString();
		String path = link.substring(link.indexOf("/invitations/"));

		Http browser = Http.browser(port);
		assertThat(browser.get(path).body()).contains(email).contains("Hengstdal");
		Http.Response noConsent = browser.postForm(path, Map.of("displayName", "Bewoner", "password", People.PASSWORD));
		assertThat(noConsent.status()).isEqualTo(200);
		assertThat(noConsent.body()).contains("toestemming");
		assertThat(accounts.byEmail(email)).isEmpty();

		Http.Response created = browser.postForm(path,
				Map.of("displayName", "Bewoner", "password", People.PASSWORD, "consent", "true"));
		assertThat(created.header("Location")).endsWith("/login?registered");
		UserAccount account = accounts.byEmail(email).orElseThrow();
		assertThat(accounts.consents(account.id())).singleElement()
				.satisfies(c -> assertThat(c.wording()).contains("toestemming"));

		String token = Http.api(port).postBasic("/api/v1/tokens", email, People.PASSWORD).json().get("token").asString();
		JsonNode me = Http.api(port).withToken(token).get("/api/v1/me").json();
		assertThat(me.at("/roles/0/role").asString()).isEqualTo("RESIDENT");
		assertThat(me.at("/roles/0/neighbourhoodId").asString()).isEqualTo(hengstdal.toString());

		assertThat(Http.browser(port).get(path).status()).as("a link works once").isEqualTo(404);
	}

	/**
	 * The probe's scenario (issue 17, finding 1): the admin invites other-new@ as facilitator; victim@, logged in,
	 * opens the link, is told to log out first, and a post anyway is refused: no role, the link still open. The
	 * real invitee then accepts, and the audit log names the account that did.
	 */
	@Test
	void anInvitationIsAcceptedOnlyByTheAccountOfTheInvitedAddress() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		String invited = "other-new-" + run + "@example.nl";
		String victimEmail = "victim-" + run + "@example.nl";
		UserAccount victim = accounts.register(victimEmail, "Slachtoffer", People.PASSWORD, false);
		NeighbourhoodId hengstdal = neighbourhood("Hengstdal");
		String adminToken = Http.api(port).postBasic("/api/v1/tokens", People.ADMIN_EMAIL, People.ADMIN_PASSWORD)
				.json().get("token").asString();
		Http.Response invitedResponse = Http.api(port).withToken(adminToken).postJson("/api/v1/invitations",
				Map.of("email", invited, "role", "FACILITATOR", "neighbourhoodId", hengstdal.toString()));
		assertThat(invitedResponse.status()).isEqualTo(201);
		String link = invitedResponse.json().get("link").asString();
		String path = link.substring(link.indexOf("/invitations/"));
		String token = path.substring("/invitations/".length());

		Http victimBrowser = Http.browser(port).login(victimEmail, People.PASSWORD);
		String page = victimBrowser.get(path).body();
		assertThat(page).doesNotContain("Accepteren als").contains("invitation-other-account")
				.contains("Log eerst uit").contains(invited);
		Http.Response forced = victimBrowser.postForm(path, Map.of());
		assertThat(forced.status()).isEqualTo(302);
		assertThat(forced.header("Location")).endsWith(path);
		assertThat(memberships.of(victim.id())).as("no role for the wrong account").isEmpty();
		assertThat(invitations.open(token).email()).as("the link is still open").isEqualTo(invited);
		UUID invitationId = invitations.open(token).id();
		Assertions.assertThatThrownBy(() -> invitations.accept(token, victim.id()))
				.isInstanceOf(ConflictException.class);
		assertThat(memberships.of(victim.id())).isEmpty();

		UserAccount invitee = accounts.register(invited, "Nieuwe facilitator", People.PASSWORD, false);
		Http inviteeBrowser = Http.browser(port).login(invited, People.PASSWORD);
		assertThat(inviteeBrowser.get(path).body()).contains("Accepteren als " + invited);
		assertThat(inviteeBrowser.postForm(path, Map.of()).header("Location")).endsWith("/profile");
		assertThat(memberships.of(invitee.id())).singleElement()
				.satisfies(m -> assertThat(m.role().name()).isEqualTo("FACILITATOR"));
		assertThat(auditLog.of("invitation", invitationId)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("INVITATION_ACCEPTED");
			assertThat(entry.actor()).isEqualTo(invited);
			assertThat(entry.detail()).contains(invitee.id().value().toString()).contains(invited);
		});
		assertThat(Http.browser(port).get(path).status()).as("used once").isEqualTo(404);
	}

	@Test
	void aFacilitatorCannotInviteToAnotherNeighbourhood() {
		var facilitator = people.facilitator(neighbourhood("Hengstdal"));
		Http.Response response = Http.api(port).withToken(facilitator.token()).postJson("/api/v1/invitations",
				Map.of("email", "x@example.org", "role", "FACILITATOR", "neighbourhoodId",
						neighbourhood("Kerschoten").toString()));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void aPersonExportsAndDeletesTheirData() {
		var person = people.resident(neighbourhood("Craneveer"));
		JsonNode export = Http.api(port).withToken(person.token()).get("/api/v1/me/export").json();
		assertThat(export.get("email").asString()).isEqualTo(person.email());
		assertThat(export.get("roles").size()).isEqualTo(1);

		assertThat(Http.api(port).withToken(person.token()).delete("/api/v1/me").status()).isEqualTo(204);
		assertThat(accounts.byEmail(person.email())).isEmpty();
		assertThat(Http.api(port).withToken(person.token()).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void theAuditLogShowsWhoRegisteredANeighbourhoodToAdminsOnly() {
		var officer = people.officer(catalog.parties(catalog.defaultProgramme().orElseThrow().id()).get(0).id());
		String name = "Auditwijk " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(Http.api(port).withToken(officer.token()).postJson("/api/v1/neighbourhoods",
				Map.of("name", name, "municipality", "Arnhem")).status()).isEqualTo(201);
		Http admin = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		String page = admin.get("/admin/audit").body();
		assertThat(page).contains("NEIGHBOURHOOD_REGISTERED").contains(name).contains(officer.email());
		Http other = Http.browser(port).login(officer.email(), People.PASSWORD);
		assertThat(other.get("/admin/audit").status()).isEqualTo(403);
	}

	@Test
	void rejectsAWeakPasswordAndAnInvalidEmail() {
		Assertions.assertThatThrownBy(() -> accounts.register("geen-email", "X", "kort", false))
				.isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).violations())
						.extracting(v -> v.field()).containsExactlyInAnyOrder("email", "password"));
	}

	private NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}
}
