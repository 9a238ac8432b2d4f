package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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
import nl.wijkatelier.works.RegisterFeatures;
import nl.wijkatelier.works.WorksRegister;

/**
 * An officer imports another register's GeoJSON on the works page and over the API: the register's properties
 * chosen once and remembered, the type through that register's own mapping, a preview that says per feature what
 * happens and why, a re-import that updates, and bad files refused with nothing stored.
 */
@WijkatelierTest
class RegisterGeoJsonImportTest {

	private static final String BOUNDARY = """
			{"type": "Polygon", "coordinates": [[[5.905, 51.980], [5.925, 51.980], [5.925, 51.992], [5.905, 51.992],
			[5.905, 51.980]]]}""";
	private static final List<Map<String, String>> RULES = List.of(
			Map.of("field", "soort", "value", "Riolering", "outcome", "SEWER_REPLACEMENT"),
			Map.of("field", "soort", "value", "Glasvezel", "outcome", "FIBRE"),
			Map.of("field", "soort", "value", "Vervallen", "outcome", "SKIP"));

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	People people;
	@Autowired
	WorksRegister register;
	@Autowired
	JdbcTemplate jdbc;

	private Programme programme;
	private Neighbourhood neighbourhood;
	private Party party;

	@BeforeEach
	void ownProgramme() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		programme = catalog.startProgramme("Registers GeoJSON " + suffix, null, null);
		neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Spijkerkwartier "
				+ suffix, Optional.empty(), "Arnhem", Optional.empty(), null, null, BOUNDARY, false));
		party = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Gemeente " + suffix,
				PartyType.MUNICIPALITY, null, false);
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = RegisterGeoJsonImportTest.class.getResourceAsStream("/fixtures/registers/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String mappingPath() {
		return "/api/v1/programmes/" + programme.id().value() + "/work-type-mapping?register=arnhem";
	}

	private void adminMapsTheRegister() {
		Http.Response saved = Http.api(port).withToken(people.admin().token()).putJson(mappingPath(),
				Map.of("rules", RULES));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private String api(String rest, boolean withChoices) {
		String query = "?owner=" + encode(party.name()) + "&register=arnhem";
		if (withChoices) {
			query += "&idField=nr&typeField=soort&ownerField=organisatie&startField=start&endField=eind"
					+ "&titleField=omschrijving";
		}
		return "/api/v1/neighbourhoods/" + neighbourhood.id().value() + "/register-imports/geojson" + rest + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Rows of every table an import writes to, for this neighbourhood and programme. */
	private List<Integer> rowCounts() {
		return List.of(
				jdbc.queryForObject("select count(*) from works_task where neighbourhood_id = ?", Integer.class,
						neighbourhood.id().value()),
				jdbc.queryForObject("select count(*) from works_register_link where neighbourhood_id = ?", Integer.class,
						neighbourhood.id().value()),
				jdbc.queryForObject("select count(*) from works_import_draft where neighbourhood_id = ?", Integer.class,
						neighbourhood.id().value()),
				jdbc.queryForObject("select count(*) from works_register_source where programme_id = ?", Integer.class,
						programme.id().value()));
	}

	@Test
	void previewsThenImportsRemembersTheChoicesAndAReimportUpdatesInsteadOfDuplicating() throws IOException {
		adminMapsTheRegister();
		Http officer = Http.api(port).withToken(people.officer(party.id()).token());
		String file = fixture("arnhem-register.geojson");

		Http.Response preview = officer.post(api("/preview", true), "application/geo+json", file);

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		JsonNode p = preview.json();
		assertThat(p.get("created").asInt()).isEqualTo(2);
		assertThat(p.get("tasks")).extracting(t -> t.get("taskId").asString() + " " + t.get("type").asString() + " "
				+ t.get("owner").asString()).containsExactly("R-1 SEWER_REPLACEMENT " + party.name(),
						"R-2 FIBRE " + party.name());
		assertThat(p.get("skipped")).hasSize(12);
		assertThat(p.get("skipped").get(11).get("reason").asString()).isEqualTo("title: is langer dan 300 tekens");
		JsonNode unmapped = p.get("skipped").get(2);
		assertThat(unmapped.get("registerId").asString()).isEqualTo("R-5");
		assertThat(unmapped.get("reason").asString()).contains("soort", "Kabels");
		assertThat(unmapped.get("addRule").asString()).isEqualTo("/programmes/" + programme.slug()
				+ "/work-type-mapping?register=ARNHEM&field=soort&value=Kabels");
		assertThat(p.get("skipped").get(5).get("reason").asString()).contains("grens van de wijk");
		assertThat(rowCounts()).containsExactly(0, 0, 0, 0);

		Http.Response imported = officer.post(api("", true), "application/geo+json", file);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(register.tasks(neighbourhood.id())).extracting(t -> t.task().id() + " " + t.task().type())
				.containsExactlyInAnyOrder("R-1 SEWER_REPLACEMENT", "R-2 FIBRE");
		JsonNode sources = Http.api(port).get("/api/v1/programmes/" + programme.id().value() + "/register-sources")
				.json();
		assertThat(sources).singleElement().satisfies(s -> {
			assertThat(s.get("register").asString()).isEqualTo("ARNHEM");
			assertThat(s.get("typeField").asString()).isEqualTo("soort");
			assertThat(s.get("ownerField").asString()).isEqualTo("organisatie");
		});

		// the second time the remembered choices do; a changed description updates the task
		Http.Response again = officer.post(api("", false), "application/json",
				file.replace("Riolering Spijkerstraat", "Riolering en herinrichting Spijkerstraat"));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(again.json().get("updated").asInt()).isEqualTo(2);
		assertThat(register.tasks(neighbourhood.id())).hasSize(2)
				.anySatisfy(t -> assertThat(t.task().title()).isEqualTo("Riolering en herinrichting Spijkerstraat"));
		assertThat(rowCounts()).containsExactly(2, 2, 0, 1);
	}

	@Test
	void badFilesAndChoicesAreRefusedWithAReasonAndNothingIsStored() {
		adminMapsTheRegister();
		Http officer = Http.api(port).withToken(people.officer(party.id()).token());
		String feature = "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}";
		String tooMany = "{\"type\": \"FeatureCollection\", \"features\": ["
				+ String.join(",", Collections.nCopies(RegisterFeatures.MAX_FEATURES + 1, feature)) + "]}";

		Map<String, String> reasons = new LinkedHashMap<>();
		reasons.put("not JSON", reason(officer.post(api("", true), "application/geo+json", "{\"type\": \"Feat")));
		reasons.put("a WIOR export", reason(officer.post(api("", true), "application/json", "[{\"id\": \"x\"}]")));
		reasons.put("too many", reason(officer.post(api("", true), "application/geo+json", tooMany)));
		reasons.put("no choices", reason(officer.post(api("", false), "application/geo+json",
				"{\"type\": \"FeatureCollection\", \"features\": []}")));
		reasons.put("unknown crs", reason(officer.post(api("", true) + "&crs=epsg3035", "application/geo+json",
				"{\"type\": \"FeatureCollection\", \"features\": []}")));

		assertThat(reasons.get("not JSON")).contains("JSON");
		assertThat(reasons.get("a WIOR export")).contains("FeatureCollection");
		assertThat(reasons.get("too many")).contains("10001", "10000");
		assertThat(reasons.get("no choices")).contains("idField");
		assertThat(reasons.get("unknown crs")).contains("crs", "epsg3035");
		assertThat(rowCounts()).containsExactly(0, 0, 0, 0);
	}

	/** The reasons of a 400 problem, one text. */
	private static String reason(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		return response.body();
	}

	@Test
	void anOfficerChoosesTheRegistersPropertiesOnTheWorksPageAndImportsAfterThePreview() throws IOException {
		adminMapsTheRegister();
		Http browser = Http.browser(port).login(people.officer(party.id()).email(), People.PASSWORD);
		String page = "/neighbourhoods/" + neighbourhood.id().value() + "/works/register-import";
		assertThat(browser.get(page + "?format=geojson").body()).contains("id=\"typeField\"", "id=\"crs\"");
		Map<String, String> choices = new LinkedHashMap<>(Map.of("format", "geojson", "owner", party.name(),
				"register", "arnhem", "idField", "nr", "typeField", "soort", "startField", "start", "endField", "eind",
				"titleField", "omschrijving", "crs", "AUTO"));

		Http.Response refused = browser.postMultipart(page, choices, "files", "register.geojson", "[1, 2]");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("FeatureCollection");
		assertThat(rowCounts()).containsExactly(0, 0, 0, 0);

		browser.get(page + "?format=geojson");
		Http.Response upload = browser.postMultipart(page, choices, "files", "register.geojson",
				fixture("arnhem-register.geojson"));
		assertThat(upload.status()).as(upload.body()).isEqualTo(302);
		String previewPath = upload.header("Location").replaceFirst("^https?://[^/]+", "");
		Http.Response preview = browser.get(previewPath);
		assertThat(preview.body()).contains("R-1", "Riolering Spijkerstraat", "R-2", "Register: ARNHEM",
				"work-type-mapping?register=ARNHEM&amp;field=soort&amp;value=Kabels", "2028-02-31");
		assertThat(register.tasks(neighbourhood.id())).isEmpty();

		assertThat(browser.postForm(previewPath, Map.of()).status()).isEqualTo(302);
		assertThat(register.tasks(neighbourhood.id())).extracting(t -> t.task().id()).containsExactlyInAnyOrder("R-1",
				"R-2");

		// the page now offers the remembered register with its choices filled in
		assertThat(browser.get(page + "?register=ARNHEM").body()).contains("value=\"omschrijving\"",
				"register=ARNHEM");
	}

	@Test
	void theAddRuleLinkBeginsTheRuleAndTheAdminSavesItForThatRegisterOnly() {
		adminMapsTheRegister();
		Http admin = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		String page = "/programmes/" + programme.slug() + "/work-type-mapping";

		Http.Response begun = admin.get(page + "?register=ARNHEM&field=soort&value=Kabels");
		assertThat(begun.body()).contains("soort,Kabels,", "Register ARNHEM");

		String rules = "soort,Riolering,SEWER_REPLACEMENT\nsoort,Kabels,ELECTRICITY_GRID\n";
		assertThat(admin.postForm(page, Map.of("register", "ARNHEM", "rules", rules)).status()).isEqualTo(302);

		JsonNode arnhem = Http.api(port).get(mappingPath()).json();
		assertThat(arnhem.get("rules")).extracting(r -> r.get("value").asString() + " " + r.get("outcome").asString())
				.containsExactly("Riolering SEWER_REPLACEMENT", "Kabels ELECTRICITY_GRID");
		JsonNode wior = Http.api(port).get("/api/v1/programmes/" + programme.id().value() + "/work-type-mapping").json();
		assertThat(wior.get("isDefault").asBoolean()).isTrue();

		Http.Response officerTries = Http.api(port).withToken(people.officer(party.id()).token())
				.putJson(mappingPath(), Map.of("rules", RULES));
		assertThat(officerTries.status()).isEqualTo(403);
	}
}
