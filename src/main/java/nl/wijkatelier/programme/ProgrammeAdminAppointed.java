package nl.wijkatelier.programme;

import java.util.UUID;

import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserId;

/** A person was made admin of a programme. */
public record ProgrammeAdminAppointed(ProgrammeId programme, UserId user, UUID membership) {
}
