package nl.wijkatelier.action;

/**
 * The answer to a sign-up: its id and the private token of its manage link.
 *
 * @param repeated true when this answered a repeat of an earlier request (same idempotency key)
 */
public record SignupReceipt(SignupId signupId, String manageToken, boolean repeated) {
}
