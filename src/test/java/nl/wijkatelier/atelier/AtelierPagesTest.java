package nl.wijkatelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** The atelier's web pages over HTTP: joining without an account, forms that refuse bad input, access. */
@WijkatelierTest
class AtelierPagesTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	NeighbourhoodId hengstdal() {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal")).findFirst().orElseThrow()
				.id();
	}

	JsonNode atelier(People.Person facilitator, boolean open) {
		Http api = Http.api(port).withToken(facilitator.token());
		JsonNode created = api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", hengstdal().toString(),
				"title", "Pagina-atelier", "date", "2026-06-01", "themes", List.of("ENERGY"))).json();
		if (open) {
			api.postJson("/api/v1/ateliers/" + created.get("id").asString() + "/open", "");
		}
		return created;
	}

	@Test
	void joiningWithAnUnknownCodeSaysWhatToCheck() {
		Http browser = Http.browser(port);
		browser.get("/ateliers/join");
		Http.Response response = browser.postForm("/ateliers/join", Map.of("code", "ZZZZZZ", "partyType", "RESIDENT"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Er is geen atelier met de code").contains("aria-invalid=\"true\"");
	}

	@Test
	void aPhoneJoinsWithoutAccountAndItsTooLongContributionIsRefusedWithNothingStored() {
		People.Person facilitator = people.facilitator(hengstdal());
		JsonNode atelier = atelier(facilitator, true);
		String id = atelier.get("id").asString();
		Http phone = Http.browser(port);
		assertThat(phone.get("/j/" + atelier.get("joinCode").asString()).header("Location"))
				.endsWith("/ateliers/join?code=" + atelier.get("joinCode").asString());
		phone.get("/ateliers/join?code=" + atelier.get("joinCode").asString());
		Http.Response joined = phone.postForm("/ateliers/join", Map.of("code", atelier.get("joinCode").asString(),
				"displayName", "Noor", "partyType", "WATER_BOARD"));
		assertThat(joined.header("Location")).endsWith("/ateliers/" + id + "/take-part");
		assertThat(phone.get("/ateliers/" + id + "/take-part").body()).contains("Waterschap");

		Http.Response tooLong = phone.postForm("/ateliers/" + id + "/take-part/contributions",
				Map.of("question", "1", "text", "x".repeat(2001)));
		assertThat(tooLong.status()).isEqualTo(302);
		assertThat(phone.get("/ateliers/" + id + "/take-part").body()).contains("Dit is te lang");
		phone.postForm("/ateliers/" + id + "/take-part/contributions", Map.of("question", "3",
				"text", "Wij houden het regenwater vast"));
		JsonNode picture = Http.api(port).withToken(facilitator.token())
				.get("/api/v1/ateliers/" + id + "/joint-picture").json();
		assertThat(picture.get("contributionCount").asInt()).isEqualTo(1);
		assertThat(picture.at("/approaches/WATER_BOARD/0/author").asString()).isEqualTo("Noor");
	}

	/** The probe's finding: eight joins with one code in one browser, each supporting once, raised support to 9. */
	@Test
	void joiningAgainInTheSameBrowserContinuesAsTheSameParticipantSoSupportCountsOnce() {
		People.Person facilitator = people.facilitator(hengstdal());
		JsonNode atelier = atelier(facilitator, true);
		String id = atelier.get("id").asString();
		String code = atelier.get("joinCode").asString();
		String author = Http.api(port).postJson("/api/v1/ateliers/join/" + code, Map.of("partyType", "RESIDENT"))
				.json().get("participantToken").asString();
		String contribution = Http.api(port).withToken(author).postJson("/api/v1/ateliers/" + id + "/contributions",
				Map.of("question", 4, "text", "Samen zonnepanelen inkopen")).json().get("id").asString();
		Http phone = Http.browser(port);
		for (int i = 0; i < 8; i++) {
			phone.get("/ateliers/join?code=" + code);
			Http.Response joined = phone.postForm("/ateliers/join", Map.of("code", code, "partyType", "RESIDENT"));
			assertThat(joined.header("Location")).endsWith("/ateliers/" + id + "/take-part");
			phone.get("/ateliers/" + id + "/take-part");
			phone.postForm("/ateliers/" + id + "/take-part/support/" + contribution, Map.of());
		}
		JsonNode picture = Http.api(port).withToken(facilitator.token())
				.get("/api/v1/ateliers/" + id + "/joint-picture").json();
		assertThat(picture.get("participantCount").asInt()).isEqualTo(2);
		assertThat(picture.at("/tips/0/support").asInt()).isEqualTo(1);
	}

	@Test
	void wrongCodesOnTheJoinPageAreLimitedPerAddress() {
		// A /64 network of its own: an IPv6 client is counted per /64.
		String address = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":3::2";
		Http browser = Http.browser(port).withHeader("X-Forwarded-For", address);
		browser.get("/ateliers/join");
		for (int i = 0; i < 20; i++) {
			assertThat(browser.postForm("/ateliers/join", Map.of("code", "ZZZZ" + i, "partyType", "RESIDENT")).status())
					.isEqualTo(200);
		}
		Http.Response refused = browser.postForm("/ateliers/join", Map.of("code", "ZZZZZZ", "partyType", "RESIDENT"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.body()).contains("te veel onjuiste codes");
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() {
		JsonNode atelier = atelier(people.facilitator(hengstdal()), true);
		Http phone = Http.browser(port);
		phone.get("/ateliers/join");
		Http.Response response = phone.postForm("/ateliers/join", Map.of("code", atelier.get("joinCode").asString(),
				"partyType", "RESIDENT"), false);
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void theFacilitatorScreenIsOnlyForThoseWhoRunTheAtelier() {
		People.Person facilitator = people.facilitator(hengstdal());
		String id = atelier(facilitator, false).get("id").asString();
		assertThat(Http.browser(port).get("/ateliers/" + id).header("Location")).contains("/login");
		assertThat(Http.browser(port).get("/ateliers/" + id + "/report").header("Location")).contains("/login");
		Http other = Http.browser(port).login(people.facilitator(catalog.neighbourhoods().stream()
				.filter(n -> n.name().equals("Kerschoten")).findFirst().orElseThrow().id()).email(), People.PASSWORD);
		assertThat(other.get("/ateliers/" + id).status()).isEqualTo(403);
		assertThat(other.get("/ateliers/" + id + "/events").status()).isEqualTo(403);
		Http own = Http.browser(port).login(facilitator.email(), People.PASSWORD);
		Http.Response screen = own.get("/ateliers/" + id);
		assertThat(screen.status()).isEqualTo(200);
		assertThat(screen.body()).contains("Atelier openen").contains("<svg class=\"wa-qr\"");
		assertThat(own.get("/ateliers/" + id + "/report").body()).contains("nog niet gepubliceerd");
	}
}
