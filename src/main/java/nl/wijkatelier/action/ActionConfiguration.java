package nl.wijkatelier.action;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

import nl.wijkatelier.action.internal.MailCatcher;
import nl.wijkatelier.action.internal.Outbox;
import nl.wijkatelier.action.internal.SmtpOutbox;
import nl.wijkatelier.platform.NavigationItem;

@Configuration
@EnableScheduling
@EnableConfigurationProperties({ ActionProperties.class, ImpactParameters.class })
class ActionConfiguration {

	/** The in-memory catcher when {@code wijkatelier.action.mail.catcher} is true, else the SMTP server. */
	@Bean
	Outbox actionOutbox(ActionProperties properties, ObjectProvider<JavaMailSender> sender, Optional<Clock> clock) {
		if (properties.mail().catcher()) {
			return new MailCatcher(clock.orElse(Clock.systemUTC()));
		}
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			throw new IllegalStateException(
					"wijkatelier.action.mail.catcher is false but no mail server is set (spring.mail.host)");
		}
		return new SmtpOutbox(smtp, properties.mail().from());
	}

	@Bean
	NavigationItem actionsNavigation() {
		return new NavigationItem(60, "/actions", "nav.actions");
	}
}
