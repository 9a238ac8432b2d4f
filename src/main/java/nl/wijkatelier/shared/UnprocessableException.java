package nl.wijkatelier.shared;

/**
 * The request is well-formed but cannot be processed as sent (a used Idempotency-Key with a different body);
 * answered as 422 with the message-bundle key's sentence and nothing else.
 */
public class UnprocessableException extends RuntimeException {

	private final String messageKey;

	public UnprocessableException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
