package nl.wijkatelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.account.Accounts;
import nl.wijkatelier.account.ApiTokens;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import nl.wijkatelier.works.WorkTypeMapping;
import nl.wijkatelier.works.internal.RegisterImportStore;

/**
 * Every endpoint of the web app and the API against every role, with the expected answer per cell written down
 * in {@code src/test/resources/authorisation-matrix.csv}. The endpoints are read from the application's own
 * {@link RequestMappingHandlerMapping}s, so a new endpoint without a row (or a row whose endpoint is gone) fails
 * {@link #everyEndpointHasExactlyOneRow()}. Only the framework's own endpoints are left out: handlers outside
 * {@code nl.wijkatelier}, which must all be {@link #FRAMEWORK} ({@code /error}, {@code /v3/api-docs}, swagger-ui);
 * static resources are not request mappings at all. See docs/security.md for how to add a row.
 *
 * <p>The objects in the URLs belong to neighbourhood A and party P (a housing corporation in A); the "other"
 * facilitator and officer belong to neighbourhood B and its party Q. Cells run in the file's order, each row from
 * the least to the most privileged role, reusing one session and one token per role. A refused change is checked
 * to have changed nothing: no table's rows, and no fixture's state.
 */
@WijkatelierTest
// Every role signs up for the same actions from this one address, more often than a venue does in a minute; this
// test is about who may, not how often.
@TestPropertySource(properties = { "wijkatelier.limits.signups-per-minute=100000",
		"wijkatelier.knowledge.tip-flags-per-hour=100000" })
class AuthorisationMatrixTest {

	/**
	 * The columns: anonymous; an atelier participant of A's atelier (its token; a session that joined by the form);
	 * a resident of A; an officer of party Q of neighbourhood B; an officer of party R, another party of A; an
	 * officer of the owning party P of A; a facilitator of B; a facilitator of A; a programme admin.
	 */
	static final List<String> ROLES = List.of("anonymous", "participant", "resident", "officer_b",
			"officer_other_party", "officer", "facilitator_b", "facilitator", "admin");
	static final String MATRIX = "/authorisation-matrix.csv";

	@LocalServerPort
	int port;
	@Autowired
	ApplicationContext context;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Accounts accounts;
	@Autowired
	ApiTokens apiTokens;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Memberships memberships;
	@Autowired
	RegisterImportStore importStore;

	record Row(String method, String path, Map<String, String> expected, String why, long line) {

		String key() {
			return method + " " + path.replaceFirst("\\?.*$", "");
		}
	}

	// ---- the matrix file and the application's mappings

