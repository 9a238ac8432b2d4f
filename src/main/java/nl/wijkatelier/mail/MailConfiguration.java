package nl.wijkatelier.mail;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import io.micrometer.core.instrument.MeterRegistry;

import nl.wijkatelier.mail.internal.MailChannel;
import nl.wijkatelier.mail.internal.MailSender;
import nl.wijkatelier.mail.internal.SmtpChannel;

@Configuration
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	/**
	 * The background sender: to the SMTP server, or (catcher on) only the clean-up of old messages. Not named
	 * {@code mailSender}: that is Spring Boot's JavaMailSender.
	 */
	@Bean
	MailSender mailOutboxSender(JdbcTemplate jdbc, MailProperties properties, ObjectProvider<JavaMailSender> smtp,
			MeterRegistry meters, Optional<Clock> clock) {
		Optional<MailChannel> channel = Optional.empty();
		if (!properties.catcher()) {
			JavaMailSender sender = smtp.getIfAvailable();
			if (sender == null) {
				throw new IllegalStateException(
						"wijkatelier.mail.catcher is false but no mail server is set (spring.mail.host)");
			}
			channel = Optional.of(new SmtpChannel(sender, properties.from()));
		}
		return new MailSender(jdbc, channel, properties, clock.orElse(Clock.systemUTC()), meters);
	}
}
