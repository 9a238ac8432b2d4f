package nl.wijkatelier.action;

import java.time.Instant;

import nl.wijkatelier.shared.NeighbourhoodId;

/** An action reached one of its thresholds for the first time; published once per threshold. */
public record ThresholdReached(ActionId action, NeighbourhoodId neighbourhood, int households, String label,
		Instant at) {
}
