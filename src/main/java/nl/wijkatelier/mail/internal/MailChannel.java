package nl.wijkatelier.mail.internal;

/** Hands one e-mail to the outside world; throws when it was not accepted, so the sender tries again later. */
public interface MailChannel {

	void deliver(String to, String subject, String body) throws Exception;
}
