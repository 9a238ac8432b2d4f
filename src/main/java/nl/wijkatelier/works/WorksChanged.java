package nl.wijkatelier.works;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * A neighbourhood's budget pots or coupling proposals changed (its tasks' changes are {@link TasksChanged}).
 * Published in the transaction of the change.
 */
public record WorksChanged(NeighbourhoodId neighbourhood) implements PublicPageChange {
}
