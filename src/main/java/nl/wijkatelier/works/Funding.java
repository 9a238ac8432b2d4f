package nl.wijkatelier.works;

/**
 * A share of a task's cost paid from a budget pot.
 *
 * @param pot the pot's name as in the pots file
 * @param amountCents euro cents, at least 1
 */
public record Funding(String pot, long amountCents) {
}
