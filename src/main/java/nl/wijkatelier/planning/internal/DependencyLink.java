package nl.wijkatelier.planning.internal;

/** Problem fact: the task at {@code after} may start only once the one at {@code before} has ended. */
public record DependencyLink(int before, int after) {
}
