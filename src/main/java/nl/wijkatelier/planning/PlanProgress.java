package nl.wijkatelier.planning;

/**
 * A new best schedule found during a run.
 *
 * @param elapsedMillis since the run started
 * @param hardPenalty the hard score's size: 0 once every hard rule holds
 * @param objectiveCents the best schedule's objective (saving minus shift penalty), in euro cents
 */
public record PlanProgress(long elapsedMillis, long hardPenalty, long objectiveCents) {
}
