package nl.wijkatelier.platform;

/**
 * A client sent more requests of one kind than its limit allows; answered as 429 with {@code Retry-After} and the
 * message-bundle key's sentence.
 */
public class RateLimitedException extends RuntimeException {

	private final String messageKey;
	private final long retryAfterSeconds;

	public RateLimitedException(String messageKey, long retryAfterSeconds) {
		super(messageKey);
		this.messageKey = messageKey;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public String messageKey() {
		return messageKey;
	}

	/** Whole seconds, at least 1. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
