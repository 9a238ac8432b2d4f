package nl.wijkatelier.action;

import java.time.Instant;

import nl.wijkatelier.shared.NeighbourhoodId;

/** A threshold reached before is no longer reached once the organiser voided sign-ups that made it. */
public record ThresholdWithdrawn(ActionId action, NeighbourhoodId neighbourhood, int households, String label,
		String reason, Instant at) {
}
