package nl.wijkatelier.programme;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;

/** A neighbourhood was archived: gone from lists and pages, its data kept. */
public record NeighbourhoodArchived(ProgrammeId programme, NeighbourhoodId neighbourhood, String name) implements PublicPageChange {
}
