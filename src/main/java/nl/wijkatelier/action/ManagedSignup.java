package nl.wijkatelier.action;

/** A sign-up reached through its manage link, with its action. */
public record ManagedSignup(Signup signup, Action action) {
}
