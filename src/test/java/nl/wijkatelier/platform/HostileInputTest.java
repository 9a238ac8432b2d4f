package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.HostileInputs;
import nl.wijkatelier.support.HostileInputs.Hostile;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.RowCounts;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * The hostile-input corpus ({@link HostileInputs}) sent to every API body and web form that takes text, read
 * from the application's own mappings so a new one cannot slip past: each value is answered with a clear 4xx
 * (problem details naming the field; for people the form again with the error), nothing is stored (row counts
 * of every table before and after), and no page shows the value unescaped. Imports also get malformed files,
 * compressed bombs, oversized bodies and path traversal in file names.
 */
@WijkatelierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The whole corpus goes to one action's sign-ups from this one address, far more than a venue sends in a minute.
@TestPropertySource(properties = "wijkatelier.limits.signups-per-minute=100000")
class HostileInputTest {

	/** Escapes everything outside ASCII, so an unpaired surrogate travels as {@code \\uD800}. */
	private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

	/** Mappings that take no free text (ids, codes, numbers, passwords or nothing), with the reason. */
	private static final Map<String, String> WITHOUT_FREE_TEXT = Map.ofEntries(
			Map.entry("POST /api/v1/neighbourhoods/{id}/plan-runs", "a number of seconds"),
			Map.entry("POST /api/v1/ateliers/{id}/open", "no body"),
			Map.entry("POST /api/v1/ateliers/{id}/close", "no body"),
			Map.entry("POST /api/v1/ateliers/{id}/contributions/{cid}/support", "no body"),
			Map.entry("POST /api/v1/ateliers/{id}/contributions/{cid}/hide", "no body"),
			Map.entry("PUT /api/v1/ateliers/{id}/weights", "theme codes resolved against the catalogue, whole numbers"),
			Map.entry("PUT /api/v1/themes/{code}/co-benefits", "theme codes resolved against the catalogue"),
			Map.entry("POST /api/v1/resources/{id}/approve", "no body"),
			Map.entry("POST /api/v1/actions/{id}/invitations", "no body"),
			Map.entry("POST /api/v1/signups/{manageToken}/cancel", "no body"),
			Map.entry("POST /ateliers/{id}/open", "no fields"),
			Map.entry("POST /ateliers/{id}/close", "no fields"),
			Map.entry("POST /ateliers/{id}/contributions/{cid}/hide", "no fields"),
			Map.entry("POST /ateliers/{id}/contributions/{cid}/merge", "a contribution id"),
			Map.entry("POST /ateliers/{id}/take-part/weights", "theme codes and whole numbers"),
			Map.entry("POST /ateliers/{id}/take-part/support/{cid}", "no fields"),
			Map.entry("POST /profile/tokens/{id}/revoke", "no fields"),
			Map.entry("POST /profile/password", "passwords: any character is allowed, they are only hashed"),
			Map.entry("POST /password-reset/{token}", "a password: any character is allowed, it is only hashed"),
			Map.entry("POST /profile/delete", "a confirmation word compared, never stored"),
			Map.entry("POST /knowledge/review/{id}/approve", "no fields"),
			Map.entry("POST /knowledge/review/{id}/reject", "no fields"),
			Map.entry("POST /actions/manage/{token}/cancel", "no fields"),
			Map.entry("POST /actions/manage/{token}/delete", "no fields"),
			Map.entry("POST /actions/network/leave/{token}", "no fields"),
			Map.entry("POST /actions/{id}/invite", "no fields"),
			Map.entry("POST /actions/{id}/rules", "two checkboxes"),
			Map.entry("POST /actions/confirm/{token}", "no fields"),
			Map.entry("PUT /api/v1/actions/{id}/rules", "two booleans"),
			Map.entry("POST /planning/runs/{run}/cancel", "no fields"),
			Map.entry("POST /neighbourhoods/{id}/planning/runs", "a number of seconds"),
			Map.entry("POST /planning/scenarios/{scenario}/replan", "task ids looked up in the scenario, a number of seconds"),
			Map.entry("POST /api/v1/scenarios/{scenario}/plan-runs", "task ids looked up in the scenario, a number of seconds"),
			Map.entry("POST /themes/{code}/co-benefits", "theme codes resolved against the catalogue"),
			Map.entry("POST /neighbourhoods/{id}/works/tasks/{code}/delete", "no fields"),
			Map.entry("POST /neighbourhoods/{id}/works/import", "a file: see importsRefuse* below"),
			Map.entry("POST /api/v1/neighbourhoods/{id}/archive", "no body"),
			Map.entry("POST /api/v1/neighbourhoods/{id}/register-imports/wior", "a register file: record texts pass the task rules (SafeText) as in the GeoJSON import; the owner is looked up among the parties"),
			Map.entry("POST /api/v1/neighbourhoods/{id}/register-imports/wior/preview", "as the import; stores nothing"),
			Map.entry("POST /neighbourhoods/{id}/works/register-import", "files as the import above and a party name looked up among the parties"),
			Map.entry("POST /neighbourhoods/{id}/works/register-import/{draft}", "no fields"),
			Map.entry("PUT /api/v1/programmes/{id}/work-type-mapping", "rules: a field name of letters and digits, an outcome from a fixed list, a value checked by SafeText"),
			Map.entry("POST /programmes/{slug}/work-type-mapping", "the same rules as CSV"),
			Map.entry("PUT /api/v1/neighbourhoods/{id}/boundary", "GeoJSON: only the polygons' numbers are kept, the geometry is rebuilt"),
			Map.entry("POST /neighbourhoods/{id}/boundary", "a GeoJSON file, as the API's upload"),
			Map.entry("POST /api/v1/neighbourhoods/{id}/boundary/fetch", "no body"),
			Map.entry("POST /neighbourhoods/{id}/boundary/fetch", "no fields"),
			Map.entry("POST /neighbourhoods/{id}/archive", "no fields"),
			Map.entry("POST /programmes/{slug}/admins/{userId}/dismiss", "no fields"),
			Map.entry("POST /neighbourhoods/{id}/people/{membershipId}/revoke", "no fields"),
			Map.entry("POST /programmes/{slug}/themes/{code}/co-benefits", "theme codes resolved against the catalogue"),
			// Free text below goes through Checks.requiredText/optionalText, the rule every corpus-tested field uses;
			// their bad-input cases are in CouplingProposalApiTest, TipFlagsTest and OwnAnswersTest.
			Map.entry("POST /api/v1/neighbourhoods/{id}/coupling-proposals", "task ids looked up in the neighbourhood and a note (Checks.optionalText)"),
			Map.entry("POST /neighbourhoods/{id}/coupling-proposals", "as the API: task ids and a note"),
			Map.entry("POST /api/v1/coupling-proposals/{id}/responses", "a decision from a fixed list and a reason (Checks.requiredText)"),
			Map.entry("POST /coupling-proposals/{id}/responses", "as the API: a decision and a reason"),
			Map.entry("POST /api/v1/coupling-proposals/{id}/withdrawal", "a reason (Checks.requiredText)"),
			Map.entry("POST /coupling-proposals/{id}/withdrawal", "as the API: a reason"),
			Map.entry("POST /api/v1/tips/{id}/flags", "a reason (Checks.requiredText); flags are rate-limited per address, so the corpus would meet 429"),
			Map.entry("POST /knowledge/tips/{id}/flag", "as the API: a reason"),
			Map.entry("POST /api/v1/tips/{id}/review", "a decision from a fixed list"),
			Map.entry("POST /knowledge/tips/{id}/review", "a decision from a fixed list"),
			Map.entry("POST /neighbourhoods/{id}/on-your-own", "the same texts as PUT /api/v1/neighbourhoods/{id}/own-answer, which meets the corpus"));

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	DataSource dataSource;
	@Autowired
	MessageSource messages;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private String admin;
	private NeighbourhoodId neighbourhood;
	private String partyName;
	private String atelier;
	private String joinCode;
	private String participant;
	private String contribution;
	private String action;
	private String manageToken;
	private String signupId;
	private String resource;
	private String invitationToken;
	private String planRun;
	private Http adminPage;
	private Http participantPage;
	private Http householdPage;
	private String formToken;
	private List<String> errorTexts;

