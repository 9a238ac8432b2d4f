package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The rate limits bind from the environment names the documentation gives ({@code WIJKATELIER_LIMITS_SIGNUPS_PER_MINUTE}
 * and its siblings), through the application's own application.yml, and keep their defaults without them.
 */
class RateLimitPropertiesTest {

	@Test
	void theDocumentedEnvironmentNamesSetTheLimits() throws IOException {
		RateLimitProperties limits = bind(Map.of("WIJKATELIER_LIMITS_SIGNUPS_PER_MINUTE", "7",
				"WIJKATELIER_LIMITS_FAILED_JOINS_PER_MINUTE", "8", "WIJKATELIER_LIMITS_ADDRESS_LOOKUPS_PER_MINUTE", "9"));

		assertThat(limits.signupsPerMinute()).isEqualTo(7);
		assertThat(limits.failedJoinsPerMinute()).isEqualTo(8);
		assertThat(limits.addressLookupsPerMinute()).isEqualTo(9);
	}

	@Test
	void withoutThemTheDefaultsHold() throws IOException {
		RateLimitProperties limits = bind(Map.of());

		assertThat(limits.signupsPerMinute()).isEqualTo(60);
		assertThat(limits.failedJoinsPerMinute()).isEqualTo(20);
		assertThat(limits.addressLookupsPerMinute()).isEqualTo(30);
	}

	private static RateLimitProperties bind(Map<String, Object> environment) throws IOException {
		StandardEnvironment spring = new StandardEnvironment();
		spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		spring.getPropertySources().addLast(
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.forEach(spring.getPropertySources()::addLast);
		return Binder.get(spring).bindOrCreate("wijkatelier.limits", RateLimitProperties.class);
	}
}
