package nl.wijkatelier.programme;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;

/** A neighbourhood's details were edited. */
public record NeighbourhoodChanged(ProgrammeId programme, NeighbourhoodId neighbourhood, String name) implements PublicPageChange {
}
