package nl.wijkatelier.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MailPropertiesTest {

	@Test
	void theWaitBetweenAttemptsDoublesFromTheFirstRetryUpToTheCap() {
		MailProperties properties = new MailProperties(null, false, "https://wijk.example.org/", null, null,
				Duration.ofSeconds(30), Duration.ofHours(1), 20, null, null);
		assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.retryDelay(4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(properties.retryDelay(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(properties.retryDelay(8)).isEqualTo(Duration.ofHours(1));
		assertThat(properties.retryDelay(1_000)).isEqualTo(Duration.ofHours(1));
		assertThat(properties.publicUrl()).isEqualTo("https://wijk.example.org");
	}

	@Test
	void defaultsApplyAndNonsenseIsRefused() {
		MailProperties defaults = new MailProperties(null, true, null, null, null, null, null, null, null, null);
		assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(defaults.maxAttempts()).isEqualTo(20);
		assertThat(defaults.claimFor()).isEqualTo(Duration.ofMinutes(5));
		assertThatThrownBy(() -> new MailProperties(null, true, null, Duration.ZERO, null, null, null, null, null, null))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MailProperties(null, true, null, null, null, null, null, 0, null, null))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
