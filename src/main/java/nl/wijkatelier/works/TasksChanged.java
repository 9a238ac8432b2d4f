package nl.wijkatelier.works;

import java.time.Instant;
import java.util.List;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Tasks of a neighbourhood were registered, changed, imported or removed; their couplings are already re-evaluated.
 *
 * @param at when the change was made (a listener that runs later, or again, still knows what came before it)
 */
public record TasksChanged(NeighbourhoodId neighbourhood, List<String> changed, List<String> removed, Instant at)
		implements PublicPageChange {

	public TasksChanged {
		changed = List.copyOf(changed);
		removed = List.copyOf(removed);
	}

	/** A change made now. */
	public TasksChanged(NeighbourhoodId neighbourhood, List<String> changed, List<String> removed) {
		this(neighbourhood, changed, removed, Instant.now());
	}
}
