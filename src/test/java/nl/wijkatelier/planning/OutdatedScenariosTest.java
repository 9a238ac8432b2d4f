package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;
import nl.wijkatelier.works.TasksChanged;
import tools.jackson.databind.JsonNode;

/**
 * A change of a neighbourhood's tasks marks its saved scenarios out of date, through the works module's
 * {@link TasksChanged} and the planning module's listener, after the change is committed: the page and the API say so;
 * another neighbourhood's scenarios are untouched.
 */
@WijkatelierTest
@EnableScenarios
class OutdatedScenariosTest {

	/** The listener runs after the commit on another thread; a loaded machine may take a while to get to it. */
	private static final Duration AT_MOST = Duration.ofSeconds(60);

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Scenarios scenarios;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	People people;

	private Neighbourhood changed;
	private Party owner;
	private UUID scenarioOfChanged;
	private UUID scenarioElsewhere;

	@BeforeEach
	void twoNeighbourhoodsWithASavedScenarioEach() {
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		changed = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Veranderwijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		owner = catalog.registerParty(programme.id(), Optional.of(changed.id()), "Gemeente " + suffix,
				PartyType.MUNICIPALITY, null, false);
		Neighbourhood elsewhere = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails(
				"Rustwijk " + suffix, Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		scenarioOfChanged = savedScenario(changed.id());
		scenarioElsewhere = savedScenario(elsewhere.id());
	}

	/** A saved scenario's row as Scenarios.save writes it (its figures do not matter here). */
	private UUID savedScenario(NeighbourhoodId neighbourhood) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into plan_scenario (id, neighbourhood_id, name, created_at, granularity, shift_cost_cents,"
				+ " total_saving_cents, shift_penalty_cents, baseline_saving_cents, baseline_penalty_cents,"
				+ " baseline_feasible, example) values (?, ?, ?, ?, 'WEEK', 0, 0, 0, 0, 0, true, false)", id,
				neighbourhood.value(), "Plan van vorige week", Timestamp.from(Instant.now()));
		return id;
	}

	private Optional<Instant> outdatedSince(UUID scenario) {
		return scenarios.find(scenario).orElseThrow().outdatedSince();
	}

	@Test
	void importingTasksMarksTheNeighbourhoodsScenariosOutOfDate(Scenario scenario) {
		String admin = people.admin().token();
		assertThat(outdatedSince(scenarioOfChanged)).isEmpty();
		Instant before = Instant.now().minusSeconds(1);

		scenario.stimulate(() -> assertThat(Http.api(port).withToken(admin).post(
				"/api/v1/neighbourhoods/" + changed.id().value() + "/tasks", "application/geo+json", task("NIEUW-1"))
				.status()).isEqualTo(200))
				.andWaitAtMost(AT_MOST)
				.andWaitForStateChange(() -> outdatedSince(scenarioOfChanged))
				.andVerify(since -> assertThat(since).hasValueSatisfying(s -> assertThat(s).isAfter(before)));

		assertThat(outdatedSince(scenarioElsewhere)).as("another neighbourhood's scenario").isEmpty();
		JsonNode summary = Http.api(port).withToken(admin).get("/api/v1/scenarios/" + scenarioOfChanged).json()
				.get("summary");
		assertThat(summary.get("outdated").asBoolean()).isTrue();
		assertThat(summary.get("outdatedSince").isNull()).isFalse();
		assertThat(Http.api(port).withToken(admin).get("/api/v1/scenarios/" + scenarioElsewhere).json().get("summary")
				.get("outdated").asBoolean()).isFalse();
		Http page = Http.browser(port).login(People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
		assertThat(page.get("/planning/scenarios/" + scenarioOfChanged).body()).contains("id=\"scenario-outdated\"")
				.contains("Dit scenario is verouderd");
		assertThat(page.get("/planning/scenarios/" + scenarioElsewhere).body()).doesNotContain("scenario-outdated");
	}

	@Test
	void aScenarioKeepsTheMomentItFirstWentOutOfDate() {
		Instant first = Instant.parse("2026-01-02T03:04:05Z");
		assertThat(scenarios.markOutdated(changed.id(), first)).isEqualTo(1);

		assertThat(scenarios.markOutdated(changed.id(), Instant.now())).as("nothing left to mark").isZero();
		assertThat(outdatedSince(scenarioOfChanged)).contains(first);
		assertThat(outdatedSince(scenarioElsewhere)).isEmpty();
	}

	private String task(String id) {
		return """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "geometry": {"type": "LineString", "coordinates": [[5.92, 51.9850], [5.92, 51.9855]]},
				 "properties": {"id": "%s", "title": "Werk %s", "owner": "%s", "type": "SEWER_REPLACEMENT",
				  "earliestStart": "2027-01-01", "latestEnd": "2027-12-31", "durationDays": 30, "cost": 100000,
				  "shareableCost": 40000, "themes": ["INFRASTRUCTURE"]}}]}""".formatted(id, id, owner.name());
	}
}
