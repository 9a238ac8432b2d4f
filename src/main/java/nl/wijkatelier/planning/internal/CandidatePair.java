package nl.wijkatelier.planning.internal;

/** Problem fact: the task at {@code rider} rides along on the one at {@code larger} when their running days overlap. */
public record CandidatePair(int rider, int larger) {
}
