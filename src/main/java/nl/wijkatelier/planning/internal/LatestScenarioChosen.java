package nl.wijkatelier.planning.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.wijkatelier.dashboard.ChosenScenarios;
import nl.wijkatelier.planning.Scenarios;
import nl.wijkatelier.shared.NeighbourhoodId;

/** The dashboards show a neighbourhood's most recently saved scenario as its chosen one. */
@Component
class LatestScenarioChosen implements ChosenScenarios {

	private final Scenarios scenarios;

	LatestScenarioChosen(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@Override
	public Optional<ChosenScenario> chosen(NeighbourhoodId neighbourhood) {
		return scenarios.of(neighbourhood).stream().findFirst().map(summary -> scenarios.get(summary.id()))
				.map(scenario -> new ChosenScenario(scenario.summary().name(), scenario.starts().stream()
						.map(start -> new PlannedTask(start.taskId(), start.start())).toList()));
	}
}
