package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import nl.wijkatelier.works.WorksRegister;

/**
 * An officer imports Amsterdam's WIOR register on the works page and over the API: a preview first, the type from
 * the register's own fields through the programme's mapping, a re-import that updates and never duplicates, and a
 * mapping the programme's admins change.
 */
@WijkatelierTest
class RegisterImportTest {

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	WorksRegister register;

	private Programme programme;
	private Neighbourhood neighbourhood;
	private Party party;

	@BeforeEach
	void ownProgramme() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		programme = catalog.startProgramme("Registers " + suffix, null, null);
		neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Wijk " + suffix,
				Optional.empty(), "Amsterdam", Optional.empty(), null, null, null, false));
		party = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Waternet " + suffix,
				PartyType.WATER_BOARD, null, false);
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = RegisterImportTest.class.getResourceAsStream("/fixtures/wior/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String api(String rest) {
		return "/api/v1/neighbourhoods/" + neighbourhood.id().value() + "/register-imports/wior" + rest + "?owner="
				+ party.name().replace(" ", "%20");
	}

	@Test
	void previewsThenImportsAndAReimportUpdatesInsteadOfDuplicating() throws IOException {
		Http officer = Http.api(port).withToken(people.officer(party.id()).token());
		String pages = "[" + fixture("amsterdam-wior-page-2.json") + "," + fixture("amsterdam-wior-page-1.json") + "]";

		Http.Response preview = officer.postJson(api("/preview"), pages);

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.json().get("created").asInt()).isEqualTo(2);
		assertThat(preview.json().get("skipped")).singleElement().satisfies(s -> {
			assertThat(s.get("registerId").asString()).isEqualTo("003d2130-f177-49cd-8018-5e40747b6e65");
			assertThat(s.get("reason").asString()).contains("typeWerkzaamheden", "Onderzoeken/Verkennen");
		});
		assertThat(register.tasks(neighbourhood.id())).isEmpty();

		Http.Response imported = officer.postJson(api(""), pages);
		assertThat(imported.status()).isEqualTo(200);
		assertThat(register.tasks(neighbourhood.id())).extracting(t -> t.task().id() + " " + t.task().type())
				.containsExactlyInAnyOrder("W22013761 OTHER", "W23007308 OTHER");

		Http.Response again = officer.postJson(api(""), fixture("amsterdam-wior-export.json"));
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(again.json().get("updated").asInt()).isEqualTo(2);
		assertThat(register.tasks(neighbourhood.id())).hasSize(2);
	}

	@Test
	void theProgrammesMappingDecidesTheTypeAndOnlyItsAdminsChangeIt() throws IOException {
		String mappingPath = "/api/v1/programmes/" + programme.id().value() + "/work-type-mapping";
		Map<String, Object> rules = Map.of("rules", List.of(
				Map.of("field", "typeWerkzaamheden", "value", "Vervanging", "outcome", "WATER_MAIN"),
				Map.of("field", "typeWerkzaamheden", "value", "Aanleggen", "outcome", "SKIP")));

		assertThat(Http.api(port).withToken(people.officer(party.id()).token()).putJson(mappingPath, rules).status())
				.isEqualTo(403);
		Http.Response saved = Http.api(port).withToken(people.admin().token()).putJson(mappingPath, rules);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(Http.api(port).get(mappingPath).json().get("isDefault").asBoolean()).isFalse();

		JsonNode preview = Http.api(port).withToken(people.officer(party.id()).token())
				.postJson(api("/preview"), fixture("amsterdam-wior-export.json")).json();
		assertThat(preview.get("tasks")).extracting(t -> t.get("taskId").asString() + " " + t.get("type").asString())
				.containsExactly("W22013761 WATER_MAIN");
		assertThat(preview.get("skipped")).hasSize(2);

		Http.Response bad = Http.api(port).withToken(people.admin().token()).putJson(mappingPath,
				Map.of("rules", List.of(Map.of("field", "typeWerkzaamheden", "value", "Vervanging", "outcome", "SEWAGE"))));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("reason").asString()).contains("SEWAGE");
	}

	@Test
	void anOfficerImportsOnTheWorksPageAfterSeeingThePreview() throws IOException {
		Http browser = Http.browser(port).login(people.officer(party.id()).email(), People.PASSWORD);
		String page = "/neighbourhoods/" + neighbourhood.id().value() + "/works/register-import";
		assertThat(browser.get(page).status()).isEqualTo(200);

		Http.Response upload = browser.postMultipart(page, Map.of("owner", party.name()), "files", "wior.json",
				fixture("amsterdam-wior-export.json"));
		assertThat(upload.status()).isEqualTo(302);
		String previewPath = upload.header("Location").replaceFirst("^https?://[^/]+", "");
		Http.Response preview = browser.get(previewPath);
		assertThat(preview.body()).contains("W22013761", "W23007308", "Onderzoeken/Verkennen");
		assertThat(register.tasks(neighbourhood.id())).isEmpty();

		Http.Response confirmed = browser.postForm(previewPath, Map.of());
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(register.tasks(neighbourhood.id())).hasSize(2);
		assertThat(browser.get(previewPath).status()).isEqualTo(404);
	}

	@Test
	void aFileThatIsNotAWiorRegisterIsRefusedWithAReason() {
		Http officer = Http.api(port).withToken(people.officer(party.id()).token());

		Http.Response refused = officer.postJson(api(""), "{\"type\": \"FeatureCollection\", \"features\": []}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("WIOR");
		assertThat(register.tasks(neighbourhood.id())).isEmpty();
	}
}
