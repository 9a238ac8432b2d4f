package nl.wijkatelier.programme;

import java.util.UUID;

import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserId;

/** A person is no longer admin of a programme. */
public record ProgrammeAdminDismissed(ProgrammeId programme, UserId user, UUID membership) {
}
