package nl.wijkatelier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wijkatelier.account.AuditEntry;
import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** Anyone flags a tip shared directly; a programme admin reviews the flags and hides the tip or keeps it. */
@WijkatelierTest
class TipFlagsTest {

	private static final Random RANDOM = new Random();

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcTemplate jdbc;

	NeighbourhoodId hengstdal() {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals("Hengstdal")).findFirst().orElseThrow()
				.id();
	}

	/** A client address of the documentation range, its own per call, so no other test's flags count against it. */
	static String address() {
		return "2001:db8::" + Integer.toHexString(RANDOM.nextInt(0xffff)) + ":" + Integer.toHexString(RANDOM.nextInt(0xffff));
	}

	static Http from(int port, String address) {
		return Http.api(port).withHeader("X-Forwarded-For", address);
	}

	String shareTip(String word) {
		Http.Response shared = Http.api(port).withToken(people.resident(hengstdal()).token()).postJson("/api/v1/tips",
				Map.of("neighbourhoodId", hengstdal().toString(), "partyType", "RESIDENT", "text",
						"Zet een " + word + " bij de voordeur.", "themes", List.of("GREENERY")));
		assertThat(shared.status()).as(shared.body()).isEqualTo(201);
		return shared.json().get("id").asString();
	}

	static String word() {
		StringBuilder word = new StringBuilder("plant");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

	int flagRows(String tip) {
		return jdbc.queryForObject("select count(*) from knowledge_tip_flag where tip_id = ?", Integer.class,
				UUID.fromString(tip));
	}

	@Test
	void theSamePersonsFlagCountsOnceAndAReasonIsRequired() {
		String tip = shareTip(word());
		String address = address();
		Http.Response noReason = from(port, address).postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
		assertThat(flagRows(tip)).isZero();

		Http.Response first = from(port, address).postJson("/api/v1/tips/" + tip + "/flags",
				Map.of("reason", "Reclame voor een winkel"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("counted").asBoolean()).isTrue();
		Http.Response again = from(port, address).postJson("/api/v1/tips/" + tip + "/flags",
				Map.of("reason", "Nog steeds reclame"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("counted").asBoolean()).isFalse();
		assertThat(again.json().get("openFlags").asInt()).isEqualTo(1);

		// Someone logged in is one person wherever they send from; from the same address they are someone else.
		People.Person resident = people.resident(hengstdal());
		Http.Response loggedIn = Http.api(port).withToken(resident.token()).withHeader("X-Forwarded-For", address)
				.postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", "Klopt niet"));
		assertThat(loggedIn.status()).isEqualTo(201);
		assertThat(Http.api(port).withToken(resident.token()).withHeader("X-Forwarded-For", address()).postJson("/api/v1/tips/" + tip + "/flags",
				Map.of("reason", "Klopt niet")).json().get("counted").asBoolean()).isFalse();
		assertThat(flagRows(tip)).isEqualTo(2);
		assertThat(from(port, address).postJson("/api/v1/tips/" + UUID.randomUUID() + "/flags",
				Map.of("reason", "Onbekend")).status()).isEqualTo(404);
	}

	@Test
	void oneAddressSendsALimitedNumberOfFlagsAnHour() {
		String address = address();
		for (int i = 0; i < 10; i++) {
			Http.Response flagged = from(port, address).postJson("/api/v1/tips/" + shareTip(word()) + "/flags",
					Map.of("reason", "Hoort hier niet"));
			assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
		}
		String tip = shareTip(word());
		Http.Response over = from(port, address).postJson("/api/v1/tips/" + tip + "/flags",
				Map.of("reason", "Hoort hier niet"));
		assertThat(over.status()).isEqualTo(429);
		assertThat(over.header("Retry-After")).isNotBlank();
		assertThat(flagRows(tip)).isZero();
		assertThat(from(port, address()).postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", "Hoort hier niet"))
				.status()).as("another address").isEqualTo(201);
	}

	@Test
	void aProgrammeAdminHidesAFlaggedTipWhichLeavesListsAndSearchAndIsAudited() {
		String word = word();
		String tip = shareTip(word);
		from(port, address()).postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", "Beledigend"));
		from(port, address()).postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", "Onzin"));

		People.Person resident = people.resident(hengstdal());
		assertThat(Http.api(port).withToken(resident.token()).get("/api/v1/tips/flagged").status()).isEqualTo(403);
		assertThat(Http.api(port).withToken(resident.token()).postJson("/api/v1/tips/" + tip + "/review",
				Map.of("decision", "HIDE")).status()).isEqualTo(403);
		assertThat(Http.api(port).postJson("/api/v1/tips/" + tip + "/review", Map.of("decision", "HIDE")).status())
				.isEqualTo(401);

		People.Person admin = people.admin();
		JsonNode flagged = Http.api(port).withToken(admin.token()).get("/api/v1/tips/flagged").json();
		JsonNode ours = null;
		for (JsonNode item : flagged) {
			if (item.at("/tip/id").asString().equals(tip)) {
				ours = item;
			}
		}
		assertThat(ours).isNotNull();
		assertThat(ours.get("flags").findValuesAsString("reason")).containsExactly("Beledigend", "Onzin");
		assertThat(Http.api(port).withToken(admin.token()).postJson("/api/v1/tips/" + tip + "/review",
				Map.of("decision", "maybe")).status()).isEqualTo(400);

		assertThat(Http.api(port).get("/api/v1/search?q=" + word).json().get("total").asLong()).isEqualTo(1);
		Http.Response hidden = Http.api(port).withToken(admin.token()).postJson("/api/v1/tips/" + tip + "/review",
				Map.of("decision", "HIDE"));
		assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
		assertThat(Http.api(port).get("/api/v1/search?q=" + word).json().get("total").asLong()).isZero();
		assertThat(Http.api(port).get("/api/v1/tips").body()).doesNotContain(tip);
		assertThat(Http.browser(port).get("/knowledge/tips").body()).doesNotContain(word);
		assertThat(audit.of("tip", tip)).extracting(AuditEntry::action).containsExactly("TIP_HIDDEN");
		assertThat(audit.of("tip", tip).get(0).detail()).contains("Beledigend").contains("Onzin");
		assertThat(from(port, address()).postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", "Weg ermee"))
				.status()).as("a hidden tip is not found").isEqualTo(404);
	}

	@Test
	void keepingATipClosesItsFlagsAndASecondReviewHasNothingToReview() {
		String tip = shareTip(word());
		from(port, address()).postJson("/api/v1/tips/" + tip + "/flags", Map.of("reason", "Twijfel"));
		People.Person admin = people.admin();
		assertThat(Http.api(port).withToken(admin.token()).postJson("/api/v1/tips/" + tip + "/review",
				Map.of("decision", "KEEP")).status()).isEqualTo(200);
		assertThat(Http.api(port).get("/api/v1/tips").body()).contains(tip);
		assertThat(Http.api(port).withToken(admin.token()).get("/api/v1/tips/flagged").body()).doesNotContain(tip);
		assertThat(Http.api(port).withToken(admin.token()).postJson("/api/v1/tips/" + tip + "/review",
				Map.of("decision", "HIDE")).status()).isEqualTo(409);
		assertThat(audit.of("tip", tip)).extracting(AuditEntry::action).containsExactly("TIP_KEPT");
	}

	@Test
	void thePagesLetAnyoneFlagAndTheAdminReview() {
		String word = word();
		String tip = shareTip(word);
		Http visitor = Http.browser(port).withHeader("X-Forwarded-For", address());
		String tips = visitor.get("/knowledge/tips").body();
		assertThat(tips).contains("/knowledge/tips/" + tip + "/flag").contains("Deze tip melden");
		Http.Response empty = visitor.postForm("/knowledge/tips/" + tip + "/flag", Map.of("reason", ""));
		assertThat(empty.status()).isEqualTo(302);
		assertThat(visitor.get("/knowledge/tips").body()).contains("Vul dit veld in.");
		assertThat(visitor.postForm("/knowledge/tips/" + tip + "/flag", Map.of("reason", "Spam")).status())
				.isEqualTo(302);
		assertThat(visitor.get("/knowledge/tips").body()).contains("Uw melding is ontvangen");

		Http admin = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		String review = admin.get("/knowledge/tips/review").body();
		assertThat(review).contains(word).contains("Spam");
		Http.Response decided = admin.postForm("/knowledge/tips/" + tip + "/review", Map.of("decision", "HIDE"));
		assertThat(decided.status()).isEqualTo(302);
		assertThat(admin.get(decided.header("Location").replaceFirst("^https?://[^/]+", "")).body()).contains("De tip is verborgen").doesNotContain(word);
		Http resident = Http.browser(port).login(people.resident(hengstdal()).email(), People.PASSWORD);
		assertThat(resident.get("/knowledge/tips/review").status()).isEqualTo(403);
	}
}
