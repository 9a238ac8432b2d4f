package nl.wijkatelier.programme;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.ProgrammeId;

/**
 * A programme was created, or its parties, themes or co-benefit links changed. Published in the transaction of the
 * change.
 */
public record ProgrammeContentChanged(ProgrammeId programme) implements PublicPageChange {
}
