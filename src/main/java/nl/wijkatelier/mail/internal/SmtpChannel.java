package nl.wijkatelier.mail.internal;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Delivers through the mail server configured under {@code spring.mail.*}. */
public class SmtpChannel implements MailChannel {

	private final JavaMailSender sender;
	private final String from;

	public SmtpChannel(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void deliver(String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		sender.send(message);
	}
}
