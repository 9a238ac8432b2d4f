package nl.wijkatelier.programme;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.ProgrammeId;

/** A programme was created with its default themes. */
public record ProgrammeStarted(ProgrammeId programme, String slug, String name) implements PublicPageChange {
}
