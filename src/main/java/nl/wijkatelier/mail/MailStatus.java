package nl.wijkatelier.mail;

/** Where a queued e-mail stands. */
public enum MailStatus {
	/** Waiting for (another) delivery attempt. */
	QUEUED,
	/** Accepted by the mail server. */
	SENT,
	/** Given up after the last allowed attempt; kept, with its last error, for someone to look at. */
	FAILED,
	/** Kept in the database instead of sent (the demo's mail catcher); never delivered, also not later. */
	CAUGHT
}
