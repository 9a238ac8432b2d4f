package nl.wijkatelier.works;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;

/**
 * One party's task in the public space or the buildings, as the coupling engine and the planner see it.
 * <p>
 * Invariants (checked by the readers, see {@link TaskValidation}): {@code earliestStart <= latestEnd}, both
 * inclusive; {@code 1 <= durationDays <= } window length; {@code 0 <= shareableCostCents <= costCents}; a
 * preferred or pinned start lets the work end by {@code latestEnd}.
 *
 * @param geometry in RD New (EPSG:28992) metres, whatever the source file used; empty when the task has no
 *        location (it then couples with nothing)
 * @param costCents the whole estimate in euro cents
 * @param shareableCostCents the part paid once when works are combined (excavation and re-paving, site set-up,
 *        traffic measures, communication), in euro cents
 * @param themes theme codes, e.g. {@code GREENERY}
 * @param dependsOn ids of tasks that must finish before this one starts
 */
public record Task(String id, String title, String owner, TaskType type, LocalDate earliestStart,
		LocalDate latestEnd, int durationDays, Optional<LocalDate> preferredStart, long costCents,
		long shareableCostCents, List<String> themes, List<String> dependsOn, List<Funding> funding,
		Optional<LocalDate> pinnedStart, Optional<Geometry> geometry) {

	public Task {
		themes = List.copyOf(themes);
		dependsOn = List.copyOf(dependsOn);
		funding = List.copyOf(funding);
	}

	/**
	 * Whether this task's work is the larger of the two: a larger shareable cost, or on a tie the larger id. When
	 * two works are combined, the smaller one rides along on the larger and saves its own shareable cost.
	 */
	public boolean isLargerWorkThan(Task other) {
		if (shareableCostCents != other.shareableCostCents) {
			return shareableCostCents > other.shareableCostCents;
		}
		return id.compareTo(other.id) > 0;
	}

	/** Days in the window {@code [earliestStart, latestEnd]}, both ends counted. */
	public long windowDays() {
		return ChronoUnit.DAYS.between(earliestStart, latestEnd) + 1;
	}

	/** The start the owner prefers, or the earliest start when none is given. */
	public LocalDate preferredOrEarliestStart() {
		return pinnedStart.or(() -> preferredStart).orElse(earliestStart);
	}

	/** The latest start that still ends by {@code latestEnd}. */
	public LocalDate latestStart() {
		return latestEnd.minusDays(durationDays - 1L);
	}

	public Task withGeometry(Optional<Geometry> newGeometry) {
		return new Task(id, title, owner, type, earliestStart, latestEnd, durationDays, preferredStart, costCents,
				shareableCostCents, themes, dependsOn, funding, pinnedStart, newGeometry);
	}
}
