package nl.wijkatelier.programme;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;

/** A neighbourhood joined a programme. */
public record NeighbourhoodRegistered(ProgrammeId programme, NeighbourhoodId neighbourhood, String name) implements PublicPageChange {
}
