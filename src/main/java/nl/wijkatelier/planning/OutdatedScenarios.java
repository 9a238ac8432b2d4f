package nl.wijkatelier.planning;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.works.TasksChanged;

/**
 * A saved scenario plans the tasks as they were when it was saved; once a task of its neighbourhood is registered,
 * changed, imported or removed, its dates, packages and savings may no longer hold, so it is marked out of date (the
 * scenario page and the API say so, and suggest planning again). Runs after the change is committed, in its own
 * transaction; the event publication registry keeps the reaction until it has completed, and failed ones are
 * resubmitted, so no change is missed.
 */
@Component
class OutdatedScenarios {

	private static final Logger LOG = LoggerFactory.getLogger(OutdatedScenarios.class);

	private final Scenarios scenarios;
	private final Clock clock;

	OutdatedScenarios(Scenarios scenarios, Optional<Clock> clock) {
		this.scenarios = scenarios;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@ApplicationModuleListener
	void on(TasksChanged changed) {
		int marked = scenarios.markOutdated(changed.neighbourhood(), clock.instant());
		if (marked > 0) {
			LOG.info("{} saved scenario(s) of neighbourhood {} marked out of date after a change of its tasks", marked,
					changed.neighbourhood());
		}
	}
}
