package nl.wijkatelier.knowledge;

import java.util.UUID;

/** A tip was shared ({@code removed} false) or removed by an admin ({@code removed} true). */
public record TipChanged(UUID tip, boolean removed) {
}
