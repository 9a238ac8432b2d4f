package nl.wijkatelier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import tools.jackson.databind.JsonNode;

/** GDPR: the export names everything, deletion leaves the figures, the nightly job enforces the retention periods. */
@WijkatelierTest
class PrivacyTest {

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Accounts accounts;
	@Autowired
	RetentionJob retention;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theExportHoldsEverythingAboutAPersonAndDeletionRemovesItWhileTheFiguresStay() {
		NeighbourhoodId where = neighbourhood("Craneveer");
		People.Person person = people.resident(where);
		Http me = Http.api(port).withToken(person.token());
		String action = createAction(where, "COLLECTIVE_PURCHASE");
		Http.Response signup = Http.api(port).postJson("/api/v1/actions/" + action + "/signups", Map.of(
				"quantity", Map.of("solarPanels", 6, "roofInsulation", 1),
				"household", Map.of("name", "Fam. Privacy", "email", person.email().toUpperCase(),
						"postcode", "6822 AB", "houseNumber", "12"),
				"followUpConsent", true));
		assertThat(signup.status()).as(signup.body()).isEqualTo(201);
		String manageToken = signup.json().get("manageToken").asString();
		Http.Response tip = me.postJson("/api/v1/tips", Map.of("neighbourhoodId", where.toString(),
				"partyType", "RESIDENT", "text", "Begin bij de buren die al zonnepanelen hebben.", "themes", List.of("ENERGY")));
		assertThat(tip.status()).as(tip.body()).isEqualTo(201);

		JsonNode export = me.get("/api/v1/me/export").json();
		assertThat(export.get("email").asString()).isEqualTo(person.email());
		assertThat(export.at("/roles/0/role").asString()).isEqualTo("RESIDENT");
		assertThat(export.at("/apiTokens/0/createdAt").isMissingNode()).isFalse();
		assertThat(export.toString()).as("token metadata, never the token").doesNotContain(person.token());
		assertThat(export.get("auditLogAboutAccount").findValuesAsString("action")).contains("ACCOUNT_CREATED");
		assertThat(export.at("/actions/signups/0/actionId").asString()).isEqualTo(action);
		assertThat(export.at("/actions/signups/0/name").asString()).isEqualTo("Fam. Privacy");
		assertThat(export.at("/actions/signups/0/quantity/solarPanels").asInt()).isEqualTo(6);
		assertThat(export.at("/actions/networkOptIns/0/neighbourhoodId").asString()).isEqualTo(where.toString());
		assertThat(export.at("/knowledge/tips/0/text").asString()).startsWith("Begin bij de buren");

		JsonNode before = Http.api(port).get("/api/v1/actions/" + action).json();
		int tipsBefore = Http.api(port).get("/api/v1/tips?neighbourhood=" + where).json().size();

		assertThat(me.delete("/api/v1/me").status()).isEqualTo(204);

		JsonNode after = Http.api(port).get("/api/v1/actions/" + action).json();
		assertThat(after.get("households").asInt()).isEqualTo(before.get("households").asInt()).isEqualTo(1);
		assertThat(after.get("totals")).isEqualTo(before.get("totals"));
		assertThat(after.get("impact")).isEqualTo(before.get("impact"));
		assertThat(Http.api(port).get("/api/v1/tips?neighbourhood=" + where).json().size()).isEqualTo(tipsBefore);
		JsonNode kept = Http.api(port).get("/api/v1/signups/" + manageToken).json();
		assertThat(kept.get("household").size()).as("name, e-mail and address gone").isZero();
		assertThat(kept.get("quantity").get("solarPanels").asInt()).isEqualTo(6);
		String email = person.email();
		assertThat(jdbc.queryForObject("select count(*) from action_network_contact where lower(email) = ?",
				Integer.class, email)).isZero();
		assertThat(jdbc.queryForList("select actor, action, detail from audit_log where lower(actor) = ? or lower(detail) like ?",
				email, "%" + email + "%")).as("the audit log names a pseudonym").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from knowledge_tip where written_by = ?", Integer.class,
				person.account().id().value())).isZero();
		assertThat(accounts.byEmail(email)).isEmpty();
	}

	@Test
	void theNightlyJobRemovesWhatWasKeptLongerThanItsConfiguredPeriod() {
		assertThat(retention.periods()).containsKeys("actionSignups", "networkLeavers", "atelierParticipantNames",
				"invitations", "auditLog");
		Instant now = Instant.now();
		NeighbourhoodId where = neighbourhood("Hengstdal");
		var facilitator = people.facilitator(where);

		String oldInvitee = "oud-" + UUID.randomUUID() + "@example.org";
		String recentInvitee = "recent-" + UUID.randomUUID() + "@example.org";
		for (String email : List.of(oldInvitee, recentInvitee)) {
			assertThat(Http.api(port).withToken(facilitator.token()).postJson("/api/v1/invitations",
					Map.of("email", email, "role", "RESIDENT", "neighbourhoodId", where.toString())).status()).isEqualTo(201);
		}
		Duration invitations = retention.periods().get("invitations");
		backdate("invitation", "expires_at", "email", oldInvitee, now.minus(invitations).minusSeconds(60));
		backdate("invitation", "expires_at", "email", recentInvitee, now.minus(invitations).plusSeconds(3600));

		Http atelierApi = Http.api(port).withToken(facilitator.token());
		JsonNode atelier = atelierApi.postJson("/api/v1/ateliers", Map.of("neighbourhoodId", where.toString(),
				"title", "Bewaartermijn", "date", LocalDate.now().toString(), "themes", List.of("ENERGY"))).json();
		atelierApi.postJson("/api/v1/ateliers/" + atelier.get("id").asString() + "/open", Map.of());
		String joinCode = atelier.get("joinCode").asString();
		String old = join(joinCode, "Oude Deelnemer");
		String recent = join(joinCode, "Nieuwe Deelnemer");
		backdate("atelier_participant", "joined_at", "id", UUID.fromString(old),
				now.minus(retention.periods().get("atelierParticipantNames")).minusSeconds(60));

		String action = createAction(where, "GREENING");
		String leaver = "weg-" + UUID.randomUUID() + "@example.org";
		assertThat(Http.api(port).postJson("/api/v1/actions/" + action + "/signups", Map.of(
				"quantity", Map.of("squareMetres", 4), "household", Map.of("email", leaver), "followUpConsent", true))
				.status()).isEqualTo(201);
		backdate("action_network_contact", "left_at", "email", leaver,
				now.minus(retention.periods().get("networkLeavers")).minusSeconds(60));

		Duration auditLog = retention.periods().get("auditLog");
		String oldEntry = UUID.randomUUID().toString();
		String keptEntry = UUID.randomUUID().toString();
		audit(oldEntry, now.minus(auditLog).minusSeconds(60));
		audit(keptEntry, now.minus(auditLog).plusSeconds(3600));

		Map<String, Integer> removed = retention.run();

		assertThat(removed.get("invitations")).isPositive();
		assertThat(count("invitation", "email", oldInvitee)).isZero();
		assertThat(count("invitation", "email", recentInvitee)).isOne();
		assertThat(jdbc.queryForObject("select display_name from atelier_participant where id = ?", String.class,
				UUID.fromString(old))).isNull();
		assertThat(jdbc.queryForObject("select party_type from atelier_participant where id = ?", String.class,
				UUID.fromString(old))).isEqualTo("RESIDENT");
		assertThat(jdbc.queryForObject("select display_name from atelier_participant where id = ?", String.class,
				UUID.fromString(recent))).isEqualTo("Nieuwe Deelnemer");
		assertThat(count("action_network_contact", "email", leaver)).isZero();
		assertThat(count("audit_log", "subject_id", oldEntry)).isZero();
		assertThat(count("audit_log", "subject_id", keptEntry)).isOne();
	}

	@Test
	void thePrivacyStatementGivesTheConfiguredPeriodsAndIsLinkedWherePersonalDataIsAsked() {
		String nl = Http.browser(port).get("/privacy").body();
		assertThat(nl).contains("Privacyverklaring").contains("90 dagen na de laatste dag van de actie")
				.contains("1 jaar na het meedoen").contains("7 jaar na de wijziging").contains("30 dagen na het afmelden")
				.contains("Autoriteit Persoonsgegevens").contains("mailto:");
		assertThat(Http.browser(port).get("/privacy?lang=en").body()).contains("Privacy statement")
				.contains("90 days after the action");
		assertThat(Http.browser(port).get("/").body()).as("footer").contains("href=\"/privacy\"");
		assertThat(Http.browser(port).get("/ateliers/join").body()).contains("href=\"/privacy\"");
		String action = createAction(neighbourhood("Craneveer"), "TILE_REMOVAL");
		assertThat(Http.browser(port).get("/actions/" + action).body()).contains("href=\"/privacy\"");
	}

	private String createAction(NeighbourhoodId where, String template) {
		Http.Response created = Http.api(port).withToken(people.facilitator(where).token()).postJson("/api/v1/actions",
				Map.of("neighbourhoodId", where.toString(), "template", template, "title", "Privacy " + UUID.randomUUID(),
						"startDate", LocalDate.now().minusDays(1).toString(),
						"endDate", LocalDate.now().plusDays(30).toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String join(String joinCode, String name) {
		Http.Response joined = Http.api(port).postJson("/api/v1/ateliers/join/" + joinCode,
				Map.of("displayName", name, "partyType", "RESIDENT"));
		assertThat(joined.status()).as(joined.body()).isEqualTo(201);
		return joined.json().get("participantId").asString();
	}

	private void backdate(String table, String column, String keyColumn, Object key, Instant at) {
		assertThat(jdbc.update("update " + table + " set " + column + " = ? where " + keyColumn + " = ?",
				Timestamp.from(at), key)).isOne();
	}

	private void audit(String subjectId, Instant at) {
		jdbc.update("insert into audit_log (id, at, actor, action, subject_type, subject_id) values (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), Timestamp.from(at), "someone@example.org", "task.changed", "task", subjectId);
	}

	private int count(String table, String column, String value) {
		return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, value);
	}

	private NeighbourhoodId neighbourhood(String name) {
		return catalog.neighbourhoods().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
	}
}
