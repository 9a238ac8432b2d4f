package nl.wijkatelier.shared;

/**
 * The logged-in person as the security context holds them, readable by every module without knowing how
 * they logged in. The admin flag is read at login (or, for API tokens, at each call).
 */
public interface UserIdentity {

	UserId userId();

	String email();

	String displayName();

	boolean admin();
}
