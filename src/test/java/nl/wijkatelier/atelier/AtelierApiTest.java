package nl.wijkatelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** The atelier API over HTTP: a facilitator runs an atelier, participants join by code and contribute. */
@WijkatelierTest
class AtelierApiTest {

	/** What the application published, heard by a listener added once to the shared context. */
	static final Queue<AtelierPublished> PUBLISHED = new ConcurrentLinkedQueue<>();
	static final Set<Integer> LISTENING_TO = ConcurrentHashMap.newKeySet();

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	ConfigurableApplicationContext context;

	@BeforeEach
	void listenForPublishedAteliers() {
		if (LISTENING_TO.add(System.identityHashCode(context))) {
			context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
				if (event instanceof PayloadApplicationEvent<?> payload
						&& payload.getPayload() instanceof AtelierPublished published) {
					PUBLISHED.add(published);
				}
			});
		}
	}

	NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** A facilitator of Hengstdal with an atelier there; open unless said otherwise. */
	record Setup(People.Person facilitator, String id, String joinCode) {
	}

	Setup atelier(boolean open) {
		People.Person facilitator = people.facilitator(neighbourhood("Hengstdal"));
		Http.Response created = Http.api(port).withToken(facilitator.token()).postJson("/api/v1/ateliers", Map.of(
				"neighbourhoodId", neighbourhood("Hengstdal").toString(), "title", "Wijkatelier Hengstdal",
				"date", "2026-03-12", "themes", List.of("ENERGY", "greenery"),
				"speakers", List.of(Map.of("name", "Petra Hofman", "role", "programma manager"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		if (open) {
			assertThat(Http.api(port).withToken(facilitator.token()).postJson("/api/v1/ateliers/" + id + "/open", "")
					.status()).isEqualTo(200);
		}
		return new Setup(facilitator, id, created.json().get("joinCode").asString());
	}

	/** On PostgreSQL this goes through NOTIFY and the instance's listening connection; on H2 it stays in the process. */
	@Test
	void theFacilitatorsLiveScreenHearsOfAContributionWithinFiveSeconds() throws InterruptedException {
		Setup setup = atelier(true);
		Http screen = Http.browser(port).login(setup.facilitator().email(), People.PASSWORD);
		BlockingQueue<String> events = screen.stream("/ateliers/" + setup.id() + "/events");
		assertThat(next(events, "event:hello", Duration.ofSeconds(30))).as("the stream is open").isTrue();
		Http.Response posted = contribute(join(setup.joinCode(), "RESIDENT"), setup.id(), Map.of("question", 2, "kind",
				"CHALLENGE", "text", "Te veel tegels in de straat", "themes", List.of("GREENERY")));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		assertThat(next(events, "event:changed", Duration.ofSeconds(5))).as("changed within 5 s").isTrue();
	}

	private static boolean next(BlockingQueue<String> lines, String wanted,
			Duration limit) throws InterruptedException {
		long until = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < until) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && line.replace(" ", "").equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	String join(String code, String partyType) {
		Http.Response joined = Http.api(port).postJson("/api/v1/ateliers/join/" + code,
				Map.of("displayName", "Deelnemer", "partyType", partyType));
		assertThat(joined.status()).as(joined.body()).isEqualTo(201);
		return joined.json().get("participantToken").asString();
	}

	Http.Response contribute(String token, String atelier, Map<String, Object> body) {
		return Http.api(port).withToken(token).postJson("/api/v1/ateliers/" + atelier + "/contributions", body);
	}

	static List<String> fields(Http.Response problem) {
		List<String> fields = new ArrayList<>();
		problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	@Test
	void aFacilitatorCreatesAnAtelierWithAShortJoinCode() {
		Setup setup = atelier(false);
		assertThat(setup.joinCode()).matches("[A-Z2-9]{6}");
		JsonNode atelier = Http.api(port).withToken(setup.facilitator().token()).get("/api/v1/ateliers/" + setup.id())
				.json();
		assertThat(atelier.get("state").asString()).isEqualTo("DRAFT");
		assertThat(atelier.get("themes").toString()).isEqualTo("[\"ENERGY\",\"GREENERY\"]");
		assertThat(atelier.at("/speakers/0/role").asString()).isEqualTo("programma manager");
		assertThat(atelier.get("questions").size()).isEqualTo(4);
	}

	@Test
	void onlyFacilitatorsOfTheNeighbourhoodOrAdminsCreateAteliers() {
		Map<String, Object> body = Map.of("neighbourhoodId", neighbourhood("Hengstdal").toString(), "title", "X",
				"date", "2026-03-12", "themes", List.of("ENERGY"));
		assertThat(Http.api(port).postJson("/api/v1/ateliers", body).status()).isEqualTo(401);
		assertThat(Http.api(port).withToken(people.facilitator(neighbourhood("Kerschoten")).token())
				.postJson("/api/v1/ateliers", body).status()).isEqualTo(403);
		assertThat(Http.api(port).withToken(people.resident(neighbourhood("Hengstdal")).token())
				.postJson("/api/v1/ateliers", body).status()).isEqualTo(403);
		Map<String, Object> programmeWide = Map.of("title", "Kennisatelier", "date", "2026-03-12",
				"themes", List.of("ENERGY"));
		assertThat(Http.api(port).withToken(people.facilitator(neighbourhood("Hengstdal")).token())
				.postJson("/api/v1/ateliers", programmeWide).status()).isEqualTo(403);
		assertThat(Http.api(port).withToken(people.admin().token()).postJson("/api/v1/ateliers", programmeWide)
				.status()).isEqualTo(201);
	}

	@Test
	void rejectsAnAtelierWithoutTitleDateOrKnownThemes() {
		Http.Response response = Http.api(port).withToken(people.admin().token()).postJson("/api/v1/ateliers",
				Map.of("title", " ", "themes", List.of("ENERGY", "MOON"), "links", List.of("not a link")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).contains("title", "date", "themes", "links");
	}

	@Test
	void participantsJoinOnlyAnOpenAtelierWithAKnownPartyType() {
		Setup setup = atelier(false);
		Http.Response early = Http.api(port).postJson("/api/v1/ateliers/join/" + setup.joinCode(),
				Map.of("partyType", "RESIDENT"));
		assertThat(early.status()).isEqualTo(409);
		Http.api(port).withToken(setup.facilitator().token()).postJson("/api/v1/ateliers/" + setup.id() + "/open", "");

		Http.Response unknown = Http.api(port).postJson("/api/v1/ateliers/join/" + setup.joinCode(),
				Map.of("partyType", "ALIEN"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("partyType");
		assertThat(Http.api(port).postJson("/api/v1/ateliers/join/NOCODE", Map.of("partyType", "RESIDENT")).status())
				.isEqualTo(404);

		Http.Response joined = Http.api(port).postJson("/api/v1/ateliers/join/" + setup.joinCode().toLowerCase(),
				Map.of("partyType", "MUNICIPALITY", "anonymous", true));
		assertThat(joined.status()).isEqualTo(201);
		assertThat(joined.json().get("participantToken").asString()).startsWith("wkp_");
	}

	@Test
	void aParticipantContributesWithTheirToken() {
		Setup setup = atelier(true);
		String token = join(setup.joinCode(), "RESIDENT");
		Http.Response created = contribute(token, setup.id(), Map.of("question", 2, "kind", "OPPORTUNITY",
				"text", "Bij de rioolvervanging de straat vergroenen", "themes", List.of("GREENERY")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("kind").asString()).isEqualTo("OPPORTUNITY");

		Http.Response suggested = contribute(token, setup.id(), Map.of("question", 1,
				"text", "Regenpijpen afkoppelen en samen met de buren tegels eruit", "themes", List.of()));
		assertThat(suggested.json().get("themes").toString()).contains("CLIMATE_ADAPTATION", "GREENERY");

		assertThat(contribute(null, setup.id(), Map.of("question", 1, "text", "zonder token")).status()).isEqualTo(401);
		assertThat(contribute("wkp_unknown", setup.id(), Map.of("question", 1, "text", "x")).status()).isEqualTo(401);
		Setup other = atelier(true);
		assertThat(contribute(join(other.joinCode(), "RESIDENT"), setup.id(), Map.of("question", 1, "text", "x"))
				.status()).isEqualTo(403);
		JsonNode picture = Http.api(port).withToken(token).get("/api/v1/ateliers/" + setup.id() + "/joint-picture")
				.json();
		assertThat(picture.get("contributionCount").asInt()).isEqualTo(2);
	}

	@Test
	void rejectsBadContributionsWithAProblemAndStoresNothing() {
		Setup setup = atelier(true);
		String token = join(setup.joinCode(), "RESIDENT");
		Http.Response empty = contribute(token, setup.id(), Map.of("question", 1, "text", "   "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.header("Content-Type")).contains("application/problem+json");
		assertThat(fields(empty)).containsExactly("text");

		Http.Response tooLong = contribute(token, setup.id(), Map.of("question", 1, "text", "a".repeat(2001)));
		assertThat(fields(tooLong)).containsExactly("text");
		assertThat(contribute(token, setup.id(), Map.of("question", 1, "text", "a".repeat(2000))).status())
				.isEqualTo(201);

		assertThat(fields(contribute(token, setup.id(), Map.of("question", 5, "text", "x")))).containsExactly("question");
		assertThat(fields(contribute(token, setup.id(), Map.of("question", 1, "text", "x", "themes", List.of("MOON")))))
				.containsExactly("themes");
		assertThat(fields(contribute(token, setup.id(), Map.of("question", 2, "text", "x")))).containsExactly("kind");
		assertThat(fields(contribute(token, setup.id(), Map.of("question", 2, "text", "x", "kind", "IDEA"))))
				.containsExactly("kind");

		JsonNode picture = Http.api(port).withToken(token).get("/api/v1/ateliers/" + setup.id() + "/joint-picture")
				.json();
		assertThat(picture.get("contributionCount").asInt()).isEqualTo(1);
	}

	@Test
	void rejectsAContributionToAClosedAtelierWith409() {
		Setup setup = atelier(true);
		String token = join(setup.joinCode(), "RESIDENT");
		assertThat(Http.api(port).withToken(setup.facilitator().token())
				.postJson("/api/v1/ateliers/" + setup.id() + "/close", "").status()).isEqualTo(200);
		Http.Response late = contribute(token, setup.id(), Map.of("question", 1, "text", "te laat"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("detail").asString()).isNotBlank();
		assertThat(Http.api(port).withToken(token).putJson("/api/v1/ateliers/" + setup.id() + "/weights",
				Map.of("ENERGY", 100)).status()).isEqualTo(409);
	}

	@Test
	void supportIsLimitedOncePerContributionNotOwnAndWithinTheVotes() {
		Setup setup = atelier(true);
		String author = join(setup.joinCode(), "MUNICIPALITY");
		String voter = join(setup.joinCode(), "RESIDENT");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(contribute(author, setup.id(), Map.of("question", 4, "text", "Tip " + i)).json().get("id").asString());
		}
		String base = "/api/v1/ateliers/" + setup.id() + "/contributions/";
		Http.Response own = Http.api(port).withToken(author).postJson(base + ids.get(0) + "/support", "");
		assertThat(own.status()).isEqualTo(400);
		assertThat(fields(own)).containsExactly("contribution");

		assertThat(Http.api(port).withToken(voter).postJson(base + ids.get(0) + "/support", "").status()).isEqualTo(204);
		assertThat(Http.api(port).withToken(voter).postJson(base + ids.get(0) + "/support", "").status()).isEqualTo(409);
		for (int i = 1; i < 5; i++) {
			assertThat(Http.api(port).withToken(voter).postJson(base + ids.get(i) + "/support", "").status())
					.isEqualTo(204);
		}
		Http.Response sixth = Http.api(port).withToken(voter).postJson(base + ids.get(5) + "/support", "");
		assertThat(sixth.status()).isEqualTo(409);
		assertThat(sixth.json().get("detail").asString()).contains("5");

		JsonNode tips = Http.api(port).withToken(voter).get("/api/v1/ateliers/" + setup.id() + "/joint-picture").json()
				.get("tips");
		int total = 0;
		for (JsonNode tip : tips) {
			total += tip.get("support").asInt();
		}
		assertThat(total).isEqualTo(5);
	}

	@Test
	void wrongJoinCodesAreLimitedPerAddressWhileRightCodesAreNeverCounted() {
		Setup setup = atelier(true);
		// Each in a /64 network of its own: an IPv6 client is counted per /64.
		String network = Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
		String guesser = "2001:db8:" + network + ":1::7";
		String venue = "2001:db8:" + network + ":2::1";
		for (int i = 0; i < 20; i++) {
			assertThat(Http.api(port).withHeader("X-Forwarded-For", guesser)
					.postJson("/api/v1/ateliers/join/WRONG" + i, Map.of("partyType", "RESIDENT")).status())
					.as("wrong code %d", i).isEqualTo(404);
		}
		Http.Response refused = Http.api(port).withHeader("X-Forwarded-For", guesser)
				.postJson("/api/v1/ateliers/join/WRONG99", Map.of("partyType", "RESIDENT"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.header("Content-Type")).contains("application/problem+json");
		assertThat(Http.api(port).withHeader("X-Forwarded-For", guesser)
				.postJson("/api/v1/ateliers/join/" + setup.joinCode(), Map.of("partyType", "RESIDENT")).status())
				.as("a right code waits too, or a guesser could tell a hit").isEqualTo(429);
		assertThat(Http.api(port).withHeader("X-Forwarded-For", "2001:db8:" + network + ":1:abcd:ef01:2345:6789")
				.postJson("/api/v1/ateliers/join/WRONG100", Map.of("partyType", "RESIDENT")).status())
				.as("another address of the guesser's /64 counts with it").isEqualTo(429);

		for (int i = 0; i < 200; i++) {
			assertThat(Http.api(port).withHeader("X-Forwarded-For", venue)
					.postJson("/api/v1/ateliers/join/" + setup.joinCode(), Map.of("partyType", "RESIDENT")).status())
					.as("participant %d of a room on one address", i).isEqualTo(201);
		}
		assertThat(Http.api(port).withHeader("X-Forwarded-For", venue)
				.postJson("/api/v1/ateliers/join/NOCODE", Map.of("partyType", "RESIDENT")).status()).isEqualTo(404);
	}

	@Test
	void joiningAgainWithOnesOwnTokenAnswersTheSameParticipant() {
		Setup setup = atelier(true);
		String token = join(setup.joinCode(), "RESIDENT");
		Http.Response again = Http.api(port).withToken(token).postJson("/api/v1/ateliers/join/" + setup.joinCode(),
				Map.of("partyType", "RESIDENT"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("participantToken").asString()).isEqualTo(token);
		assertThat(Http.api(port).withToken(setup.facilitator().token())
				.get("/api/v1/ateliers/" + setup.id() + "/joint-picture").json().get("participantCount").asInt())
				.isEqualTo(1);
	}

	@Test
	void weightsMustAddUpToOneHundredPointsOverKnownThemes() {
		Setup setup = atelier(true);
		String token = join(setup.joinCode(), "RESIDENT");
		String path = "/api/v1/ateliers/" + setup.id() + "/weights";
		Http.Response short90 = Http.api(port).withToken(token).putJson(path, Map.of("ENERGY", 50, "GREENERY", 40));
		assertThat(short90.status()).isEqualTo(400);
		assertThat(fields(short90)).containsExactly("weights");
		assertThat(fields(Http.api(port).withToken(token).putJson(path, Map.of("MOON", 100)))).containsExactly("MOON");
		assertThat(fields(Http.api(port).withToken(token).putJson(path, Map.of("ENERGY", 150, "GREENERY", -50))))
				.contains("ENERGY", "GREENERY");
		assertThat(Http.api(port).withToken(token).putJson(path, Map.of("ENERGY", 60, "GREENERY", 40)).status())
				.isEqualTo(200);
		assertThat(Http.api(port).withToken(token).putJson(path, Map.of("ENERGY", 20, "HEALTH", 80)).status())
				.isEqualTo(200);

		JsonNode picture = Http.api(port).withToken(token).get("/api/v1/ateliers/" + setup.id() + "/joint-picture")
				.json();
		Map<String, Double> means = new LinkedHashMap<>();
		picture.get("themes").forEach(t -> means.put(t.get("code").asString(), t.get("mean").asDouble()));
		assertThat(means).containsEntry("ENERGY", 20.0).containsEntry("HEALTH", 80.0).containsEntry("GREENERY", 0.0);
		assertThat(picture.get("weighers").asInt()).isEqualTo(1);
	}

	@Test
	void theJointPictureShowsWhereResidentsAndTheMunicipalityDiffer() {
		Setup setup = atelier(true);
		String path = "/api/v1/ateliers/" + setup.id() + "/weights";
		for (int i = 0; i < 2; i++) {
			Http.api(port).withToken(join(setup.joinCode(), "RESIDENT")).putJson(path, Map.of("GREENERY", 70, "ENERGY", 30));
			Http.api(port).withToken(join(setup.joinCode(), "MUNICIPALITY")).putJson(path, Map.of("GREENERY", 20, "ENERGY", 80));
		}
		JsonNode picture = Http.api(port).withToken(setup.facilitator().token())
				.get("/api/v1/ateliers/" + setup.id() + "/joint-picture").json();
		assertThat(picture.get("participantCount").asInt()).isEqualTo(4);
		// Both themes differ by 50 points, so their order in the list is a tie; who weighs which higher is not.
		assertThat(divergences(picture.get("divergences"))).containsExactlyInAnyOrderEntriesOf(Map.of(
				"GREENERY", "RESIDENT 70.0 > MUNICIPALITY 20.0 by 50.0",
				"ENERGY", "MUNICIPALITY 80.0 > RESIDENT 30.0 by 50.0"));
		JsonNode greenery = null;
		for (JsonNode t : picture.get("themes")) {
			if (t.get("code").asString().equals("GREENERY")) {
				greenery = t;
			}
		}
		assertThat(greenery.at("/byPartyType/RESIDENT").asDouble()).isEqualTo(70.0);
		assertThat(greenery.at("/byPartyType/MUNICIPALITY").asDouble()).isEqualTo(20.0);
		assertThat(greenery.get("spread").asDouble()).isEqualTo(25.0);
		assertThat(divergences(picture.get("residentsVersusMunicipality"))).containsExactlyInAnyOrderEntriesOf(Map.of(
				"GREENERY", "RESIDENT 70.0 > MUNICIPALITY 20.0 by 50.0",
				"ENERGY", "MUNICIPALITY 80.0 > RESIDENT 30.0 by 50.0"));
		assertThat(picture.has("top")).isTrue();
		assertThat(picture.get("divergenceThreshold").asDouble()).isEqualTo(10.0);
	}

	/** Each divergence as theme -> "HIGH mean > LOW mean by difference". */
	private static Map<String, String> divergences(JsonNode list) {
		Map<String, String> byTheme = new LinkedHashMap<>();
		list.forEach(d -> byTheme.put(d.get("theme").asString(), d.get("high").asString() + " "
				+ d.get("highMean").asDouble() + " > " + d.get("low").asString() + " " + d.get("lowMean").asDouble()
				+ " by " + d.get("difference").asDouble()));
		return byTheme;
	}

	@Test
	void theReportIsPublicOnlyOncePublishedAndAnnouncesTheTips() throws Exception {
		Setup setup = atelier(true);
		String token = join(setup.joinCode(), "RESIDENT");
		// Markup itself is refused at input (SafeText); what may pass, such as "<" before a digit, is still escaped.
		String script = "Minder dan <3 dagen & 'gratis' > niets, Bĳ de ĳsbaan";
		contribute(token, setup.id(), Map.of("question", 4, "text", script));
		String report = "/ateliers/" + setup.id() + "/report";
		assertThat(Http.api(port).get(report).status()).isEqualTo(302);
		assertThat(Http.api(port).get("/api/v1/ateliers/" + setup.id() + "/joint-picture").status()).isEqualTo(401);

		Http.Response published = Http.api(port).withToken(setup.facilitator().token())
				.postJson("/api/v1/ateliers/" + setup.id() + "/publish", Map.of("insights", "Eerste inzicht.\n\nTweede."));
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(PUBLISHED.stream().filter(e -> e.atelier().toString().equals(setup.id())))
				.singleElement().satisfies(e -> {
					assertThat(e.tips()).containsExactly(script);
					assertThat(e.reportPath()).isEqualTo(report);
				});

		Http.Response page = Http.api(port).get(report);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;3 dagen &amp; ").doesNotContain("<3 dagen &")
				.contains("Eerste inzicht.").contains("Petra Hofman");
		Http.Response markdown = Http.api(port).get(report + ".md");
		assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
		assertThat(markdown.body()).contains("# Wijkatelier Hengstdal").contains("&lt;3 dagen &amp; 'gratis' &gt; niets")
				.doesNotContain("<3").contains("Bĳ de ĳsbaan");

		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + report + ".pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(new ByteArrayInputStream(pdf.body()).readAllBytes())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Wijkatelier Hengstdal").contains("<3 dagen & 'gratis' > niets")
					.contains("Bĳ de ĳsbaan").contains("Petra Hofman");
		}
		assertThat(Http.api(port).withToken(setup.facilitator().token())
				.postJson("/api/v1/ateliers/" + setup.id() + "/publish", "").status()).isEqualTo(409);
	}

	@Test
	void aFacilitatorHidesImproperContributionsAndMergesDuplicates() {
		Setup setup = atelier(true);
		String a = join(setup.joinCode(), "RESIDENT");
		String b = join(setup.joinCode(), "MUNICIPALITY");
		String c = join(setup.joinCode(), "HOUSING_CORPORATION");
		String base = "/api/v1/ateliers/" + setup.id() + "/contributions/";
		String first = contribute(a, setup.id(), Map.of("question", 2, "kind", "OPPORTUNITY", "text", "Samen vergroenen"))
				.json().get("id").asString();
		String duplicate = contribute(b, setup.id(), Map.of("question", 2, "kind", "OPPORTUNITY", "text", "Samen groen"))
				.json().get("id").asString();
		String improper = contribute(b, setup.id(), Map.of("question", 2, "kind", "CHALLENGE", "text", "onzin"))
				.json().get("id").asString();
		Http.api(port).withToken(c).postJson(base + first + "/support", "");
		Http.api(port).withToken(a).postJson(base + duplicate + "/support", "");
		Http.api(port).withToken(c).postJson(base + duplicate + "/support", "");

		assertThat(Http.api(port).withToken(a).postJson(base + improper + "/hide", "").status()).isEqualTo(401);
		Http facilitator = Http.api(port).withToken(setup.facilitator().token());
		assertThat(facilitator.postJson(base + improper + "/hide", "").status()).isEqualTo(204);
		assertThat(facilitator.postJson(base + duplicate + "/merge", Map.of("into", improper)).status()).isEqualTo(400);
		assertThat(facilitator.postJson(base + duplicate + "/merge", Map.of("into", first)).status()).isEqualTo(204);

		JsonNode picture = facilitator.get("/api/v1/ateliers/" + setup.id() + "/joint-picture").json();
		assertThat(picture.get("contributionCount").asInt()).isEqualTo(1);
		assertThat(picture.at("/top/OPPORTUNITY").size()).isEqualTo(1);
		assertThat(picture.at("/top/OPPORTUNITY/0/id").asString()).isEqualTo(first);
		assertThat(picture.at("/top/OPPORTUNITY/0/support").asInt()).isEqualTo(2);
		assertThat(picture.at("/top/CHALLENGE").size()).isZero();
	}

	@Test
	void theDemoHasTheSeedKnowledgeAtelierAndAFinishedExample() {
		Http.Response list = Http.api(port).get("/ateliers");
		assertThat(list.body()).contains(DemoAteliers.KNOWLEDGE_TITLE).contains(DemoAteliers.EXAMPLE_TITLE);
		Matcher m = Pattern
				.compile("href=\"/ateliers/([0-9a-f-]{36})/report\">" + DemoAteliers.KNOWLEDGE_TITLE).matcher(list.body());
		assertThat(m.find()).isTrue();
		JsonNode knowledge = Http.api(port).get("/api/v1/ateliers/" + m.group(1)).json();
		List<String> listed = new ArrayList<>();
		Http.api(port).get("/api/v1/ateliers").json().forEach(a -> listed.add(a.get("title").asString()));
		assertThat(listed).contains(DemoAteliers.KNOWLEDGE_TITLE, DemoAteliers.EXAMPLE_TITLE);
		Setup draft = atelier(false);
		assertThat(Http.api(port).get("/api/v1/ateliers").body()).doesNotContain(draft.id());
		assertThat(Http.api(port).withToken(draft.facilitator().token()).get("/api/v1/ateliers").body())
				.contains(draft.id());
		assertThat(Http.api(port).get("/v3/api-docs").body()).contains("/api/v1/ateliers/join/{joinCode}")
				.contains("/api/v1/ateliers/{id}/joint-picture");
		assertThat(knowledge.get("date").asString()).isEqualTo("2021-05-17");
		assertThat(knowledge.get("topic").asString()).isEqualTo("Integrale Duurzame Wijkontwikkeling");
		assertThat(knowledge.get("reportedParticipants").asInt()).isEqualTo(34);
		assertThat(knowledge.get("tips").size()).isEqualTo(4);
		assertThat(knowledge.get("links").size()).isEqualTo(18);
		assertThat(knowledge.get("neighbourhoodId").isNull()).isTrue();
		assertThat(knowledge.get("joinCode").isNull()).isTrue();
		assertThat(knowledge.at("/speakers/2/role").asString())
				.isEqualTo("procesbegeleider en communicatiestrategus bij Wijk van de Toekomst");
		Http.Response report = Http.api(port).get("/ateliers/" + m.group(1) + "/report");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.body()).contains("Jacco Rodenburg").contains("clustercoördinator transitie gebouwde omgeving")
				.contains("34").contains("Betrek bewoners, zij weten wat er speelt.").contains("https://www.buurkracht.nl/");

		Matcher e = Pattern
				.compile("href=\"/ateliers/([0-9a-f-]{36})/report\">" + DemoAteliers.EXAMPLE_TITLE).matcher(list.body());
		assertThat(e.find()).isTrue();
		JsonNode example = Http.api(port).get("/api/v1/ateliers/" + e.group(1) + "/joint-picture").json();
		assertThat(example.get("divergences").size()).isGreaterThan(0);
		assertThat(example.at("/top/OPPORTUNITY/0/support").asInt()).isEqualTo(5);
		assertThat(Http.api(port).get("/api/v1/ateliers/" + e.group(1)).json().get("example").asBoolean()).isTrue();
		Http.Response neighbourhoodPage = Http.api(port).get("/neighbourhoods/" + neighbourhood("Spijkerkwartier"));
		assertThat(neighbourhoodPage.body()).contains(DemoAteliers.EXAMPLE_TITLE);
		Http.Response programmePage = Http.api(port).get("/programmes/" + catalog.defaultProgramme().orElseThrow().slug());
		assertThat(programmePage.body()).contains(DemoAteliers.KNOWLEDGE_TITLE);
	}
}
