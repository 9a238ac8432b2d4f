package nl.wijkatelier.works;

import java.util.List;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * New tasks were registered (by the form, the API or an import; not the ones an import replaced), inside the
 * registering transaction; their couplings are already re-evaluated.
 */
public record TasksRegistered(NeighbourhoodId neighbourhood, List<String> codes) implements PublicPageChange {

	public TasksRegistered {
		codes = List.copyOf(codes);
	}
}