	static List<Row> rows() {
		try (Reader in = new InputStreamReader(AuthorisationMatrixTest.class.getResourceAsStream(MATRIX),
				StandardCharsets.UTF_8)) {
			List<Row> rows = new ArrayList<>();
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
					.setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(in)) {
				Map<String, String> expected = new LinkedHashMap<>();
				for (String role : ROLES) {
					expected.put(role, r.get(role));
				}
				rows.add(new Row(r.get("method"), r.get("path"), expected, r.isMapped("why") ? r.get("why") : "",
						r.getRecordNumber()));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The framework's own endpoints, the only ones without a row: the error page, the OpenAPI document (and
	 * springdoc's redirect to it) and swagger-ui.
	 */
	static final Pattern FRAMEWORK = Pattern.compile("\\S+ (/error|/v3/api-docs|/api-docs|/swagger-ui)(/.*|\\.\\w+)?");

	/** "METHOD /pattern" of every request mapping: the application's own ({@code own}) or the framework's. */
	Set<String> mappings(boolean own) {
		Set<String> keys = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
				if (e.getValue().getBeanType().getName().startsWith("nl.wijkatelier.") != own) {
					continue;
				}
				Set<String> methods = new TreeSet<>();
				e.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : e.getKey().getPatternValues()) {
					methods.forEach(m -> keys.add(m + " " + pattern));
				}
			}
		}
		return keys;
	}

	@Test
	void everyEndpointHasExactlyOneRow() {
		Set<String> mapped = mappings(true);
		assertThat(mappings(false)).as("handlers outside nl.wijkatelier are only the framework's own; anything else"
				+ " a dependency adds needs a row too").allMatch(key -> FRAMEWORK.matcher(key).matches());
		List<Row> rows = rows();
		Set<String> seen = new LinkedHashSet<>();
		List<String> duplicates = rows.stream().map(Row::key).filter(k -> !seen.add(k)).toList();
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(seen);
		Set<String> stale = new TreeSet<>(seen);
		stale.removeAll(mapped);
		assertThat(mapped).as("the application's mappings were read").hasSizeGreaterThan(100);
		assertThat(duplicates).as("rows named twice in " + MATRIX).isEmpty();
		assertThat(missing).as("endpoints without a row in " + MATRIX + " (add one: see docs/security.md)").isEmpty();
		assertThat(stale).as("rows in " + MATRIX + " whose endpoint no longer exists").isEmpty();
		rows.forEach(r -> r.expected().forEach((role, cell) -> assertThat(cell)
				.as("line %d, %s: expected class", r.line(), role).matches("(2xx|3xx)\\*?|login|\\d{3}")));
	}

	// ---- the people and their clients

	private Neighbourhood a;
	private Neighbourhood b;
	private Party p;
	private Party q;
	private Party r;
	private final Map<String, People.Person> persons = new LinkedHashMap<>();
	private final Map<String, Http> apis = new LinkedHashMap<>();
	private final Map<String, Http> browsers = new LinkedHashMap<>();
	private String participantToken;
	private People.Person facilitatorA;

	// the shared fixtures of A and P
	private String atelier;
	private String joinCode;
	private String contribution;
	private String othersContribution;
	private String action;
	private String manageToken;
	private String leaveToken;
	private String taskCode = "MX-1";
	private String run;
	private String scenario;
	private String proposal;
	private String couplingProposal;
	private String tip;
	private String invitation;
	private String programmeSlug;
	private People.Person appointee;
	private String coBenefitsOfGreenery;

	private Http api(People.Person person) {
		return Http.api(port).withToken(person.token());
	}

	private void setUp() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		var programme = catalog.defaultProgramme().orElseThrow();
		programmeSlug = programme.slug();
		a = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Matrixwijk A " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		b = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Matrixwijk B " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		p = catalog.registerParty(programme.id(), Optional.of(a.id()), "Corporatie P " + suffix,
				PartyType.HOUSING_CORPORATION, null, false);
		q = catalog.registerParty(programme.id(), Optional.of(b.id()), "Corporatie Q " + suffix,
				PartyType.HOUSING_CORPORATION, null, false);
		r = catalog.registerParty(programme.id(), Optional.of(a.id()), "Netbeheerder R " + suffix,
				PartyType.GRID_OPERATOR, null, false);
		ROLES.stream().skip(2).forEach(role -> persons.put(role, person(role)));
		facilitatorA = persons.get("facilitator");

		// A's atelier, open, with a contribution of the participant and one of another participant
		atelier = newAtelier(true);
		joinCode = api(facilitatorA).get("/api/v1/ateliers/" + atelier).json().get("joinCode").asString();
		participantToken = join(joinCode);
		contribution = contribute(participantToken);
		othersContribution = contribute(join(joinCode));

		// A's action with a sign-up, a network member and the leave link the network invitation carries
		action = newAction();
		manageToken = signUp(action, null);
		String email = "buur-" + suffix + "@example.org";
		signUp(action, email);
		leaveToken = jdbc.queryForObject("select leave_token from action_network_contact where email = ?", String.class,
				email);

		// P's tasks and pots in A, planned and saved as a scenario
		Http officer = api(persons.get("officer"));
		ok(officer.post("/api/v1/neighbourhoods/" + a.id() + "/tasks", "application/geo+json", collection(
				feature(taskCode, "SEWER_REPLACEMENT", 5.9200), feature("MX-2", "WATER_MAIN", 5.92001))));
		ok(officer.post("/api/v1/neighbourhoods/" + a.id() + "/pots", "text/csv",
				"pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\nRiool," + p.name()
						+ ",Wethouder,2027,800000,INFRASTRUCTURE,SEWER_REPLACEMENT,\n"));
		// R's task beside P's: a couplable package of two owners, proposed by P's officer
		ok(api(persons.get("officer_other_party")).post("/api/v1/neighbourhoods/" + a.id() + "/tasks",
				"application/geo+json", collection(feature("MX-R", "ELECTRICITY_GRID", 5.92002, r.name()))));
		couplingProposal = newCouplingProposal();
		run = ok(officer.postJson("/api/v1/neighbourhoods/" + a.id() + "/plan-runs?seconds=1", Map.of())).json()
				.get("id").asString();
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (officer.get("/api/v1/plan-runs/" + run).json().get("status").asString().matches("RUNNING|QUEUED")) {
			assertThat(Instant.now()).as("the fixture's plan run finishes").isBefore(until);
			sleep(100);
		}
		scenario = ok(officer.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "Matrix"))).json()
				.get("id").asString();

		appointee = people.withoutRole();
		proposal = newProposal();
		tip = newTip();
		invitation = newInvitation();
		JsonNode greenery = Stream.of(Http.api(port).get("/api/v1/themes").json()).flatMap(n -> n.valueStream())
				.filter(t -> t.get("code").asString().equals("GREENERY")).findFirst().orElseThrow();
		coBenefitsOfGreenery = Http.JSON.writeValueAsString(greenery.get("coBenefits"));

		// clients: anonymous, the participant (token; a session that joined by the form), the others logged in
		apis.put("anonymous", Http.api(port));
		apis.put("participant", Http.api(port).withToken(participantToken));
		browsers.put("anonymous", Http.browser(port));
		browsers.get("anonymous").get("/login");
		Http participantBrowser = Http.browser(port);
		participantBrowser.get("/ateliers/join?code=" + joinCode);
		Http.Response joined = participantBrowser.postForm("/ateliers/join",
				Map.of("code", joinCode, "displayName", "Buur", "partyType", "RESIDENT"));
		assertThat(joined.status()).as("the participant joins by the form").isEqualTo(302);
		participantBrowser.get("/ateliers/" + atelier + "/take-part");
		browsers.put("participant", participantBrowser);
		persons.forEach((role, person) -> {
			apis.put(role, api(person));
			browsers.put(role, login(person));
		});
	}

	private Http login(People.Person person) {
		Http browser = Http.browser(port).login(person.email(),
				person.email().equals(People.ADMIN_EMAIL) ? People.ADMIN_PASSWORD : People.PASSWORD);
		browser.get("/profile"); // a page with forms: the session's CSRF token after login
		return browser;
	}

	private String newAtelier(boolean open) {
		Http api = api(facilitatorA);
		String id = ok(api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", a.id().toString(), "title",
				"Wijkatelier matrix", "date", "2026-03-12", "themes", List.of("ENERGY", "GREENERY"), "speakers",
				List.of(Map.of("name", "Petra Hofman", "role", "programma manager"))))).json().get("id").asString();
		if (open) {
			ok(api.postJson("/api/v1/ateliers/" + id + "/open", ""));
		}
		return id;
	}

	private String join(String code) {
		return ok(Http.api(port).postJson("/api/v1/ateliers/join/" + code, Map.of("displayName", "Buur",
				"partyType", "RESIDENT"))).json().get("participantToken").asString();
	}

	private String contribute(String token) {
		return ok(Http.api(port).withToken(token).postJson("/api/v1/ateliers/" + atelier + "/contributions",
				Map.of("question", 2, "kind", "OPPORTUNITY", "text", "Meer groen op het plein", "themes",
						List.of("GREENERY")))).json().get("id").asString();
	}

	private String newAction() {
		return ok(api(facilitatorA).postJson("/api/v1/actions", Map.of("neighbourhoodId", a.id().toString(),
				"template", "TILE_REMOVAL", "title", "Tegelwippen matrix", "startDate", "2026-01-01", "endDate",
				"2027-12-31", "thresholds", List.of(Map.of("households", 1000, "label", "De tegeltaxi komt")))))
				.json().get("id").asString();
	}

	private String signUp(String actionId, String email) {
		Map<String, Object> household = email == null ? Map.of() : Map.of("email", email);
		return ok(Http.api(port).postJson("/api/v1/actions/" + actionId + "/signups", Map.of("quantity",
				Map.of("tiles", 4), "followUpConsent", email != null, "household", household))).json()
				.get("manageToken").asString();
	}

	/** The sign-up the next void cell voids: of a fresh action, made with the path variable. */
	private String voidable;

	private String signupId(String actionId) {
		return ok(Http.api(port).postJson("/api/v1/actions/" + actionId + "/signups", Map.of("quantity",
				Map.of("tiles", 4), "followUpConsent", false, "household", Map.of()))).json().get("signupId").asString();
	}

	private String newProposal() {
		return ok(api(persons.get("resident")).postJson("/api/v1/resources", Map.of("title", "Gids geveltuinen",
				"url", "https://example.org/geveltuin", "description", "Hoe je een geveltuin aanlegt", "kind", "KNOW_HOW",
				"themes", List.of("GREENERY")))).json().get("id").asString();
	}

	private String newCouplingProposal() {
		return ok(api(persons.get("officer")).postJson("/api/v1/neighbourhoods/" + a.id() + "/coupling-proposals",
				Map.of("tasks", List.of(taskCode, "MX-R")))).json().get("id").asString();
	}

	private String newTip() {
		return ok(api(persons.get("resident")).postJson("/api/v1/tips", Map.of("neighbourhoodId", a.id().toString(),
				"partyType", "RESIDENT", "text", "Begin klein, met één straat", "themes", List.of("GREENERY")))).json()
				.get("id").asString();
	}

	/** A fresh tip with an open flag, for a review to decide on. */
	private String newFlaggedTip() {
		String fresh = newTip();
		ok(api(persons.get("resident")).postJson("/api/v1/tips/" + fresh + "/flags", Map.of("reason", "Matrix")));
		return fresh;
	}

	private String newInvitation() {
		String link = ok(api(facilitatorA).postJson("/api/v1/invitations", Map.of("email",
				"genodigde-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "role", "RESIDENT",
				"neighbourhoodId", a.id().toString()))).json().get("link").asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private String newTaskCode() {
		String code = "MX-" + UUID.randomUUID().toString().substring(0, 6);
		ok(api(persons.get("officer")).post("/api/v1/neighbourhoods/" + a.id() + "/tasks", "application/geo+json",
				collection(feature(code, "FIBRE", 5.93))));
		return code;
	}

	private String feature(String id, String type, double lon) {
		return feature(id, type, lon, p.name());
	}

	private static String feature(String id, String type, double lon, String owner) {
		return """
				{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[%s, 51.9850], [%s, 51.9855]]},
				 "properties": {"id": "%s", "title": "Werk %s", "owner": "%s", "type": "%s", "earliestStart": "2027-01-01",
				  "latestEnd": "2027-12-31", "durationDays": 30, "cost": 100000, "shareableCost": 40000,
				  "themes": ["INFRASTRUCTURE"]}}""".formatted(lon, lon, id, id, owner, type);
	}

	private static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
	}

	private static Http.Response ok(Http.Response response) {
		assertThat(response.status()).as("fixture: " + response.body()).isBetween(200, 299);
		return response;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// ---- path variables: A's and P's objects; a fresh one where an allowed call would use the shared one up

	private String value(String method, String pattern, String variable) {
		boolean changes = !method.equals("GET");
		String where = pattern.replaceFirst("^/api/v1", "");
		return switch (variable) {
			case "id" -> {
				if (where.startsWith("/neighbourhoods/")) {
					yield where.endsWith("/archive") ? newNeighbourhood() : a.id().toString();
				}
				if (where.startsWith("/programmes/")) {
					yield catalog.defaultProgramme().orElseThrow().id().toString();
				}
				if (where.startsWith("/ateliers/")) {
					if (where.endsWith("/open")) {
						yield newAtelier(false);
					}
					yield where.endsWith("/close") || where.endsWith("/publish") ? newAtelier(true) : atelier;
				}
				if (where.startsWith("/actions/") && where.endsWith("/signups/void")) {
					String fresh = newAction();
					voidable = signupId(fresh);
					yield fresh;
				}
				if (where.startsWith("/actions/")) {
					yield where.endsWith("/invitations") ? newAction() : action;
				}
				if (where.startsWith("/coupling-proposals/")) {
					yield changes ? newCouplingProposal() : couplingProposal;
				}
				if (where.startsWith("/tips/") || where.startsWith("/knowledge/tips/")) {
					yield where.endsWith("/review") ? newFlaggedTip() : changes ? newTip() : tip;
				}
				if (where.startsWith("/resources/") || where.startsWith("/knowledge/review/")) {
					yield changes ? newProposal() : proposal;
				}
				if (where.startsWith("/profile/tokens/")) {
					yield apiTokens.issue(facilitatorA.account().id(), "matrix").token().id().toString();
				}
				throw unknown(method, pattern, variable);
			}
			case "cid" -> where.contains("/support/") || where.endsWith("/support") ? othersContribution
					: contribute(participantToken);
			case "code" -> {
				if (where.startsWith("/themes/") || where.contains("/themes/")) {
					yield "GREENERY";
				}
				yield where.endsWith("/delete") ? newTaskCode() : taskCode;
			}
			case "neighbourhood" -> a.id().toString();
			// a resident of A made for the cell, so that a revocation takes no role of the shared people
			case "membershipId" -> memberships.of(people.resident(a.id()).account().id()).get(0).id().toString();
			case "joinCode" -> joinCode;
			case "owner" -> URLEncoder.encode(p.name(), StandardCharsets.UTF_8);
			case "draft" -> newImportDraft();
			case "slug" -> programmeSlug;
			case "userId" -> people.withoutRole().account().id().toString();
			case "run" -> run;
			case "scenario", "a", "b" -> scenario;
			case "manageToken" -> changes ? signUp(action, null) : manageToken;
			case "token" -> {
				if (where.startsWith("/actions/manage/")) {
					yield changes ? signUp(action, null) : manageToken;
				}
				if (where.startsWith("/actions/network/leave/")) {
					yield leaveToken;
				}
				if (where.startsWith("/actions/confirm/")) {
					yield "wac_matrix-" + UUID.randomUUID();
				}
				if (where.startsWith("/invitations/")) {
					yield changes ? newInvitation() : invitation;
				}
				if (where.startsWith("/password-reset/")) {
					yield "pwr_matrix-" + UUID.randomUUID();
				}
				throw unknown(method, pattern, variable);
			}
			default -> throw unknown(method, pattern, variable);
		};
	}

	private static AssertionError unknown(String method, String pattern, String variable) {
		return new AssertionError("no fixture for path variable {" + variable + "} in " + method + " " + pattern
				+ ": add one to AuthorisationMatrixTest.value(...)");
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

	private String url(Row row) {
		Matcher m = VARIABLE.matcher(row.path());
		StringBuilder url = new StringBuilder();
		String pattern = row.path().replaceFirst("\\?.*$", "");
		while (m.find()) {
			m.appendReplacement(url, Matcher.quoteReplacement(value(row.method(), pattern, m.group(1))));
		}
		m.appendTail(url);
		return url.toString();
	}

	// ---- the request bodies: valid-looking, so that a refusal is about the caller and not the body

	/**
	 * The client for a cell; made before the cell's snapshot, so that a person made for this one cell is not counted
	 * as a change of the call.
	 */
	private Http client(Row row, String role) {
		boolean api = row.path().startsWith("/api/");
		String key = row.key();
		if (key.equals("POST /ateliers/join") && persons.containsKey(role)) {
			return login(persons.get(role)); // a second session of the same person: joining changes only it
		}
		if (ON_DISPOSABLE_PEOPLE.contains(key)) {
			return disposable(role, api);
		}
		return api ? apis.get(role) : browsers.get(role);
	}

	private Http.Response send(Row row, String role, String url, Http client) {
		boolean api = row.path().startsWith("/api/");
		String key = row.key();
		if (row.method().equals("GET")) {
			return key.endsWith("/events") && !api ? client.open(url) : client.get(url);
		}
		if (api) {
			return switch (row.method()) {
				case "POST" -> key.endsWith("/tasks") ? client.post(url, "application/geo+json",
						collection(feature("MX-" + role, "FIBRE", 5.94)))
						: key.endsWith("/pots") ? client.post(url, "text/csv",
								"pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\nMatrix " + role + ","
										+ p.name() + ",Wethouder,2028,1000,INFRASTRUCTURE,FIBRE,\n")
						: client.postJson(url, apiBody(key));
				case "PUT" -> client.putJson(url, apiBody(key));
				case "DELETE" -> client.delete(url);
				default -> throw new AssertionError("no request for " + key);
			};
		}
		if (key.equals("POST /neighbourhoods/{id}/boundary")) {
			return client.postMultipart(url, Map.of(), "file", "grens.geojson", SQUARE);
		}
		if (key.equals("POST /neighbourhoods/{id}/works/register-import")) {
			return client.postMultipart(url, Map.of("owner", p.name()), "files", "wior.json", wiorRecord("W-web-" + role));
		}
		if (key.equals("POST /neighbourhoods/{id}/coupling-proposals")) {
			return client.postRaw(url, "application/x-www-form-urlencoded",
					("tasks=" + taskCode + "&tasks=MX-R").getBytes(StandardCharsets.UTF_8));
		}
		if (key.equals("POST /neighbourhoods/{id}/works/import")) {
			return client.postMultipart(url, Map.of("kind", "tasks"), "file", "tasks.geojson",
					collection(feature("MX-web-" + role, "FIBRE", 5.95)));
		}
		return client.postForm(url, form(key, role));
	}

	/**
	 * Calls that change who the caller is (delete the account, accept an invitation to a role, join an atelier in
	 * the session) run as a person of the role made for this one cell (for joining: in a second session of the
	 * same person), so the shared sessions stay as they were.
	 */
	static final Set<String> ON_DISPOSABLE_PEOPLE = Set.of("DELETE /api/v1/me", "POST /profile/delete",
			"POST /invitations/{token}", "POST /ateliers/join");

	/** A new person with the role (a second admin for "admin", so the test's admin account stays). */
	private People.Person person(String role) {
		return switch (role) {
			case "resident" -> people.resident(a.id());
			case "officer_b" -> people.officer(q.id());
			case "officer_other_party" -> people.officer(r.id());
			case "officer" -> people.officer(p.id());
			case "facilitator_b" -> people.facilitator(b.id());
			case "facilitator" -> people.facilitator(a.id());
			case "admin" -> persons.containsKey("admin") ? secondAdmin() : people.admin();
			default -> throw new AssertionError("no person for " + role);
		};
	}

	private People.Person secondAdmin() {
		String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "Tweede beheerder", People.PASSWORD, true);
		return new People.Person(accounts.byEmail(email).orElseThrow(), email,
				apiTokens.issue(accounts.byEmail(email).orElseThrow().id(), "matrix").secret());
	}

	private Http disposable(String role, boolean api) {
		People.Person person = role.equals("anonymous") || role.equals("participant") ? null : person(role);
		if (person == null) {
			if (api) {
				return apis.get(role);
			}
			Http fresh = Http.browser(port);
			fresh.get("/login");
			return fresh;
		}
		return api ? api(person) : login(person);
	}

	/** A boundary in WGS84 near Arnhem. */
	private static final String SQUARE = """
			{"type": "Polygon", "coordinates": [[[5.90, 51.98], [5.91, 51.98], [5.91, 51.99], [5.90, 51.98]]]}""";

	/** One WIOR record (an export of one) of a kind the default mapping imports. */
	private static String wiorRecord(String number) {
		return """
				[{"id": "matrix-%s", "wiorNummer": "%s", "projectnaam": "Matrixstraat", "datumStartUitvoering": "2028-03-01",
				  "datumEindeUitvoering": "2028-03-31", "hoofdstatus": "Voorbereiding", "typeWerkzaamheden": "Onderhoud",
				  "geometrie": {"type": "LineString", "coordinates": [[5.93, 51.98], [5.931, 51.98]]}}]""".formatted(number, number);
	}

	/** An import waiting for its preview to be confirmed, uploaded by the matrix's admin, made for one cell. */
	private String newImportDraft() {
		UUID id = UUID.randomUUID();
		importStore.saveDraft(new RegisterImportStore.Draft(id, a.id().value(),
				accounts.byEmail(People.ADMIN_EMAIL).orElseThrow().id().value(), "WIOR", p.name(), Instant.now(),
				List.of(wiorRecord("W-draft-" + id.toString().substring(0, 8)))));
		return id.toString();
	}

	/** A neighbourhood of the default programme made for one cell, for calls that archive it. */
	private String newNeighbourhood() {
		return catalog.registerNeighbourhood(catalog.defaultProgramme().orElseThrow().id(), new NeighbourhoodDetails(
				"Matrixwijk archief " + UUID.randomUUID().toString().substring(0, 8), Optional.empty(), "Arnhem",
				Optional.empty(), null, null, null, false)).id().toString();
	}

	/** The default programme's own name, description and region: an allowed edit changes nothing shared. */
	private Map<String, String> sameProgramme() {
		var programme = catalog.defaultProgramme().orElseThrow();
		Map<String, String> body = new LinkedHashMap<>();
		body.put("name", programme.name());
		body.put("description", programme.description() == null ? "" : programme.description());
		body.put("region", programme.region() == null ? "" : programme.region());
		return body;
	}

	/** A's own details: an allowed edit changes nothing shared. */
	private Map<String, String> sameNeighbourhood() {
		return Map.of("name", a.name(), "municipality", a.municipality());
	}

	private Object apiBody(String key) {
		String nid = a.id().toString();
		return switch (key) {
			// deliberately without a name: the matrix starts no second programme in the shared context
			case "POST /api/v1/programmes" -> Map.of("description", "Matrix");
			case "PUT /api/v1/programmes/{id}" -> sameProgramme();
			case "PUT /api/v1/neighbourhoods/{id}/boundary" -> SQUARE;
			case "PUT /api/v1/programmes/{id}/work-type-mapping" -> Map.of("rules", WorkTypeMapping.wiorDefaults().rules()
					.stream().map(r -> Map.of("field", r.field(), "value", r.value(), "outcome", r.outcome())).toList());
			case "POST /api/v1/neighbourhoods/{id}/register-imports/wior",
					"POST /api/v1/neighbourhoods/{id}/register-imports/wior/preview" -> wiorRecord("W-api");
			case "POST /api/v1/neighbourhoods/{id}/register-imports/geojson",
					"POST /api/v1/neighbourhoods/{id}/register-imports/geojson/preview" -> """
					{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nr": "G-api",
					 "soort": "Riool", "start": "2028-03-01", "eind": "2028-03-31", "titel": "Matrixstraat"},
					 "geometry": {"type": "Point", "coordinates": [5.93, 51.98]}}]}""";
			case "POST /api/v1/programmes/{id}/admins" -> Map.of("email", appointee.email());
			case "PUT /api/v1/neighbourhoods/{id}" -> sameNeighbourhood();
			case "POST /api/v1/neighbourhoods" -> Map.of("name", "Matrixwijk " + UUID.randomUUID().toString()
					.substring(0, 8), "municipality", "Arnhem");
			case "POST /api/v1/neighbourhoods/{id}/parties" -> Map.of("name", "Partij " + UUID.randomUUID().toString()
					.substring(0, 8), "type", "ENTREPRENEUR");
			// deliberately without a code: the matrix adds no theme to the shared programme
			case "POST /api/v1/themes" -> Map.of("nameNl", "Matrix", "nameEn", "Matrix");
			case "PUT /api/v1/themes/{code}/co-benefits" -> coBenefitsOfGreenery;
			case "POST /api/v1/ateliers" -> Map.of("neighbourhoodId", nid, "title", "Wijkatelier", "date", "2026-03-12",
					"themes", List.of("ENERGY"), "speakers", List.of(Map.of("name", "Kim", "role", "procesbegeleider")));
			case "POST /api/v1/ateliers/{id}/publish" -> Map.of("insights", "Samen beginnen");
			case "POST /api/v1/ateliers/join/{joinCode}" -> Map.of("displayName", "Buur", "partyType", "RESIDENT");
			case "POST /api/v1/ateliers/{id}/contributions" -> Map.of("question", 2, "kind", "CHALLENGE", "text",
					"Te veel tegels", "themes", List.of("GREENERY"));
			case "PUT /api/v1/ateliers/{id}/weights" -> Map.of("ENERGY", 50, "GREENERY", 50);
			case "POST /api/v1/ateliers/{id}/contributions/{cid}/merge" -> Map.of("into", othersContribution);
			case "POST /api/v1/actions" -> Map.of("neighbourhoodId", nid, "template", "GREENING", "title", "Geveltuinen",
					"startDate", "2026-01-01", "endDate", "2027-12-31");
			case "POST /api/v1/actions/{id}/signups" -> Map.of("quantity", Map.of("tiles", 2), "followUpConsent", false,
					"household", Map.of());
			case "PUT /api/v1/signups/{manageToken}" -> Map.of("quantity", Map.of("tiles", 3));
			case "POST /api/v1/actions/{id}/signups/void" -> Map.of("signupIds", List.of(voidable), "reason", "Matrix");
			case "PUT /api/v1/actions/{id}/rules" -> Map.of("onePerAddress", false, "emailConfirmation", false);
			case "POST /api/v1/resources" -> Map.of("title", "Gids regenton", "url", "https://example.org/regenton",
					"description", "Een regenton aansluiten", "kind", "KNOW_HOW", "themes", List.of("CLIMATE_ADAPTATION"));
			case "PUT /api/v1/resources/{id}" -> Map.of("title", "Gids geveltuinen", "url",
					"https://example.org/geveltuin", "description", "Bijgewerkt", "kind", "KNOW_HOW", "themes",
					List.of("GREENERY"));
			case "POST /api/v1/tips" -> Map.of("neighbourhoodId", nid, "partyType", "RESIDENT", "text",
					"Vraag de buren mee", "themes", List.of("SOCIAL_COHESION"));
			case "POST /api/v1/tips/{id}/flags" -> Map.of("reason", "Hoort hier niet");
			case "POST /api/v1/tips/{id}/review" -> Map.of("decision", "KEEP");
			case "PUT /api/v1/neighbourhoods/{id}/own-answer" -> Map.of("integral", "Samen groen", "shared", false);
			case "POST /api/v1/invitations" -> Map.of("email", "uitnodiging-" + UUID.randomUUID().toString()
					.substring(0, 8) + "@example.org", "role", "RESIDENT", "neighbourhoodId", nid);
			case "POST /api/v1/plan-runs/{run}/scenario" -> Map.of("name", "Matrix bewaard");
			case "POST /api/v1/scenarios/{scenario}/plan-runs" -> Map.of("pins", List.of(), "seconds", 1);
			case "POST /api/v1/neighbourhoods/{id}/coupling-proposals" -> Map.of("tasks", List.of(taskCode, "MX-R"));
			case "POST /api/v1/coupling-proposals/{id}/responses" -> Map.of("decision", "ACCEPT");
			case "POST /api/v1/coupling-proposals/{id}/withdrawal" -> Map.of("reason", "Matrix");
			case "POST /api/v1/password-resets" -> Map.of("email", "matrix-" + UUID.randomUUID() + "@example.org");
			default -> Map.of();
		};
	}

	private Map<String, String> form(String key, String role) {
		String nid = a.id().toString();
		return switch (key) {
			case "POST /programmes" -> Map.of("description", "Matrix");
			case "POST /programmes/{slug}/edit" -> sameProgramme();
			case "POST /programmes/{slug}/admins" -> Map.of("email", appointee.email());
			case "POST /neighbourhoods/{id}/edit" -> sameNeighbourhood();
			case "POST /programmes/{slug}/work-type-mapping" -> Map.of("rules", WorkTypeMapping.wiorDefaults().toCsv());
			case "POST /neighbourhoods/{id}/works/register-import/{draft}", "POST /neighbourhoods/{id}/boundary/fetch" ->
					Map.of();
			case "POST /programmes/{slug}/themes" -> Map.of("nameNl", "Matrix", "nameEn", "Matrix");
			case "POST /programmes/{slug}/themes/{code}/co-benefits" -> Map.of("to", String.join(",",
					Http.JSON.readTree(coBenefitsOfGreenery).valueStream().map(JsonNode::asString).toList()));
			case "POST /neighbourhoods/{id}/parties" -> Map.of("name", "Partij " + role, "type", "ENTREPRENEUR");
			case "POST /neighbourhoods" -> Map.of("name", "Matrixwijk " + UUID.randomUUID().toString().substring(0, 8),
					"municipality", "Arnhem");
			case "POST /themes" -> Map.of("nameNl", "Matrix", "nameEn", "Matrix");
			// the links GREENERY has already (Spring splits the commas into the list), so nothing shared changes
			case "POST /themes/{code}/co-benefits" -> Map.of("to", String.join(",",
					Http.JSON.readTree(coBenefitsOfGreenery).valueStream().map(JsonNode::asString).toList()));
			case "POST /ateliers" -> Map.of("neighbourhoodId", nid, "title", "Wijkatelier", "date", "2026-03-12",
					"themes", "ENERGY", "speakers", "Kim, procesbegeleider");
			case "POST /ateliers/join" -> Map.of("code", joinCode, "displayName", "Buur", "partyType", "RESIDENT");
			case "POST /ateliers/{id}/take-part/contributions" -> Map.of("question", "2", "kind", "CHALLENGE", "text",
					"Te veel tegels", "themes", "GREENERY");
			case "POST /ateliers/{id}/take-part/weights" -> Map.of("w.ENERGY", "50", "w.GREENERY", "50");
			case "POST /ateliers/{id}/contributions/{cid}/merge" -> Map.of("into", othersContribution);
			case "POST /actions/{id}/signups" -> Map.of("formToken", UUID.randomUUID().toString(), "q.tiles", "2");
			case "POST /actions/manage/{token}" -> Map.of("q.tiles", "3");
			case "POST /actions/{id}/signups/void" -> Map.of("signup", voidable, "reason", "Matrix");
			case "POST /actions" -> Map.of("neighbourhood", nid, "neighbourhoodId", nid, "template", "GREENING",
					"title", "Geveltuinen", "startDate", "2026-01-01", "endDate", "2027-12-31");
			case "POST /neighbourhoods/{id}/works/tasks" -> Map.of("id", "MX-form-" + role, "title", "Glasvezel",
					"owner", p.name(), "type", "FIBRE", "earliestStart", "2027-01-01", "latestEnd", "2027-12-31",
					"durationDays", "30", "cost", "1000", "shareableCost", "100");
			case "POST /coupling-proposals/{id}/responses" -> Map.of("decision", "ACCEPT");
			case "POST /coupling-proposals/{id}/withdrawal" -> Map.of("reason", "Matrix");
			case "POST /neighbourhoods/{id}/planning/runs" -> Map.of("seconds", "1");
			case "POST /planning/scenarios/{scenario}/replan" -> Map.of("seconds", "1");
			case "POST /planning/runs/{run}/save" -> Map.of("name", "Matrix bewaard");
			case "POST /knowledge/propose" -> Map.of("title", "Gids regenton", "url", "https://example.org/regenton",
					"description", "Een regenton aansluiten", "kind", "KNOW_HOW", "themes", "CLIMATE_ADAPTATION");
			case "POST /knowledge/tips" -> Map.of("neighbourhoodId", nid, "partyType", "RESIDENT", "text",
					"Vraag de buren mee", "themes", "SOCIAL_COHESION");
			case "POST /knowledge/tips/{id}/flag" -> Map.of("reason", "Hoort hier niet");
			case "POST /knowledge/tips/{id}/review" -> Map.of("decision", "KEEP");
			case "POST /neighbourhoods/{id}/on-your-own" -> Map.of("integral", "Samen groen");
			case "POST /invitations" -> Map.of("email", "uitnodiging-" + UUID.randomUUID().toString().substring(0, 8)
					+ "@example.org", "role", "RESIDENT", "neighbourhoodId", nid);
			case "POST /invitations/{token}" -> Map.of("displayName", "Genodigde", "password", "lang genoeg wachtwoord",
					"consent", "true");
			case "POST /profile/tokens" -> Map.of("name", "matrix");
			case "POST /password-reset" -> Map.of("email", "matrix-" + UUID.randomUUID() + "@example.org");
			case "POST /password-reset/{token}" -> Map.of("password", "een heel nieuw wachtwoord");
			case "POST /profile/password" -> Map.of("currentPassword", "not the password", "newPassword",
					"another long password");
			default -> Map.of();
		};
	}

	// ---- what a refused call must leave alone

	/** page_version: moved on after the commit of an earlier call that was allowed, whenever its reaction runs. */
	private static final Set<String> CHANGING_ON_THEIR_OWN = Set.of("event_publication", "flyway_schema_history",
			"spring_session", "spring_session_attributes", "page_version");

	private String countAll;

	/** Row counts of every table (one query), and the state of A's fixtures and of this test's people. */
	private Map<String, Object> snapshot() {
		if (countAll == null) {
			List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where"
					+ " table_schema = current_schema() and table_type in ('TABLE', 'BASE TABLE')", String.class).stream()
					.filter(t -> !CHANGING_ON_THEIR_OWN.contains(t.toLowerCase())).sorted().toList();
			countAll = String.join(" union all ", tables.stream()
					.map(t -> "select '" + t + "' as t, count(*) as n from \"" + t + "\"").toList());
		}
		Map<String, Object> state = new TreeMap<>();
		jdbc.query(countAll, rs -> {
			state.put(rs.getString(1), rs.getLong(2));
		});
		state.put("atelier A", jdbc.queryForList("select state from atelier where id = ?", UUID.fromString(atelier)));
		state.put("contributions of A", jdbc.queryForList("select id, hidden, merged_into from atelier_contribution"
				+ " where atelier_id = ? order by id", UUID.fromString(atelier)));
		state.put("sign-ups of A", jdbc.queryForList("select id, status, quantities from action_signup"
				+ " where action_id = ? order by id", UUID.fromString(action)));
		state.put("coupling answers of A", jdbc.queryForList("select p.id, p.status, a.party_id, a.decision from"
				+ " works_coupling_proposal p join works_coupling_answer a on a.proposal_id = p.id"
				+ " where p.neighbourhood_id = ? order by p.id, a.party_id", a.id().value()));
		state.put("tasks and pots of A", List.of(
				jdbc.queryForList("select * from works_task where neighbourhood_id = ? order by code", a.id().value()),
				jdbc.queryForList("select * from works_pot where neighbourhood_id = ? order by 1", a.id().value())));
		state.put("proposals", jdbc.queryForList("select id, status, title, description from knowledge_resource"
				+ " where proposed_by = ? order by id", persons.get("resident").account().id().value()));
		state.put("co-benefits", jdbc.queryForList("select * from co_benefit order by 1, 2, 3"));
		state.put("passwords", jdbc.queryForList("select id, password_hash from app_user where id in (?, ?, ?, ?, ?, ?, ?)"
				+ " order by id", persons.values().stream().map(x -> x.account().id().value()).toArray()));
		state.put("accepted, approved, left", jdbc.queryForList("select (select count(*) from invitation where"
				+ " accepted_at is not null), (select count(*) from knowledge_resource where status = 'APPROVED'),"
				+ " (select count(*) from action_network_contact where left_at is not null)"));
		return state;
	}

	// ---- the matrix

	static String classify(Http.Response response) {
		int status = response.status();
		if (status >= 200 && status < 300) {
			return "2xx";
		}
		if (status >= 300 && status < 400) {
			String location = String.valueOf(response.header("Location"));
			// the login page itself, not /login?registered after a successful call
			return location.matches("(https?://[^/]+)?/login") ? "login" : "3xx";
		}
		return String.valueOf(status);
	}

	private final Map<Row, Map<String, String>> actual = new LinkedHashMap<>();

	@TestFactory
	Stream<DynamicTest> matrix() {
		List<Row> rows = rows();
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("fixtures of neighbourhood A and party P", this::setUp));
		for (Row row : rows) {
			for (String role : ROLES) {
				tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + role, () -> cell(row, role)));
			}
		}
		tests.add(DynamicTest.dynamicTest("A's contribution through B's atelier, as facilitator_b", () -> {
			Http api = apis.get("facilitator_b");
			String theirs = ok(api.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", b.id().toString(), "title",
					"Atelier B", "date", "2026-03-12", "themes", List.of("ENERGY"), "speakers",
					List.of(Map.of("name", "Kim", "role", "procesbegeleider"))))).json().get("id").asString();
			ok(api.postJson("/api/v1/ateliers/" + theirs + "/open", ""));
			refusedWithoutChange(() -> api.postJson("/api/v1/ateliers/" + theirs + "/contributions/" + contribution
					+ "/hide", ""));
			refusedWithoutChange(() -> api.postJson("/api/v1/ateliers/" + theirs + "/contributions/" + contribution
					+ "/merge", Map.of("into", othersContribution)));
			refusedWithoutChange(() -> browsers.get("facilitator_b").postForm("/ateliers/" + theirs + "/contributions/"
					+ contribution + "/hide", Map.of()));
		}));
		tests.add(DynamicTest.dynamicTest("A's participant token on B's atelier", () -> {
			String theirs = ok(apis.get("facilitator_b").postJson("/api/v1/ateliers", Map.of("neighbourhoodId",
					b.id().toString(), "title", "Atelier B", "date", "2026-03-12", "themes", List.of("ENERGY"),
					"speakers", List.of(Map.of("name", "Kim", "role", "procesbegeleider"))))).json().get("id").asString();
			ok(apis.get("facilitator_b").postJson("/api/v1/ateliers/" + theirs + "/open", ""));
			Http participant = apis.get("participant");
			refusedWithoutChange(() -> participant.postJson("/api/v1/ateliers/" + theirs + "/contributions",
					Map.of("question", 2, "kind", "CHALLENGE", "text", "Te veel tegels", "themes", List.of("GREENERY"))));
			refusedWithoutChange(() -> participant.putJson("/api/v1/ateliers/" + theirs + "/weights",
					Map.of("ENERGY", 100)));
			assertThat(participant.get("/api/v1/ateliers/" + theirs).status()).isIn(401, 403, 404);
		}));
		tests.add(DynamicTest.dynamicTest("P's task through B's works register, as officer_b", () -> {
			Http browser = browsers.get("officer_b");
			assertThat(browser.get("/neighbourhoods/" + b.id() + "/works/tasks/" + taskCode + "/edit").status())
					.isIn(403, 404);
			refusedWithoutChange(() -> browser.postForm("/neighbourhoods/" + b.id() + "/works/tasks/" + taskCode
					+ "/delete", Map.of()));
		}));
		tests.add(DynamicTest.dynamicTest("A's run and scenario, with B in the URL, as facilitator_b", () -> {
			Http api = apis.get("facilitator_b");
			assertThat(api.get("/api/v1/scenarios/" + scenario + "/compare/" + scenario).status()).isEqualTo(403);
			refusedWithoutChange(() -> api.postJson("/api/v1/plan-runs/" + run + "/scenario", Map.of("name", "B")));
		}));
		tests.add(DynamicTest.dynamicTest("actual answers written to target/authorisation-matrix.actual.csv",
				() -> writeActual(rows)));
		return tests.stream();
	}

	private void cell(Row row, String role) {
		// "2xx*"/"3xx*": a page that answers like a success (a form with its errors, a redirect with a message)
		// while refusing; like every 4xx and "login" on a changing call, it must have changed nothing
		String cell = row.expected().get(role);
		String expected = cell.replace("*", "");
		String url = url(row);
		boolean refusedChange = !row.method().equals("GET")
				&& (cell.endsWith("*") || !(expected.equals("2xx") || expected.equals("3xx")));
		Http client = client(row, role);
		Map<String, Object> before = refusedChange ? snapshot() : Map.of();
		Http.Response response = send(row, role, url, client);
		String answer = classify(response);
		actual.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(role,
				answer.equals(expected) && cell.endsWith("*") ? cell : answer);
		assertThat(answer).as("%s %s as %s (line %d%s): %s %s", row.method(), url, role, row.line(),
				row.why().isBlank() ? "" : "; " + row.why(), response.status(),
				response.body().length() > 300 ? response.body().substring(0, 300) : response.body())
				.isEqualTo(expected);
		if (refusedChange) {
			Map<String, Object> after = snapshot();
			List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
			if (!changed.isEmpty()) {
				fail("%s %s as %s was refused (%s) but changed %s", row.method(), url, role, answer, changed);
			}
		}
	}

	/** A call with ids of A's objects mixed into another's URL: refused (4xx) and nothing changed. */
	private void refusedWithoutChange(Supplier<Http.Response> call) {
		Map<String, Object> before = snapshot();
		Http.Response response = call.get();
		assertThat(response.status()).as(response.body()).isBetween(400, 499);
		assertThat(snapshot()).isEqualTo(before);
	}

	private void writeActual(List<Row> rows) throws IOException {
		Path file = Path.of("target", "authorisation-matrix.actual.csv");
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			List<String> header = new ArrayList<>(List.of("method", "path"));
			header.addAll(ROLES);
			header.add("why");
			csv.printRecord(header);
			for (Row row : rows) {
				List<String> record = new ArrayList<>(List.of(row.method(), row.path()));
				ROLES.forEach(role -> record.add(actual.getOrDefault(row, Map.of()).getOrDefault(role, "?")));
				record.add(row.why());
				csv.printRecord(record);
			}
		}
	}
}
