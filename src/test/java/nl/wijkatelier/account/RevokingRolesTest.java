package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/** Whoever may invite to a neighbourhood sees its roles and revokes one; the role stops working at once. */
@WijkatelierTest
class RevokingRolesTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Memberships memberships;
	@Autowired
	AuditLog audit;

	Neighbourhood neighbourhood;
	Neighbourhood other;

	@BeforeEach
	void neighbourhoods() {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Rollenwijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		other = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Andere wijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
	}

	private UUID membershipOf(People.Person person) {
		return memberships.of(person.account().id()).get(0).id();
	}

	private String memberships(Neighbourhood where) {
		return "/api/v1/neighbourhoods/" + where.id() + "/memberships";
	}

	@Test
	void aFacilitatorRevokesAResidentWhoLosesTheRoleInTheirOpenSession() {
		People.Person facilitator = people.facilitator(neighbourhood.id());
		People.Person resident = people.resident(neighbourhood.id());
		Http residentBrowser = Http.browser(port).login(resident.email(), People.PASSWORD);
		assertThat(residentBrowser.get("/profile").body()).contains(neighbourhood.name());
		Http api = Http.api(port).withToken(facilitator.token());

		Http.Response list = api.get(memberships(neighbourhood));
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(resident.email(), facilitator.email(), "RESIDENT", "FACILITATOR");

		Http.Response revoked = api.delete(memberships(neighbourhood) + "/" + membershipOf(resident));
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);

		assertThat(memberships.of(resident.account().id())).isEmpty();
		assertThat(residentBrowser.get("/profile").body()).doesNotContain(neighbourhood.name());
		assertThat(Http.api(port).withToken(resident.token()).get("/api/v1/me").json().get("roles").size()).isZero();
		assertThat(audit.latest()).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("membership.revoked");
			assertThat(entry.actor()).isEqualTo(facilitator.email());
			assertThat(entry.detail()).contains("RESIDENT", resident.email());
		});
	}

	@Test
	void aRevokedFacilitatorCanNoLongerInviteInTheSessionTheyHad() {
		People.Person admin = people.admin();
		People.Person facilitator = people.facilitator(neighbourhood.id());
		Http browser = Http.browser(port).login(facilitator.email(), People.PASSWORD);
		assertThat(browser.get("/neighbourhoods/" + neighbourhood.id() + "/people").status()).isEqualTo(200);

		Http adminBrowser = Http.browser(port).login(admin.email(), People.ADMIN_PASSWORD);
		String page = adminBrowser.get("/neighbourhoods/" + neighbourhood.id() + "/people").body();
		assertThat(page).contains(facilitator.email());
		String revoke = "/neighbourhoods/" + neighbourhood.id() + "/people/" + membershipOf(facilitator) + "/revoke";
		assertThat(adminBrowser.get(revoke).body()).contains(facilitator.email(), "name=\"_csrf\"");
		Http.Response done = adminBrowser.postForm(revoke, Map.of());
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.header("Location")).endsWith("/neighbourhoods/" + neighbourhood.id() + "/people");
		assertThat(adminBrowser.get("/neighbourhoods/" + neighbourhood.id() + "/people").body())
				.doesNotContain(facilitator.email());

		assertThat(browser.get("/neighbourhoods/" + neighbourhood.id() + "/people").status()).isEqualTo(403);
		Http.Response invite = Http.api(port).withToken(facilitator.token()).postJson("/api/v1/invitations",
				Map.of("email", "nieuw@example.org", "role", "RESIDENT", "neighbourhoodId", neighbourhood.id().toString()));
		assertThat(invite.status()).isEqualTo(403);
	}

	@Test
	void refusesOthersAndAnswersNotFoundForAnUnknownOrForeignMembership() {
		People.Person facilitator = people.facilitator(neighbourhood.id());
		People.Person resident = people.resident(neighbourhood.id());
		People.Person otherFacilitator = people.facilitator(other.id());
		People.Person otherResident = people.resident(other.id());
		UUID residents = membershipOf(resident);

		Http.Response anonymous = Http.api(port).delete(memberships(neighbourhood) + "/" + residents);
		assertThat(anonymous.status()).isEqualTo(401);
		Http.Response byResident = Http.api(port).withToken(resident.token())
				.delete(memberships(neighbourhood) + "/" + residents);
		assertThat(byResident.status()).isEqualTo(403);
		assertThat(byResident.header("Content-Type")).contains("application/problem+json");
		assertThat(Http.api(port).withToken(otherFacilitator.token()).delete(memberships(neighbourhood) + "/" + residents)
				.status()).isEqualTo(403);

		Http api = Http.api(port).withToken(facilitator.token());
		Http.Response unknown = api.delete(memberships(neighbourhood) + "/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).contains("application/problem+json");
		// another neighbourhood's role, named through this one
		assertThat(api.delete(memberships(neighbourhood) + "/" + membershipOf(otherResident)).status()).isEqualTo(404);
		assertThat(memberships.of(otherResident.account().id())).extracting(Membership::role)
				.containsExactly(Membership.Role.RESIDENT);
		assertThat(memberships.of(resident.account().id())).hasSize(1);
	}
}
