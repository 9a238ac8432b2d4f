package nl.wijkatelier.planning.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wijkatelier.planning.PlanningJobs;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.programme.DemoProgrammeSeeded;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * The demo's example scenario: once the application is ready after seeding the demo programme, the Spijkerkwartier's
 * example portfolio is planned in the background (a few seconds on the planner's thread, never blocking start-up)
 * and saved as an example scenario, so a new user finds a plan beside its baseline with every date explained.
 */
@Component
class PlanningDemo {

	private static final Logger LOG = LoggerFactory.getLogger(PlanningDemo.class);
	private static final int SECONDS = 5;

	private final PlanningJobs jobs;
	private final Scenarios scenarios;
	private final AtomicReference<NeighbourhoodId> seeded = new AtomicReference<>();

	PlanningDemo(PlanningJobs jobs, Scenarios scenarios) {
		this.jobs = jobs;
		this.scenarios = scenarios;
	}

	@EventListener
	void on(DemoProgrammeSeeded event) {
		if (event.neighbourhoods().containsKey("Spijkerkwartier")) {
			seeded.set(event.neighbourhood("Spijkerkwartier"));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void planExample() {
		NeighbourhoodId neighbourhood = seeded.getAndSet(null);
		if (neighbourhood == null || !scenarios.of(neighbourhood).isEmpty()) {
			return;
		}
		try {
			PlanningJobs.JobView run = jobs.start(neighbourhood, Optional.of(SECONDS));
			Thread saver = new Thread(() -> saveWhenDone(run), "planning-demo");
			saver.setDaemon(true);
			saver.start();
		}
		catch (RuntimeException ex) {
			LOG.warn("the demo scenario could not be planned: {}", ex.getMessage());
		}
	}

	private void saveWhenDone(PlanningJobs.JobView run) {
		long until = System.nanoTime() + Duration.ofSeconds(SECONDS * 6L).toNanos();
		while (System.nanoTime() < until) {
			Optional<PlanningJobs.Finished> finished = jobs.finished(run.id());
			if (finished.isPresent()) {
				scenarios.save(finished.get(), "Voorbeeld: samen werken 2027–2029", true);
				return;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
		LOG.warn("the demo scenario found no schedule in time");
	}
}
