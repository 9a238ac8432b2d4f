package nl.wijkatelier.works;

/**
 * The person may not do this with a coupling proposal (not an officer of an owning party, nor an organiser where
 * that is allowed); answered as 403 with the message-bundle key's sentence, which says who may.
 */
public class CouplingProposalRefusedException extends RuntimeException {

	private final String messageKey;

	public CouplingProposalRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
