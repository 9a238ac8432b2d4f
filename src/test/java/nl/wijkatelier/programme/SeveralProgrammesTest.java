package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/**
 * An instance started without the demo (WIJKATELIER_DEMO_ENABLED=false), on a database of its own: the first
 * admin starts programmes, and several live side by side, each managed by its own programme admins. This is the
 * one context of the suite without the demo; the first test sees it empty. Its database is a separate in-memory
 * H2 one, or an empty PostgreSQL database named by {@code WIJKATELIER_TEST_EMPTY_DATASOURCE_URL} (with
 * {@code _USERNAME} and {@code _PASSWORD}).
 */
@WijkatelierTest
@TestPropertySource(properties = { "wijkatelier.demo.enabled=false",
		"spring.datasource.url=${WIJKATELIER_TEST_EMPTY_DATASOURCE_URL:jdbc:h2:mem:wk_prog_empty;MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
		"spring.datasource.username=${WIJKATELIER_TEST_EMPTY_DATASOURCE_USERNAME:sa}",
		"spring.datasource.password=${WIJKATELIER_TEST_EMPTY_DATASOURCE_PASSWORD:}" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralProgrammesTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	AuditLog auditLog;

	@Test
	@Order(1)
	void startsEmptyUntilTheFirstAdminStartsAProgrammeWithTheDefaultThemes() {
		Http anonymous = Http.api(port);
		String admin = people.admin().token();
		assertThat(anonymous.get("/api/v1/programmes").json()).isEmpty();
		Http.Response noThemes = anonymous.get("/api/v1/themes");
		assertThat(noThemes.status()).isEqualTo(404);
		assertThat(noThemes.header("Content-Type")).contains("application/problem+json");
		assertThat(Http.browser(port).get("/themes").status()).isEqualTo(404);
		assertThat(Http.browser(port).get("/").status()).isEqualTo(200);
		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods",
				Map.of("name", "Nergenswijk", "municipality", "Arnhem")).status()).isEqualTo(404);

		Http.Response started = Http.api(port).withToken(admin).postJson("/api/v1/programmes",
				Map.of("name", "Wijken van Morgen", "description", "Drie wijken in Zwolle", "region", "Overijssel"));
		assertThat(started.status()).isEqualTo(201);
		String id = started.json().get("id").asString();
		assertThat(started.json().get("slug").asString()).isEqualTo("wijken-van-morgen");
		assertThat(started.header("Location")).endsWith("/api/v1/programmes/" + id);

		List<String> codes = new ArrayList<>();
		JsonNode themes = anonymous.get("/api/v1/themes?programmeId=" + id).json();
		themes.forEach(t -> codes.add(t.get("code").asString()));
		assertThat(codes).containsExactly("ENERGY", "GREENERY", "BIODIVERSITY", "CLIMATE_ADAPTATION",
				"SOCIAL_COHESION", "EMPLOYMENT", "INFRASTRUCTURE", "SAFETY", "HEALTH");
		assertThat(themes.get(1).get("coBenefits").toString()).contains("BIODIVERSITY", "CLIMATE_ADAPTATION");
		assertThat(Http.browser(port).get("/themes").body()).contains("Groen", "Biodiversiteit");

		Http.Response registered = Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods",
				Map.of("name", "Assendorp", "municipality", "Zwolle"));
		assertThat(registered.status()).as("with one programme the programmeId may be left out").isEqualTo(201);
		assertThat(registered.json().get("programmeId").asString()).isEqualTo(id);
		assertThat(auditLog.of("programme", id)).extracting(e -> e.action()).contains("PROGRAMME_STARTED");
	}

	@Test
	void withSeveralProgrammesARegistrationMustNameItsProgramme() {
		String admin = people.admin().token();
		String x = start("Programma X");
		start("Programma Y");
		int before = count("neighbourhood");
		Http.Response response = Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods",
				Map.of("name", "Zonder programma", "municipality", "Zwolle"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("programmeId");
		assertThat(count("neighbourhood")).isEqualTo(before);

		Http.Response named = Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods",
				Map.of("name", "Met programma", "municipality", "Zwolle", "programmeId", x));
		assertThat(named.status()).isEqualTo(201);
		assertThat(named.json().get("programmeId").asString()).isEqualTo(x);
	}

	@Test
	void aProgrammeAdminOfXManagesXAndIsRefusedOnY() {
		String admin = people.admin().token();
		String x = start("Beheerd X");
		String y = start("Beheerd Y");
		String ySlug = Http.api(port).get("/api/v1/programmes/" + y).json().get("slug").asString();
		String yNeighbourhood = register(admin, y, "Wijk in Y");
		var manager = people.withoutRole();
		Http.Response appointed = Http.api(port).withToken(admin).postJson("/api/v1/programmes/" + x + "/admins",
				Map.of("email", manager.email()));
		assertThat(appointed.status()).isEqualTo(201);
		assertThat(Http.api(port).withToken(admin).get("/api/v1/programmes/" + x + "/admins").json().toString())
				.contains(manager.email());
		Http api = Http.api(port).withToken(manager.token());

		assertThat(api.putJson("/api/v1/programmes/" + x, Map.of("name", "Beheerd X", "region", "Gelderland"))
				.status()).isEqualTo(200);
		String xNeighbourhood = register(manager.token(), x, "Wijk in X");
		assertThat(api.putJson("/api/v1/neighbourhoods/" + xNeighbourhood, Map.of("name", "Wijk in X bewerkt",
				"municipality", "Zwolle")).status()).isEqualTo(200);
		assertThat(api.postJson("/api/v1/themes?programmeId=" + x, Map.of("code", "MOBILITY", "nameNl",
				"Mobiliteit")).status()).isEqualTo(201);

		int before = count("neighbourhood");
		assertThat(api.putJson("/api/v1/programmes/" + y, Map.of("name", "Overgenomen")).status()).isEqualTo(403);
		assertThat(api.postJson("/api/v1/neighbourhoods", Map.of("name", "Indringer", "municipality", "Zwolle",
				"programmeId", y)).status()).isEqualTo(403);
		assertThat(api.putJson("/api/v1/neighbourhoods/" + yNeighbourhood, Map.of("name", "Overgenomen",
				"municipality", "Zwolle")).status()).isEqualTo(403);
		assertThat(api.postJson("/api/v1/neighbourhoods/" + yNeighbourhood + "/archive", Map.of()).status())
				.isEqualTo(403);
		assertThat(api.postJson("/api/v1/themes?programmeId=" + y, Map.of("code", "MOBILITY", "nameNl",
				"Mobiliteit")).status()).isEqualTo(403);
		assertThat(api.postJson("/api/v1/programmes", Map.of("name", "Eigen programma")).status())
				.as("only a platform admin starts programmes").isEqualTo(403);
		assertThat(api.postJson("/api/v1/programmes/" + x + "/admins", Map.of("email", manager.email())).status())
				.as("only a platform admin appoints").isEqualTo(403);
		assertThat(count("neighbourhood")).isEqualTo(before);
		assertThat(Http.api(port).get("/api/v1/programmes/" + y).json().get("name").asString())
				.isEqualTo("Beheerd Y");

		Http browser = Http.browser(port).login(manager.email(), People.PASSWORD);
		assertThat(browser.get("/programmes/" + ySlug + "/edit").status()).isEqualTo(403);
		assertThat(browser.get("/programmes").body()).contains("Beheerd X").doesNotContain("Beheerd Y");

		assertThat(Http.api(port).withToken(admin).delete("/api/v1/programmes/" + x + "/admins/"
				+ manager.account().id()).status()).isEqualTo(204);
		assertThat(api.putJson("/api/v1/programmes/" + x, Map.of("name", "Beheerd X")).status())
				.as("a dismissed admin manages nothing").isEqualTo(403);
	}

	@Test
	void anArchivedNeighbourhoodAnswers404EverywhereAndIsKept() {
		String admin = people.admin().token();
		String x = start("Archief X");
		String id = register(admin, x, "Verdwijnwijk");
		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods/" + id + "/archive", Map.of())
				.status()).isEqualTo(204);

		Http.Response api = Http.api(port).get("/api/v1/neighbourhoods/" + id);
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.header("Content-Type")).contains("application/problem+json");
		assertThat(Http.api(port).withToken(admin).putJson("/api/v1/neighbourhoods/" + id, Map.of("name", "Terug",
				"municipality", "Zwolle")).status()).isEqualTo(404);
		assertThat(Http.browser(port).get("/neighbourhoods/" + id).status()).isEqualTo(404);
		assertThat(Http.api(port).get("/api/v1/neighbourhoods?programmeId=" + x).json()).isEmpty();
		assertThat(Http.api(port).get("/api/v1/neighbourhoods").body()).doesNotContain(id);
		assertThat(jdbc.queryForObject("select count(*) from neighbourhood where id = ? and archived_at is not null",
				Integer.class, UUID.fromString(id))).as("the data is kept").isEqualTo(1);
		assertThat(auditLog.of("neighbourhood", id)).extracting(e -> e.action())
				.contains("NEIGHBOURHOOD_REGISTERED", "NEIGHBOURHOOD_ARCHIVED");
		assertThat(register(admin, x, "Verdwijnwijk")).as("the name is free again").isNotEqualTo(id);
	}

	@Test
	void slugsComeFromTheNameAndStayUnique() {
		String admin = people.admin().token();
		Http.Response first = Http.api(port).withToken(admin).postJson("/api/v1/programmes",
				Map.of("name", "Één Groene Stad!"));
		Http.Response second = Http.api(port).withToken(admin).postJson("/api/v1/programmes",
				Map.of("name", "Een groene stad"));
		assertThat(first.json().get("slug").asString()).isEqualTo("een-groene-stad");
		assertThat(second.json().get("slug").asString()).isEqualTo("een-groene-stad-2");
		String id = second.json().get("id").asString();
		Http.Response renamed = Http.api(port).withToken(admin).putJson("/api/v1/programmes/" + id,
				Map.of("name", "Andere naam", "description", "Nieuw"));
		assertThat(renamed.json().get("slug").asString()).as("the address stays").isEqualTo("een-groene-stad-2");
		assertThat(Http.browser(port).get("/programmes/een-groene-stad-2").body()).contains("Andere naam");
		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/programmes", Map.of("name", "new")).json()
				.get("slug").asString()).as("a page of its own").isEqualTo("new-2");
	}

	@Test
	void refusesBadInputNamingTheFieldAndStoresNothing() {
		String admin = people.admin().token();
		int programmes = count("programme");
		int themes = count("theme");
		Http.Response invalid = Http.api(port).withToken(admin).postJson("/api/v1/programmes",
				Map.of("name", " ", "region", "r".repeat(201), "description", "<script>alert(1)</script>"));
		assertThat(invalid.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "region", "description");
		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/programmes", Map.of("name", "!!!")).json()
				.at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(count("programme")).isEqualTo(programmes);
		assertThat(count("theme")).isEqualTo(themes);

		String unknown = UUID.randomUUID().toString();
		assertThat(Http.api(port).withToken(admin).putJson("/api/v1/programmes/" + unknown, Map.of("name", "X"))
				.status()).isEqualTo(404);
		assertThat(Http.api(port).get("/api/v1/themes?programmeId=" + unknown).status()).isEqualTo(404);
		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods", Map.of("name", "Wijk",
				"municipality", "Zwolle", "programmeId", unknown)).status()).isEqualTo(404);
		Http.Response malformed = Http.api(port).withToken(admin).postJson("/api/v1/neighbourhoods",
				Map.of("name", "Wijk", "municipality", "Zwolle", "programmeId", "geen-id"));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().at("/errors/0/field").asString()).isEqualTo("programmeId");
		assertThat(Http.browser(port).get("/programmes/bestaat-niet/themes").status()).isEqualTo(404);
	}

	@Test
	void anAdminStartsAProgrammeThroughThePagesAndTheHomePageListsThemAll() {
		start("Eerder programma");
		Http browser = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		assertThat(browser.get("/").body()).contains("href=\"/programmes\"");
		assertThat(browser.get("/programmes/new").body()).contains("<label class=\"utrecht-form-label\" for=\"name\"");
		Http.Response invalid = browser.postForm("/programmes", Map.of("name", "", "description", "", "region", ""));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("Vul dit veld in.");
		Http.Response started = browser.postForm("/programmes", Map.of("name", "Stadsdeel Zuid", "description",
				"Wijken in het zuiden", "region", "Utrecht"));
		assertThat(started.status()).isEqualTo(302);
		assertThat(started.header("Location")).endsWith("/programmes/stadsdeel-zuid");
		assertThat(browser.get("/programmes/stadsdeel-zuid").body()).contains("Stadsdeel Zuid", "Utrecht");
		assertThat(browser.get("/programmes/stadsdeel-zuid/themes").body()).contains("Groen", "Thema&#39;s bewerken");
		assertThat(Http.browser(port).get("/").body()).contains("Eerder programma", "Stadsdeel Zuid");

		Http.Response edited = browser.postForm("/programmes/stadsdeel-zuid/edit", Map.of("name", "Stadsdeel Zuid",
				"description", "Bijgewerkt", "region", "Provincie Utrecht"));
		assertThat(edited.status()).isEqualTo(302);
		assertThat(browser.get("/programmes/stadsdeel-zuid").body()).contains("Bijgewerkt", "Provincie Utrecht");

		var someone = people.withoutRole();
		browser.postForm("/programmes/stadsdeel-zuid/admins", Map.of("email", someone.email()));
		assertThat(browser.get("/programmes/stadsdeel-zuid/admins").body()).contains(someone.email());
		Http.Response unknown = browser.postForm("/programmes/stadsdeel-zuid/admins",
				Map.of("email", "niemand@example.org"));
		assertThat(unknown.status()).isEqualTo(302);
		assertThat(browser.get("/programmes/stadsdeel-zuid/admins").body()).contains("niemand@example.org")
				.contains("Er is geen account");
	}

	@Test
	void aNeighbourhoodIsEditedAndArchivedThroughItsPages() {
		String admin = people.admin().token();
		String x = start("Pagina X");
		start("Pagina Y");
		Http browser = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		Http.Response form = browser.get("/neighbourhoods/new?programmeId=" + x);
		assertThat(form.body()).contains("for=\"programmeId\"");
		Http.Response unnamed = browser.postForm("/neighbourhoods", Map.of("name", "Paginawijk", "municipality",
				"Zwolle", "programmeId", ""));
		assertThat(unnamed.status()).isEqualTo(200);
		assertThat(unnamed.body()).contains("Kies het programma");
		Http.Response registered = browser.postForm("/neighbourhoods", Map.of("name", "Paginawijk", "municipality",
				"Zwolle", "programmeId", x));
		assertThat(registered.status()).isEqualTo(302);
		String path = registered.header("Location").replaceFirst("^https?://[^/]+", "");
		String id = path.substring(path.lastIndexOf('/') + 1);
		assertThat(browser.get(path + "/edit").body()).contains("value=\"Paginawijk\"");
		Http.Response invalid = browser.postForm(path + "/edit", Map.of("name", "", "municipality", "Zwolle"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("Vul dit veld in.");
		browser.postForm(path + "/edit", Map.of("name", "Paginawijk-Oost", "municipality", "Zwolle", "code", "",
				"website", "", "description", "Opnieuw beschreven"));
		assertThat(Http.api(port).get("/api/v1/neighbourhoods/" + id).json().at("/neighbourhood/name").asString())
				.isEqualTo("Paginawijk-Oost");
		Http.Response archived = browser.postForm(path + "/archive", Map.of());
		assertThat(archived.status()).isEqualTo(302);
		assertThat(Http.browser(port).get(path).status()).isEqualTo(404);
		assertThat(Http.api(port).withToken(admin).get("/api/v1/neighbourhoods?programmeId=" + x).json()).isEmpty();
	}

	@Test
	void knowledgeAndTipsPagesTakeTheProgrammeFromTheUrl() {
		String x = start("Kennis X");
		String admin = people.admin().token();
		assertThat(Http.api(port).withToken(admin).postJson("/api/v1/themes?programmeId=" + x, Map.of("code",
				"WATER_SAFETY", "nameNl", "Waterveiligheid")).status()).isEqualTo(201);
		assertThat(Http.api(port).get("/api/v1/resources?programmeId=" + x).json()).isEmpty();
		assertThat(Http.api(port).get("/api/v1/resources?programmeId=" + x + "&theme=WATER_SAFETY").status())
				.as("the programme's own theme is known there").isEqualTo(200);
		assertThat(Http.browser(port).get("/knowledge?programmeId=" + x).body()).contains("Waterveiligheid");
		assertThat(Http.browser(port).get("/knowledge/tips?programmeId=" + x).status()).isEqualTo(200);
		Http browser = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		assertThat(browser.get("/knowledge/propose?programmeId=" + x).body()).contains("Waterveiligheid")
				.contains("name=\"programmeId\" value=\"" + x + "\"");
		Http.Response added = browser.postForm("/knowledge/propose", Map.of("programmeId", x, "title", "Waterkansen",
				"url", "https://example.org/waterkansen", "description", "", "kind", "INSPIRATION", "theme",
				"WATER_SAFETY"));
		assertThat(added.status()).isEqualTo(302);
		assertThat(Http.api(port).get("/api/v1/resources?programmeId=" + x).json()).hasSize(1);
		assertThat(browser.get("/knowledge/review?programmeId=" + x).status()).isEqualTo(200);
		assertThat(Http.api(port).get("/api/v1/resources?programmeId=" + UUID.randomUUID()).status())
				.isEqualTo(404);
	}

	private String start(String name) {
		Http.Response response = Http.api(port).withToken(people.admin().token()).postJson("/api/v1/programmes",
				Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6)));
		assertThat(response.status()).isEqualTo(201);
		String id = response.json().get("id").asString();
		Http.api(port).withToken(people.admin().token()).putJson("/api/v1/programmes/" + id, Map.of("name", name));
		return id;
	}

	private String register(String token, String programme, String name) {
		Http.Response response = Http.api(port).withToken(token).postJson("/api/v1/neighbourhoods",
				Map.of("name", name, "municipality", "Zwolle", "programmeId", programme));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}
}
