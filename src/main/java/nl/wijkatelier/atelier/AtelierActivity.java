package nl.wijkatelier.atelier;

import nl.wijkatelier.platform.PublicPageChange;

/** Something changed in an open atelier (a contribution, a support, a moderation); live screens refresh. */
public record AtelierActivity(AtelierId atelier) implements PublicPageChange {
}
