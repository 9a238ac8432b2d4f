package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

@WijkatelierTest
class ProgrammePagesTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;

	@Test
	void speaksDutchFirstAndEnglishOnRequest() {
		Http browser = Http.browser(port);
		Http.Response dutch = browser.get("/");
		assertThat(dutch.body()).contains("<html lang=\"nl\"").contains("Samen werken aan een duurzame wijk")
				.contains("Naar de inhoud");
		Http.Response english = browser.get("/?lang=en");
		assertThat(english.body()).contains("<html lang=\"en\"").contains("Working together on a sustainable neighbourhood");
		assertThat(browser.get("/themes").body()).as("the choice is remembered").contains("<html lang=\"en\"");
	}

	@Test
	void ignoresAnUnsupportedLanguage() {
		assertThat(Http.browser(port).get("/?lang=xx").body()).contains("<html lang=\"nl\"");
	}

	@Test
	void showsTheSeedProgrammeWithCbsCredit() {
		String body = Http.browser(port).get("/programmes/wijk-van-de-toekomst").body();
		assertThat(body).contains("Wijk van de Toekomst", "Hengstdal", "Loenen op de Veluwe", "WK020202", "CBS");
	}

	@Test
	void marksExampleParties() {
		Neighbourhood spijker = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Spijkerkwartier"))
				.findFirst().orElseThrow();
		String body = Http.browser(port).get("/neighbourhoods/" + spijker.id()).body();
		assertThat(body).contains("Woningcorporatie Voorbeeld Wonen").contains("Voorbeeld</span>");
	}

	@Test
	void answersAnUnknownPageWithAFriendly404() {
		Http.Response response = Http.browser(port).get("/neighbourhoods/00000000-0000-0000-0000-000000000000");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("Deze pagina bestaat niet").doesNotContain("Exception");
		assertThat(Http.browser(port).get("/neighbourhoods/not-a-uuid").status()).isEqualTo(404);
	}

	@Test
	void anOrganiserAddsAPartyThroughTheForm() {
		Neighbourhood hoogkamp = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hoogkamp"))
				.findFirst().orElseThrow();
		var facilitator = people.facilitator(hoogkamp.id());
		Http browser = Http.browser(port).login(facilitator.email(), People.PASSWORD);
		browser.get("/neighbourhoods/" + hoogkamp.id());
		Http.Response invalid = browser.postForm("/neighbourhoods/" + hoogkamp.id() + "/parties",
				Map.of("name", "", "type", "ENERGY_COMPANY"));
		assertThat(invalid.status()).isEqualTo(302);
		assertThat(browser.get("/neighbourhoods/" + hoogkamp.id()).body()).contains("Vul dit veld in.");
		browser.postForm("/neighbourhoods/" + hoogkamp.id() + "/parties",
				Map.of("name", "Energiecoöperatie Hoogkamp", "type", "ENERGY_COMPANY", "website", ""));
		assertThat(catalog.parties(hoogkamp.id())).extracting(Party::name).contains("Energiecoöperatie Hoogkamp");
	}

	@Test
	void aVisitorCannotAddAParty() {
		Neighbourhood hoogkamp = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hoogkamp"))
				.findFirst().orElseThrow();
		Http browser = Http.browser(port);
		browser.get("/login");
		Http.Response response = browser.postForm("/neighbourhoods/" + hoogkamp.id() + "/parties",
				Map.of("name", "Indringer", "type", "OTHER"));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
		assertThat(catalog.parties(hoogkamp.id())).extracting(Party::name).doesNotContain("Indringer");
	}

	@Test
	void sendsSecurityHeaders() {
		Http.Response response = Http.browser(port).get("/");
		assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'")
				.doesNotContain("script-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isNotBlank();
	}
}
