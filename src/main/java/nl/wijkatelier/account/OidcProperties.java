package nl.wijkatelier.account;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login with OpenID Connect at one provider (a municipality's Keycloak, Entra ID, ...), from
 * {@code WIJKATELIER_OIDC_ISSUER_URI}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET} and optionally
 * {@code _DISPLAY_NAME} (the name on the login button; the issuer's host when not set). Without an issuer there is
 * no OpenID login at all.
 */
@ConfigurationProperties("wijkatelier.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret, String displayName) {

	static final String ISSUER_PROPERTY = "wijkatelier.oidc.issuer-uri";

	public boolean configured() {
		return issuerUri != null && !issuerUri.isBlank();
	}

	/** The provider's name for people: the display name, or else the issuer's host. */
	public String providerName() {
		if (displayName != null && !displayName.isBlank()) {
			return displayName.trim();
		}
		String host = configured() ? URI.create(issuerUri.trim()).getHost() : null;
		return host == null ? "OpenID Connect" : host;
	}
}
