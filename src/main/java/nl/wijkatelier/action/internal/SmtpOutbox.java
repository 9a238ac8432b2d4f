package nl.wijkatelier.action.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends e-mail through the mail server configured under {@code spring.mail.*}. */
public class SmtpOutbox implements Outbox {

	private static final Logger log = LoggerFactory.getLogger(SmtpOutbox.class);

	private final JavaMailSender sender;
	private final String from;

	public SmtpOutbox(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("could not send e-mail '{}': {}", subject, ex.getMessage());
		}
	}
}
