package nl.wijkatelier.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first programme admin, from {@code WIJKATELIER_ADMIN_EMAIL} and {@code WIJKATELIER_ADMIN_PASSWORD}. When
 * no password is set, the first start makes a random one and prints it once in the log.
 */
@ConfigurationProperties("wijkatelier.admin")
public record AdminProperties(String email, String password) {

	public AdminProperties {
		email = email == null || email.isBlank() ? "admin@wijkatelier.local" : email.trim();
	}
}
