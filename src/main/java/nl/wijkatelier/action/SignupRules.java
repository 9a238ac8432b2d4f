package nl.wijkatelier.action;

/**
 * The organiser's optional rules for an action's sign-ups.
 *
 * @param onePerAddress one sign-up per postcode and house number: a second for the same address is refused while
 *        the first is active or pending (a cancelled or voided one frees the address)
 * @param emailConfirmation a sign-up counts towards households, totals and thresholds only after its household
 *        opened the mailed confirmation link and confirmed
 */
public record SignupRules(boolean onePerAddress, boolean emailConfirmation) {

	public static final SignupRules NONE = new SignupRules(false, false);
}
