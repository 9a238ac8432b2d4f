package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
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
		String hash = Secrets.hash(person.token());
		assertThat(hash).hasSize(64).doesNotContain(person.token());
	}

	@Test
	void locksAnAccountAfterFiveFailedLogins() {
		var person = people.withoutRole();
		Http browser = Http.browser(port);
		for (int i = 0; i < 5; i++) {
			browser.get("/login");
			Http.Response failed = browser.postForm("/login", Map.of("username", person.email(), "password", "nope"));
			assertThat(failed.header("Location")).contains("/login?");
		}
		browser.get("/login");
		Http.Response locked = browser.postForm("/login",
				Map.of("username", person.email(), "password", People.PASSWORD));
		assertThat(locked.header("Location")).endsWith("/login?locked");
		assertThat(Http.api(port).postBasic("/api/v1/tokens", person.email(), People.PASSWORD).status())
				.isEqualTo(401);
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
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.register("geen-email", "X", "kort", false))
				.isInstanceOf(nl.wijkatelier.shared.InvalidInputException.class)
				.satisfies(ex -> assertThat(((nl.wijkatelier.shared.InvalidInputException) ex).violations())
						.extracting(v -> v.field()).containsExactlyInAnyOrder("email", "password"));
	}

	private NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}
}
