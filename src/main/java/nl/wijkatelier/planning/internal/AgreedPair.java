package nl.wijkatelier.planning.internal;

/** Problem fact: the tasks at {@code a} and {@code b} are in one agreed package, so their running days overlap. */
public record AgreedPair(int a, int b) {
}
