package nl.wijkatelier.action;

/** What personal data a template needs from a household; nothing beyond it is stored or shown to organisers. */
public enum ContactNeed {
	/** Only the quantities (an e-mail address is kept only when the household opts in to the network). */
	NONE,
	/** A name and an e-mail address, so a supplier or the organiser can make an offer. */
	EMAIL_AND_ADDRESS;

	public boolean needsContact() {
		return this != NONE;
	}
}
