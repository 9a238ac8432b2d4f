package nl.wijkatelier.atelier;

/** Something changed in an open atelier (a contribution, a support, a moderation); live screens refresh. */
public record AtelierActivity(AtelierId atelier) {
}
