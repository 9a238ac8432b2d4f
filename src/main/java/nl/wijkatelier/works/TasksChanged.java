package nl.wijkatelier.works;

import java.util.List;

import nl.wijkatelier.shared.NeighbourhoodId;

/** Tasks of a neighbourhood were registered, changed, imported or removed; their couplings are already re-evaluated. */
public record TasksChanged(NeighbourhoodId neighbourhood, List<String> changed, List<String> removed) {

	public TasksChanged {
		changed = List.copyOf(changed);
		removed = List.copyOf(removed);
	}
}
