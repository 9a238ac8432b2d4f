package nl.wijkatelier.action;

import java.util.List;
import java.util.OptionalInt;

/**
 * An action as its public page and the API show it: progress, thresholds, totals and impact so far.
 *
 * @param impact one estimate per measure of the template, in its unit
 */
public record ActionView(Action action, List<Threshold> thresholds, Totals totals, List<Estimate> impact,
		boolean open) {

	/** One impact estimate with how it was made. */
	public record Estimate(ImpactMeasure measure, double value) {
	}

	public int households() {
		return action.households();
	}

	/** The number progress is measured against: the target, else the highest threshold; empty when neither. */
	public OptionalInt goal() {
		if (action.target().isPresent()) {
			return action.target();
		}
		return thresholds.stream().mapToInt(Threshold::households).max();
	}

	public int progressPercent() {
		return action.progressPercent(goal().orElse(0));
	}

	/** Thresholds reached once whose number the household count has dropped below since (cancellations). */
	public List<Threshold> droppedBelow() {
		return thresholds.stream().filter(t -> t.reached() && households() < t.households()).toList();
	}

	/** Thresholds withdrawn because they were reached only through sign-ups the organiser voided. */
	public List<Threshold> withdrawn() {
		return thresholds.stream().filter(t -> t.withdrawnAt().isPresent()).toList();
	}
}
