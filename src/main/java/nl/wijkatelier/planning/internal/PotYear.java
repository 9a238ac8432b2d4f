package nl.wijkatelier.planning.internal;

/** A pot in one calendar year, with what it may spend then, in thousandths of a cent. */
public record PotYear(String pot, int year, long capMilliCents) {
}
