package nl.wijkatelier.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who answers for personal data on this installation, shown on the privacy statement; under
 * {@code wijkatelier.privacy}. The organisation running the installation sets its own.
 *
 * @param organisation the controller (verwerkingsverantwoordelijke), e.g. the municipality or programme office
 * @param email where people send questions, requests and objections
 */
@ConfigurationProperties("wijkatelier.privacy")
public record PrivacyContact(String organisation, String email) {

	public PrivacyContact {
		organisation = organisation == null || organisation.isBlank() ? "Wijkatelier" : organisation.trim();
		email = email == null || email.isBlank() ? "privacy@wijkatelier.nl" : email.trim();
	}
}
