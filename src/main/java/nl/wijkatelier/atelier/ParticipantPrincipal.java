package nl.wijkatelier.atelier;

/** The principal of a participant calling with their participant token: no account, one atelier. */
public record ParticipantPrincipal(ParticipantId participant, AtelierId atelier) {
}
