package nl.wijkatelier.action;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import nl.wijkatelier.platform.NavigationItem;

@Configuration
@EnableScheduling
@EnableConfigurationProperties({ ActionProperties.class, ImpactParameters.class })
class ActionConfiguration {

	@Bean
	NavigationItem actionsNavigation() {
		return new NavigationItem(60, "/actions", "nav.actions");
	}
}