	/** One API call that takes text, with the body built around each text field. */
	record Api(String mapping, Supplier<String> path, String contentType, Map<String, String> headers,
			List<Field> fields) {
	}

	/** A text field: how to build the body with a value in it, and the field the answer must name. */
	record Field(String name, Function<String, byte[]> body, String answerNames) {
	}

	/** One web form that takes text: its session, path, valid fields and the text fields to fill. */
	record Form(String mapping, Supplier<Http> session, Supplier<String> path, Supplier<Map<String, String>> valid,
			List<String> fields) {
	}

	@BeforeAll
	void fixtures() throws Exception {
		admin = people.admin().token();
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Vijandige wijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false)).id();
		partyName = "Gemeente " + suffix;
		catalog.registerParty(programme.id(), Optional.of(neighbourhood), partyName, PartyType.MUNICIPALITY, null, false);
		Http api = Http.api(port).withToken(admin);

		Http.Response created = api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", neighbourhood.toString(),
				"title", "Buurtavond", "date", LocalDate.now().toString(), "themes", List.of("GREENERY")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		atelier = created.json().get("id").asString();
		joinCode = created.json().get("joinCode").asString();
		assertThat(api.postJson("/api/v1/ateliers/" + atelier + "/open", "").status()).isEqualTo(200);
		participant = Http.api(port).postJson("/api/v1/ateliers/join/" + joinCode, Map.of("partyType", "RESIDENT"))
				.json().get("participantToken").asString();
		contribution = Http.api(port).withToken(participant).postJson("/api/v1/ateliers/" + atelier + "/contributions",
				Map.of("question", 1, "text", "Meer groen")).json().get("id").asString();

		Http.Response started = api.postJson("/api/v1/actions", Map.of("neighbourhoodId", neighbourhood.toString(),
				"template", "TILE_REMOVAL", "title", "Tegels eruit", "thresholds",
				List.of(Map.of("households", 2, "label", "Zakken zand"))));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		action = started.json().get("id").asString();
		JsonNode signedUp = Http.api(port).postJson("/api/v1/actions/" + action + "/signups", signup("Familie Jansen"))
				.json();
		manageToken = signedUp.get("manageToken").asString();
		signupId = signedUp.get("signupId").asString();

		Http.Response proposed = api.postJson("/api/v1/resources", Map.of("title", "Tegelwippen", "description",
				"Hoe het werkt", "kind", "TOOL", "url", "https://www.tegelwippen.nl"));
		assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
		resource = proposed.json().get("id").asString();

		Http.Response invited = api.postJson("/api/v1/invitations", Map.of("email", "uitgenodigd-" + suffix
				+ "@example.org", "role", "RESIDENT", "neighbourhoodId", neighbourhood.toString()));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		String link = invited.json().get("link").asString();
		invitationToken = link.substring(link.lastIndexOf('/') + 1);

		NeighbourhoodId demo = catalog.neighbourhoods().stream().filter(n -> n.name().equals("Spijkerkwartier"))
				.findFirst().orElseThrow().id();
		planRun = api.postJson("/api/v1/neighbourhoods/" + demo.value() + "/plan-runs?seconds=1", Map.of()).json()
				.get("id").asString();
		for (int i = 0; i < 300 && api.get("/api/v1/plan-runs/" + planRun).json().get("status").asString()
				.matches("RUNNING|QUEUED"); i++) {
			Thread.sleep(100);
		}

		adminPage = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		adminPage.get("/profile");
		participantPage = Http.browser(port);
		participantPage.get("/ateliers/join?code=" + joinCode);
		assertThat(participantPage.postForm("/ateliers/join", Map.of("code", joinCode, "partyType", "RESIDENT"))
				.status()).isEqualTo(302);
		householdPage = Http.browser(port);
		String page = householdPage.get("/actions/" + action).body();
		var m = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).isTrue();
		formToken = m.group(1);

		errorTexts = new ArrayList<>();
		for (String key : List.of("error.tooLong", "error.text.markup", "error.text.scriptAddress", "error.text.control",
				"error.text.bidi", "error.text.invisible", "error.text.encoding", "error.fileName",
				"error.email", "error.action.email", "error.id.format", "error.webAddress")) {
			String text = messages.getMessage(key, new Object[] { 0 }, Locale.forLanguageTag("nl"));
			errorTexts.add(HtmlUtils.htmlEscape(text.substring(0, Math.min(20, text.indexOf('{') > 0
					? text.indexOf('{') : text.length()))));
		}
	}

	private static Map<String, Object> signup(String name) {
		Map<String, Object> household = new LinkedHashMap<>();
		household.put("name", name);
		household.put("email", "jansen@example.org");
		return Map.of("quantity", Map.of("tiles", 12), "household", household);
	}

	private List<Api> apis() {
		String n = neighbourhood.toString();
		List<Api> all = new ArrayList<>();
		all.add(json("POST /api/v1/neighbourhoods", () -> "/api/v1/neighbourhoods",
				Map.of("name", "Nieuwe wijk " + UUID.randomUUID(), "municipality", "Arnhem"),
				"name", "municipality", "description"));
		// the valid parts name the default programme as it is, so a refused value changes nothing shared
		var programme = catalog.defaultProgramme().orElseThrow();
		Map<String, Object> sameProgramme = Map.of("name", programme.name());
		all.add(json("POST /api/v1/programmes", () -> "/api/v1/programmes", Map.of("name", "Nieuw programma"),
				"name", "description", "region"));
		all.add(new Api("PUT /api/v1/programmes/{id}", () -> "/api/v1/programmes/" + programme.id(),
				"application/json", Map.of("X-Method", "PUT", "Authorization", "Bearer " + admin),
				List.of(jsonField(sameProgramme, "name", "name"), jsonField(sameProgramme, "description",
						"description"), jsonField(sameProgramme, "region", "region"))));
		all.add(json("POST /api/v1/programmes/{id}/admins", () -> "/api/v1/programmes/" + programme.id() + "/admins",
				Map.of(), "email"));
		Map<String, Object> sameNeighbourhood = Map.of("name", catalog.neighbourhood(neighbourhood).name(),
				"municipality", "Arnhem");
		all.add(new Api("PUT /api/v1/neighbourhoods/{id}", () -> "/api/v1/neighbourhoods/" + n, "application/json",
				Map.of("X-Method", "PUT", "Authorization", "Bearer " + admin),
				List.of(jsonField(sameNeighbourhood, "name", "name"), jsonField(sameNeighbourhood, "municipality",
						"municipality"), jsonField(sameNeighbourhood, "description", "description"))));
		all.add(json("POST /api/v1/neighbourhoods/{id}/parties", () -> "/api/v1/neighbourhoods/" + n + "/parties",
				Map.of("name", "Partij " + UUID.randomUUID(), "type", "ENTREPRENEUR"), "name", "website"));
		all.add(json("POST /api/v1/themes", () -> "/api/v1/themes", Map.of("code", "T" + System.nanoTime() % 100000,
				"nameNl", "Thema"), "nameNl", "nameEn", "descriptionNl", "descriptionEn"));
		all.add(new Api("POST /api/v1/tokens", () -> "/api/v1/tokens", "application/json", Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString((People.ADMIN_EMAIL + ":"
						+ People.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))),
				List.of(jsonField(Map.of(), "name", "name"))));
		all.add(json("POST /api/v1/password-resets", () -> "/api/v1/password-resets",
				Map.of("email", "niemand@example.org"), "email"));
		all.add(json("POST /api/v1/invitations", () -> "/api/v1/invitations", Map.of("email", "x@example.org",
				"role", "RESIDENT", "neighbourhoodId", n), "email"));
		Map<String, Object> newAtelier = Map.of("neighbourhoodId", n, "title", "Avond", "date", LocalDate.now().toString(),
				"themes", List.of("GREENERY"), "speakers", List.of(Map.of("name", "Petra", "role", "programma")),
				"questions", List.of("Wat vindt u?"));
		all.add(new Api("POST /api/v1/ateliers", () -> "/api/v1/ateliers", "application/json", bearer(admin),
				List.of(jsonField(newAtelier, "title", "title"), jsonField(newAtelier, "topic", "topic"),
						jsonField(newAtelier, "speakers.0.name", "speakers"),
						jsonField(newAtelier, "speakers.0.role", "speakers"),
						jsonField(newAtelier, "questions.0", "question1"))));
		all.add(json("POST /api/v1/ateliers/{id}/publish", () -> "/api/v1/ateliers/" + atelier + "/publish", Map.of(),
				"insights"));
		all.add(new Api("POST /api/v1/ateliers/join/{joinCode}", () -> "/api/v1/ateliers/join/" + joinCode,
				"application/json", Map.of(), List.of(jsonField(Map.of("partyType", "RESIDENT"), "displayName",
						"displayName"))));
		all.add(new Api("POST /api/v1/ateliers/{id}/contributions", () -> "/api/v1/ateliers/" + atelier
				+ "/contributions", "application/json", bearer(participant),
				List.of(jsonField(Map.of("question", 1), "text", "text"))));
		all.add(json("POST /api/v1/ateliers/{id}/contributions/{cid}/merge", () -> "/api/v1/ateliers/" + atelier
				+ "/contributions/" + contribution + "/merge", Map.of(), "into"));
		all.add(json("POST /api/v1/resources", () -> "/api/v1/resources", Map.of("title", "Bron", "kind", "TOOL"),
				"title", "description", "url"));
		all.add(new Api("PUT /api/v1/resources/{id}", () -> "/api/v1/resources/" + resource, "application/json",
				Map.of("X-Method", "PUT", "Authorization", "Bearer " + admin),
				List.of(jsonField(Map.of("title", "Bron", "kind", "TOOL"), "title", "title"),
						jsonField(Map.of("title", "Bron", "kind", "TOOL"), "description", "description"))));
		Map<String, Object> ownAnswer = Map.of("integral", "Samen de straat één keer openmaken", "opportunities",
				"Groen", "challenges", "Geld", "approach", "Stap voor stap", "shared", false);
		all.add(new Api("PUT /api/v1/neighbourhoods/{id}/own-answer",
				() -> "/api/v1/neighbourhoods/" + neighbourhood + "/own-answer", "application/json",
				Map.of("X-Method", "PUT", "Authorization", "Bearer " + admin),
				List.of(jsonField(ownAnswer, "integral", "integral"), jsonField(ownAnswer, "opportunities", "opportunities"),
						jsonField(ownAnswer, "challenges", "challenges"), jsonField(ownAnswer, "approach", "approach"))));
		all.add(json("POST /api/v1/tips", () -> "/api/v1/tips", Map.of("neighbourhoodId", n, "partyType", "RESIDENT"),
				"text"));
		Map<String, Object> newAction = Map.of("neighbourhoodId", n, "template", "TILE_REMOVAL", "title", "Actie",
				"thresholds", List.of(Map.of("households", 2, "label", "Zakken")));
		all.add(new Api("POST /api/v1/actions", () -> "/api/v1/actions", "application/json", bearer(admin),
				List.of(jsonField(newAction, "title", "title"), jsonField(newAction, "description", "description"),
						jsonField(newAction, "thresholds.0.label", "thresholds[0].label"))));
		all.add(new Api("POST /api/v1/actions/{id}/signups", () -> "/api/v1/actions/" + action + "/signups",
				"application/json", Map.of(), List.of(jsonField(signup("Jansen"), "household.name", "household.name"),
						jsonField(signup("Jansen"), "household.email", "household.email"))));
		all.add(new Api("POST /api/v1/actions/{id}/signups/void", () -> "/api/v1/actions/" + action + "/signups/void",
				"application/json", bearer(admin), List.of(jsonField(Map.of("signupIds", List.of(signupId)), "reason",
						"reason"))));
		all.add(new Api("PUT /api/v1/signups/{manageToken}", () -> "/api/v1/signups/" + manageToken,
				"application/json", Map.of("X-Method", "PUT"),
				List.of(jsonField(signup("Jansen"), "household.name", "household.name"))));
		all.add(json("POST /api/v1/plan-runs/{run}/scenario", () -> "/api/v1/plan-runs/" + planRun + "/scenario",
				Map.of(), "name"));
		all.add(new Api("POST /api/v1/neighbourhoods/{id}/tasks", () -> "/api/v1/neighbourhoods/" + n + "/tasks",
				"application/geo+json", bearer(admin), List.of(
						new Field("title", v -> geojson(Map.of("title", v)), "title"),
						new Field("id", v -> geojson(Map.of("id", v)), "id"),
						new Field("owner", v -> geojson(Map.of("owner", v)), "owner"))));
		all.add(new Api("POST /api/v1/neighbourhoods/{id}/pots", () -> "/api/v1/neighbourhoods/" + n + "/pots",
				"text/csv", bearer(admin), List.of(
						new Field("pot", v -> csv(v, partyName, "Wethouder"), "pot"),
						new Field("owner", v -> csv("Riool", v, "Wethouder"), "owner"),
						new Field("portfolioHolder", v -> csv("Riool", partyName, v), "portfolioHolder"))));
		return all;
	}

	private List<Form> forms() {
		String n = neighbourhood.toString();
		Supplier<Http> admin = () -> adminPage;
		List<Form> all = new ArrayList<>();
		all.add(new Form("POST /neighbourhoods/{id}/parties", admin, () -> "/neighbourhoods/" + n + "/parties",
				() -> Map.of("name", "Partij", "type", "ENTREPRENEUR"), List.of("name", "website")));
		all.add(new Form("POST /neighbourhoods", admin, () -> "/neighbourhoods",
				() -> Map.of("name", "Wijk " + UUID.randomUUID(), "municipality", "Arnhem"),
				List.of("name", "municipality", "description", "website")));
		var programme = catalog.defaultProgramme().orElseThrow();
		String slug = programme.slug();
		all.add(new Form("POST /programmes", admin, () -> "/programmes", () -> Map.of("name", "Nieuw programma"),
				List.of("name", "description", "region")));
		all.add(new Form("POST /programmes/{slug}/edit", admin, () -> "/programmes/" + slug + "/edit",
				() -> Map.of("name", programme.name()), List.of("name", "description", "region")));
		all.add(new Form("POST /programmes/{slug}/admins", admin, () -> "/programmes/" + slug + "/admins", Map::of,
				List.of("email")));
		all.add(new Form("POST /neighbourhoods/{id}/edit", admin, () -> "/neighbourhoods/" + n + "/edit",
				() -> Map.of("name", catalog.neighbourhood(neighbourhood).name(), "municipality", "Arnhem"),
				List.of("name", "municipality", "description", "website")));
		all.add(new Form("POST /programmes/{slug}/themes", admin, () -> "/programmes/" + slug + "/themes",
				() -> Map.of("code", "T" + System.nanoTime() % 100000, "nameNl", "Thema"),
				List.of("nameNl", "nameEn", "descriptionNl")));
		all.add(new Form("POST /themes", admin, () -> "/themes", () -> Map.of("code", "T" + System.nanoTime() % 100000,
				"nameNl", "Thema"), List.of("nameNl", "nameEn", "descriptionNl")));
		all.add(new Form("POST /profile/tokens", admin, () -> "/profile/tokens", Map::of, List.of("name")));
		all.add(new Form("POST /password-reset", () -> Http.browser(port).getting("/password-reset"),
				() -> "/password-reset", Map::of, List.of("email")));
		all.add(new Form("POST /invitations", admin, () -> "/invitations", () -> Map.of("role", "RESIDENT",
				"neighbourhoodId", n), List.of("email")));
		all.add(new Form("POST /invitations/{token}", () -> Http.browser(port).getting("/invitations/" + invitationToken),
				() -> "/invitations/" + invitationToken, () -> Map.of("password", "een lang wachtwoord", "consent",
						"true"), List.of("displayName")));
		all.add(new Form("POST /ateliers", admin, () -> "/ateliers", () -> Map.of("neighbourhoodId", n, "title",
				"Avond", "date", LocalDate.now().toString(), "themes", "GREENERY"),
				List.of("title", "topic", "speakers", "question1", "links")));
		all.add(new Form("POST /ateliers/{id}/publish", admin, () -> "/ateliers/" + atelier + "/publish", Map::of,
				List.of("insights")));
		all.add(new Form("POST /ateliers/join", () -> Http.browser(port).getting("/ateliers/join"),
				() -> "/ateliers/join", () -> Map.of("code", joinCode, "partyType", "RESIDENT"), List.of("displayName")));
		all.add(new Form("POST /ateliers/{id}/take-part/contributions", () -> participantPage,
				() -> "/ateliers/" + atelier + "/take-part/contributions", () -> Map.of("question", "1"), List.of("text")));
		all.add(new Form("POST /neighbourhoods/{id}/works/tasks", admin, () -> "/neighbourhoods/" + n + "/works/tasks",
				() -> Map.of("id", "T-1", "title", "Riool", "owner", partyName, "type", "SEWER_REPLACEMENT",
						"earliestStart", "2027-01-01", "latestEnd", "2027-12-31", "durationDays", "30", "cost", "1000",
						"shareableCost", "100"), List.of("id", "title")));
		all.add(new Form("POST /knowledge/tips", admin, () -> "/knowledge/tips", () -> Map.of("neighbourhoodId", n,
				"partyType", "RESIDENT"), List.of("text")));
		all.add(new Form("POST /knowledge/propose", admin, () -> "/knowledge/propose", () -> Map.of("title", "Bron",
				"kind", "TOOL"), List.of("title", "description", "url")));
		all.add(new Form("POST /actions/{id}/signups", () -> householdPage, () -> "/actions/" + action + "/signups",
				() -> Map.of("formToken", formToken, "q.tiles", "3", "name", "Jansen"), List.of("name", "email")));
		all.add(new Form("POST /actions/manage/{token}", () -> householdPage.getting("/actions/manage/" + manageToken),
				() -> "/actions/manage/" + manageToken, () -> Map.of("q.tiles", "3", "name", "Jansen"),
				List.of("name", "email")));
		all.add(new Form("POST /actions", admin, () -> "/actions", () -> Map.of("neighbourhoodId", n, "template",
				"TILE_REMOVAL", "title", "Actie", "threshold0.households", "2", "threshold0.label", "Zakken"),
				List.of("title", "description", "threshold0.label")));
		all.add(new Form("POST /actions/{id}/signups/void", admin, () -> "/actions/" + action + "/signups/void",
				() -> Map.of("signup", signupId), List.of("reason")));
		all.add(new Form("POST /planning/runs/{run}/save", admin, () -> "/planning/runs/" + planRun + "/save", Map::of,
				List.of("name")));
		return all;
	}

	@Test
	void everyMappingThatTakesTextIsCovered() {
		Set<String> covered = new TreeSet<>(WITHOUT_FREE_TEXT.keySet());
		apis().forEach(a -> covered.add(a.mapping()));
		forms().forEach(f -> covered.add(f.mapping()));
		Set<String> all = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getMethodsCondition().getMethods().stream()
				.filter(m -> m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH)
				.forEach(m -> info.getPatternValues().forEach(p -> all.add(m + " " + p))));
		assertThat(covered).as("every POST/PUT/PATCH mapping is tested with the corpus or said to take no text")
				.containsAll(all);
		assertThat(all).as("no stale entries").containsAll(covered);
	}

	@Test
	void everyApiTextFieldRefusesRepresentativeHostileValuesNamingTheField() {
		for (Api api : apis()) {
			Map<String, Long> before = RowCounts.of(dataSource);
			for (Field field : api.fields()) {
				sendAll(api, field, HostileInputs.REPRESENTATIVE);
			}
			assertThat(RowCounts.of(dataSource)).as(api.mapping() + " stored nothing").isEqualTo(before);
		}
	}

	@Test
	void keyApiEndpointsRefuseTheWholeCorpus() {
		Map<String, String> key = Map.of("POST /api/v1/ateliers/{id}/contributions", "text",
				"POST /api/v1/actions/{id}/signups", "household.name", "POST /api/v1/neighbourhoods/{id}/tasks", "title",
				"POST /api/v1/neighbourhoods/{id}/pots", "pot", "POST /api/v1/resources", "description",
				"POST /api/v1/tips", "text", "POST /api/v1/ateliers", "title", "POST /api/v1/actions", "title");
		Set<String> sent = new TreeSet<>();
		for (Api api : apis()) {
			String field = key.get(api.mapping());
			if (field != null) {
				Map<String, Long> before = RowCounts.of(dataSource);
				sendAll(api, api.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow(),
						HostileInputs.ALL);
				assertThat(RowCounts.of(dataSource)).as(api.mapping() + " stored nothing").isEqualTo(before);
				sent.add(api.mapping());
			}
		}
		assertThat(sent).as("every key endpoint is among the tested ones").isEqualTo(key.keySet());
	}

	@Test
	void everyWebFormShowsTheErrorForRepresentativeHostileValues() {
		for (Form form : forms()) {
			Map<String, Long> before = RowCounts.of(dataSource);
			for (String field : form.fields()) {
				submitAll(form, field, HostileInputs.forForms(HostileInputs.REPRESENTATIVE));
			}
			assertThat(RowCounts.of(dataSource)).as(form.mapping() + " stored nothing").isEqualTo(before);
		}
	}

	@Test
	void keyWebFormsRefuseTheWholeCorpus() {
		Map<String, String> key = Map.of("POST /ateliers/{id}/take-part/contributions", "text",
				"POST /actions/{id}/signups", "name", "POST /knowledge/propose", "title", "POST /knowledge/tips", "text",
				"POST /ateliers", "title", "POST /actions", "title");
		Set<String> submitted = new TreeSet<>();
		for (Form form : forms()) {
			String field = key.get(form.mapping());
			if (field != null) {
				Map<String, Long> before = RowCounts.of(dataSource);
				submitAll(form, field, HostileInputs.forForms(HostileInputs.ALL));
				assertThat(RowCounts.of(dataSource)).as(form.mapping() + " stored nothing").isEqualTo(before);
				submitted.add(form.mapping());
			}
		}
		assertThat(submitted).as("every key form is among the tested ones").isEqualTo(key.keySet());
	}

	/**
	 * Text that only looks like SQL is ordinary text (every query is parameterised): it is stored as written, the API
	 * gives it back unchanged, and the public page shows it escaped.
	 */
	@Test
	void sqlLookingTextIsStoredAsWrittenAndShownEscaped() {
		Http api = Http.api(port).withToken(admin);
		for (String text : HostileInputs.SQL_LOOKING) {
			Http.Response created = api.postJson("/api/v1/actions", Map.of("neighbourhoodId", neighbourhood.toString(),
					"template", "TILE_REMOVAL", "title", text, "thresholds", List.of(Map.of("households", 2, "label", text))));
			assertThat(created.status()).as(text + ": " + created.body()).isEqualTo(201);
			String id = created.json().get("id").asString();
			assertThat(Http.api(port).get("/api/v1/actions/" + id).json().get("title").asString()).isEqualTo(text);
			String page = Http.browser(port).get("/actions/" + id).body();
			assertThat(page).as(text).contains(HtmlUtils.htmlEscape(text));
			if (text.matches("(?s).*[\"'].*")) {
				assertThat(page).as(text + " unescaped").doesNotContain(text);
			}
		}
	}

	@Test
	void importsRefuseMalformedAndCompressedFilesAndStoreNothing() throws Exception {
		String tasks = "/api/v1/neighbourhoods/" + neighbourhood + "/tasks";
		String pots = "/api/v1/neighbourhoods/" + neighbourhood + "/pots";
		Map<String, Long> before = RowCounts.of(dataSource);
		byte[] bomb = gzipBomb(4L << 30);
		Map<String, byte[]> geojson = new LinkedHashMap<>();
		geojson.put("truncated", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feat".getBytes());
		geojson.put("not an object", "[1, 2, 3]".getBytes());
		geojson.put("wrong type", "{\"type\": \"Point\", \"coordinates\": [5, 52]}".getBytes());
		geojson.put("feature without properties", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\"}]}"
				.getBytes());
		geojson.put("geometry out of range", geojson(Map.of()).length > 0 ? new String(geojson(Map.of()),
				StandardCharsets.UTF_8).replace("5.91", "591.0").getBytes() : new byte[0]);
		geojson.put("binary", new byte[] { 0, 1, 2, (byte) 0xFF, (byte) 0xFE });
		geojson.put("gzip bomb without Content-Encoding", bomb);
		geojson.put("zip bomb", zipBomb(1L << 30));
		geojson.put("empty", new byte[0]);
		for (Map.Entry<String, byte[]> file : geojson.entrySet()) {
			Http.Response answer = send("POST", tasks, "application/geo+json", bearer(admin), file.getValue());
			assertThat(answer.status()).as(file.getKey() + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.header("Content-Type")).contains("application/problem+json");
		}
		Map<String, String> csv = new LinkedHashMap<>();
		csv.put("no header", "Riool," + partyName + ",Wethouder,2027,1000,,,\n");
		csv.put("unbalanced quote", "pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\n\"Riool,"
				+ partyName + ",Wethouder,2027,1000,,,\n");
		csv.put("wrong columns", "a,b\n1,2\n");
		csv.put("not a number", "pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\nRiool," + partyName
				+ ",Wethouder,twintig,veel,,,\n");
		for (Map.Entry<String, String> file : csv.entrySet()) {
			Http.Response answer = send("POST", pots, "text/csv", bearer(admin),
					file.getValue().getBytes(StandardCharsets.UTF_8));
			assertThat(answer.status()).as(file.getKey() + ": " + answer.body()).isEqualTo(400);
		}
		Map<String, String> compressed = new LinkedHashMap<>(bearer(admin));
		compressed.put("Content-Encoding", "gzip");
		Http.Response gzip = send("POST", tasks, "application/geo+json", compressed, bomb);
		assertThat(gzip.status()).as(gzip.body()).isEqualTo(415);
		assertThat(gzip.json().get("detail").asString()).contains("gzip");
		assertThat(RowCounts.of(dataSource)).isEqualTo(before);
	}

	@Test
	void bodiesOverTheLimitAnswer413AndStoreNothing() throws Exception {
		Map<String, Long> before = RowCounts.of(dataSource);
		byte[] huge = new byte[22 * 1024 * 1024];
		Arrays.fill(huge, (byte) ' ');
		String tasks = "/api/v1/neighbourhoods/" + neighbourhood + "/tasks";
		Http.Response announced = send("POST", tasks, "application/geo+json", bearer(admin), huge);
		assertThat(announced.status()).isEqualTo(413);
		assertThat(announced.header("Content-Type")).contains("application/problem+json");
		assertThat(announced.json().get("detail").asString()).contains("21 MB");
		assertThat(announced.header("X-Content-Type-Options")).isEqualTo("nosniff");

		HttpResponse<String> streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + tasks))
				.header("Content-Type", "application/geo+json").header("Authorization", "Bearer " + admin)
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(streamed.statusCode()).as("a body of unannounced length is cut off too: " + streamed.body())
				.isEqualTo(413);

		String boundary = "grens" + UUID.randomUUID();
		ByteArrayOutputStream multipart = new ByteArrayOutputStream();
		multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ntasks\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"taken.geojson\"\r\n"
				+ "Content-Type: application/geo+json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		multipart.write(huge);
		multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		adminPage.get("/neighbourhoods/" + neighbourhood + "/works");
		Http.Response upload = adminPage.postMultipart("/neighbourhoods/" + neighbourhood + "/works/import", boundary,
				multipart.toByteArray());
		assertThat(upload.status()).isEqualTo(413);
		assertThat(upload.body()).contains("te groot").doesNotContain("Exception");
		assertThat(upload.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(upload.header("Content-Security-Policy")).contains("script-src 'self';")
				.contains("frame-ancestors 'none'");

		String longForm = "title=" + "a".repeat(3 * 1024 * 1024);
		Http.Response form = adminPage.postRaw("/knowledge/propose", "application/x-www-form-urlencoded",
				longForm.getBytes(StandardCharsets.UTF_8));
		assertThat(form.status()).isEqualTo(413);
		assertThat(RowCounts.of(dataSource)).isEqualTo(before);
	}

	@Test
	void uploadedFileNamesWithPathsOrMarkupAreRefusedAndMalformedUploadsStoreNothing() throws Exception {
		String page = "/neighbourhoods/" + neighbourhood + "/works";
		adminPage.get(page);
		Map<String, Long> before = RowCounts.of(dataSource);
		Map<String, byte[]> uploads = new LinkedHashMap<>();
		for (String name : HostileInputs.FILE_NAMES) {
			uploads.put(name, geojson(Map.of()));
		}
		uploads.put("bom.geojson.gz", gzipBomb(4L << 30));
		uploads.put("bom.zip", zipBomb(1L << 30));
		uploads.put("kapot.geojson", "{\"type\": \"FeatureCollection\", \"features\": [".getBytes());
		for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
			String boundary = "grens" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ntasks\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + upload.getKey()
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(upload.getValue());
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			Http.Response answer = adminPage.postMultipart("/neighbourhoods/" + neighbourhood + "/works/import", boundary,
					body.toByteArray());
			assertThat(answer.status()).as(upload.getKey()).isIn(302, 400);
			Http.Response shown = answer.status() == 302 ? adminPage.get(path(answer.header("Location"))) : answer;
			assertThat(shown.body()).as(upload.getKey()).containsAnyOf("utrecht-alert--error", "Dit verzoek klopt niet")
					.doesNotContain("<script>alert");
		}
		assertThat(RowCounts.of(dataSource)).isEqualTo(before);
	}

	private void sendAll(Api api, Field field, List<Hostile> values) {
		for (Hostile hostile : values) {
			if (hostile.jsonOnly() && !api.contentType().contains("json")) {
				continue;
			}
			String what = api.mapping() + " " + field.name() + " <- " + hostile.name();
			Http.Response answer = send(api.headers().getOrDefault("X-Method", "POST"), api.path().get(),
					api.contentType(), api.headers(), field.body().apply(hostile.value()));
			assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.header("Content-Type")).as(what).contains("application/problem+json");
			JsonNode errors = answer.json().get("errors");
			assertThat(errors).as(what + ": " + answer.body()).isNotNull();
			assertThat(errors.findValuesAsString("field")).as(what + ": " + answer.body()).contains(field.answerNames());
			// JSON answers may quote the value (an import error names the task id): never as HTML, and nosniff.
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	private void submitAll(Form form, String field, List<Hostile> values) {
		Http session = form.session().get();
		for (Hostile hostile : values) {
			String what = form.mapping() + " " + field + " <- " + hostile.name();
			Map<String, String> fields = new LinkedHashMap<>(form.valid().get());
			fields.put(field, hostile.value());
			Http.Response answer = session.postForm(form.path().get(), fields);
			assertThat(answer.status()).as(what).isIn(200, 302, 400);
			Http.Response shown = answer.status() == 302 ? session.get(path(answer.header("Location"))) : answer;
			assertThat(shown.status()).as(what).isIn(200, 400);
			assertThat(errorTexts.stream().anyMatch(shown.body()::contains)
					|| shown.body().contains("utrecht-form-field-error-message")).as(what + " shows the error").isTrue();
			assertUnescapedNowhere(shown.body(), hostile, what);
		}
	}

	private static void assertUnescapedNowhere(String body, Hostile hostile, String what) {
		if (hostile.value().matches("(?s).*[<>\"'].*")) {
			assertThat(body).as(what + " echoes the value unescaped").doesNotContain(hostile.value());
		}
		assertThat(body).as(what).doesNotContain("<script>alert").doesNotContain("<img src=x")
				.doesNotContain("<svg/onload");
	}

	private Api json(String mapping, Supplier<String> path, Map<String, Object> valid, String... fields) {
		List<Field> all = new ArrayList<>();
		for (String f : fields) {
			all.add(jsonField(valid, f, f));
		}
		return new Api(mapping, path, "application/json", bearer(admin), all);
	}

	private static Field jsonField(Map<String, Object> valid, String path, String answerNames) {
		return new Field(path, value -> {
			ObjectNode root = ESCAPING.valueToTree(valid);
			set(root, path, value);
			return ESCAPING.writeValueAsString(root).getBytes(StandardCharsets.US_ASCII);
		}, answerNames);
	}

	/** Sets a value at a dotted path; numeric parts index arrays. */
	private static void set(ObjectNode root, String path, String value) {
		String[] parts = path.split("\\.");
		JsonNode node = root;
		for (int i = 0; i < parts.length - 1; i++) {
			JsonNode next = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
			if (next == null) {
				next = ((ObjectNode) node).putObject(parts[i]);
			}
			node = next;
		}
		String last = parts[parts.length - 1];
		if (node.isArray()) {
			((ArrayNode) node).set(Integer.parseInt(last), value);
		}
		else {
			((ObjectNode) node).put(last, value);
		}
	}

	private byte[] geojson(Map<String, String> override) {
		Map<String, Object> properties = new LinkedHashMap<>(Map.of("id", "H-1", "title", "Riool vervangen", "owner",
				partyName, "type", "SEWER_REPLACEMENT", "earliestStart", "2027-01-01", "latestEnd", "2027-12-31",
				"durationDays", 30, "cost", 100000, "shareableCost", 40000));
		properties.putAll(override);
		Map<String, Object> feature = Map.of("type", "Feature", "geometry", Map.of("type", "LineString", "coordinates",
				List.of(List.of(5.91, 51.985), List.of(5.92, 51.986))), "properties", properties);
		return ESCAPING.writeValueAsString(Map.of("type", "FeatureCollection", "features", List.of(feature)))
				.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] csv(String pot, String owner, String holder) {
		try {
			StringWriter out = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
				printer.printRecord("pot", "owner", "portfolioHolder", "year", "amount", "themes", "taskTypes", "deadline");
				printer.printRecord(pot, owner, holder, 2027, 1000, "", "", "");
			}
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] gzipBomb;
	private static byte[] zipBomb;

	/**
	 * {@code size} bytes of zeros as gzip: one member of 1 MiB repeated, which gzip readers concatenate
	 * (RFC 1952, section 2.2), so a 4 GiB bomb is about 4 MB and costs one small compression.
	 */
	private static synchronized byte[] gzipBomb(long size) throws IOException {
		if (gzipBomb == null) {
			ByteArrayOutputStream member = new ByteArrayOutputStream();
			try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
				gzip.write(new byte[1 << 20]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (long written = 0; written < size; written += 1 << 20) {
				out.write(member.toByteArray());
			}
			gzipBomb = out.toByteArray();
		}
		return gzipBomb;
	}

	private static synchronized byte[] zipBomb(long size) throws IOException {
		if (zipBomb == null) {
			zipBomb = zip(size);
		}
		return zipBomb;
	}

	private static byte[] zip(long size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] zeros = new byte[1 << 20];
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("taken.geojson"));
			for (long written = 0; written < size; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private Http.Response send(String method, String path, String contentType, Map<String, String> headers,
			byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
				.header("Content-Type", contentType).header("Accept-Language", "nl")
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach((name, value) -> {
			if (!name.startsWith("X-Method")) {
				request.header(name, value);
			}
		});
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
					HttpResponse.BodyHandlers.ofString());
			return new Http.Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

	private String path(String location) {
		return location.startsWith("http") ? location.substring(base().length()) : location;
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
