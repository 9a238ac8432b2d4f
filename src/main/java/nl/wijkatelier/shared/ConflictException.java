package nl.wijkatelier.shared;

/**
 * The request is well-formed but the object's state does not allow it (an atelier already closed, a code
 * already used); answered as 409 with the message-bundle key's sentence.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;
	private final Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
