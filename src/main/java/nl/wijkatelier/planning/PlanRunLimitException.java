package nl.wijkatelier.planning;

/**
 * A new run would exceed a limit on runs at the same time; nothing was started.
 *
 * @param messageKey names the limit, with {@code limit} as its argument
 */
public class PlanRunLimitException extends RuntimeException {

	private final String messageKey;
	private final int limit;

	public PlanRunLimitException(String messageKey, int limit) {
		super(messageKey + " (" + limit + ")");
		this.messageKey = messageKey;
		this.limit = limit;
	}

	public String messageKey() {
		return messageKey;
	}

	public int limit() {
		return limit;
	}
}
