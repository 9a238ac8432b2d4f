package nl.wijkatelier.knowledge;

import java.util.UUID;

/** A resource was added or changed ({@code removed} false) or removed ({@code removed} true). */
public record ResourceChanged(UUID resource, boolean removed) {
}
