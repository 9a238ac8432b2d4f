package nl.wijkatelier.planning.internal;

/** What one task spends from a pot in a year at its current start, in thousandths of a cent. */
public record Spend(PotYear potYear, long milliCents, String taskId) {
}
