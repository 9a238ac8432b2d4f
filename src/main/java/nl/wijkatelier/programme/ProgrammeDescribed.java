package nl.wijkatelier.programme;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.ProgrammeId;

/** A programme's name, description or region was changed. */
public record ProgrammeDescribed(ProgrammeId programme, String name) implements PublicPageChange {
}
