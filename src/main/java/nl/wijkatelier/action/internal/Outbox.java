package nl.wijkatelier.action.internal;

/** Sends one plain-text e-mail; implementations never throw for a single failed recipient, they log it. */
public interface Outbox {

	void send(String to, String subject, String body);
}
