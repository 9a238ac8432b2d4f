package nl.wijkatelier.atelier;

/** Someone who spoke at the atelier, with their role as the report names it. */
public record Speaker(String name, String role) {
}
