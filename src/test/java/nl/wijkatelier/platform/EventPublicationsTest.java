package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.support.WijkatelierTest;
import nl.wijkatelier.works.TasksChanged;

/**
 * A reaction of one module to another's event is never lost: a publication left FAILED in the registry (its listener
 * threw, or the instance running it died and the staleness check marked it) is resubmitted and then completes, and its
 * row is gone once it has.
 */
@WijkatelierTest
@EnableScenarios
class EventPublicationsTest {

	private static final String LISTENER = "nl.wijkatelier.planning.OutdatedScenarios.on(nl.wijkatelier.works.TasksChanged)";

	@Autowired
	EventPublications publications;
	@Autowired
	EventSerializer serializer;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Scenarios scenarios;

	@Test
	void aFailedReactionIsResubmittedUntilItCompletes(Scenario scenario) {
		var programme = catalog.defaultProgramme().orElseThrow();
		NeighbourhoodId neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails(
				"Herkansingswijk " + UUID.randomUUID().toString().substring(0, 8), Optional.empty(), "Arnhem",
				Optional.empty(), null, null, null, false)).id();
		UUID saved = UUID.randomUUID();
		jdbc.update("insert into plan_scenario (id, neighbourhood_id, name, created_at, granularity, shift_cost_cents,"
				+ " total_saving_cents, shift_penalty_cents, baseline_saving_cents, baseline_penalty_cents,"
				+ " baseline_feasible, example) values (?, ?, 'Eerder plan', ?, 'WEEK', 0, 0, 0, 0, 0, true, false)",
				saved, neighbourhood.value(), Timestamp.from(Instant.now()));
		// As an instance that died mid-way leaves it once the staleness check has run: failed, ten minutes old.
		UUID publication = UUID.randomUUID();
		Timestamp tenMinutesAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
		jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
				+ " status, completion_attempts, last_resubmission_date) values (?, ?, ?, ?, ?, 'FAILED', 1, ?)",
				publication, LISTENER, TasksChanged.class.getName(),
				serializer.serialize(new TasksChanged(neighbourhood, List.of("W-1"), List.of())).toString(),
				tenMinutesAgo, tenMinutesAgo);

		scenario.stimulate(publications::resubmit)
				.andWaitAtMost(Duration.ofSeconds(60))
				.andWaitForStateChange(() -> scenarios.find(saved).orElseThrow().outdatedSince())
				.andVerify(since -> assertThat(since).isPresent());

		scenario.stimulate(() -> { })
				.andWaitAtMost(Duration.ofSeconds(60))
				.andWaitForStateChange(() -> jdbc.queryForObject(
						"select count(*) from event_publication where id = ?", Integer.class, publication) == 0)
				.andVerify(gone -> assertThat(gone).as("the completed publication is deleted").isTrue());
	}
}
