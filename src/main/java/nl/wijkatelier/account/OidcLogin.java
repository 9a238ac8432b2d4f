package nl.wijkatelier.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Login with OpenID Connect (authorization code flow) beside the password form, present only when
 * {@code wijkatelier.oidc.issuer-uri} is set. After the provider's login the session holds the same principal as a
 * password login ({@link AccountPrincipal}), so roles, the audit log and logout work alike; who may log in as whom
 * is {@link OidcAccounts}'s decision.
 */
@Component
@Conditional(OidcLogin.Configured.class)
public class OidcLogin {

	static final String REGISTRATION = "oidc";
	static final String REFUSAL_PREFIX = "wijkatelier_";
	private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

	static class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String issuer = context.getEnvironment().getProperty(OidcProperties.ISSUER_PROPERTY, "");
			return !issuer.isBlank();
		}
	}

	private final OidcProperties properties;
	private final OidcAccounts accounts;
	private final OidcUserService users = new OidcUserService();
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
	private final ClientRegistrationRepository registrations = new DiscoveredRegistration();

	OidcLogin(OidcProperties properties, OidcAccounts accounts) {
		this.properties = properties;
		this.accounts = accounts;
		target.setDefaultTargetUrl("/profile");
	}

	/** The name on the login button. */
	public String displayName() {
		return properties.providerName();
	}

	/** Where the login button goes: the start of the authorization code flow. */
	public String authorizationPath() {
		return "/oauth2/authorization/" + REGISTRATION;
	}

	void applyTo(HttpSecurity http) throws Exception {
		http.oauth2Login(oauth -> oauth.loginPage("/login")
				.clientRegistrationRepository(registrations)
				// the provider's tokens are not used after the login; kept with the session, gone with it
				.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
				.successHandler(this::loggedIn)
				.failureHandler(this::refused));
	}

	private OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = users.loadUser(request);
		String issuer = request.getClientRegistration().getProviderDetails().getIssuerUri();
		try {
			AccountPrincipal account = accounts.logIn(new OidcAccounts.Identity(issuer, user.getSubject(),
					user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName()));
			return new LinkedUser(user, account, issuer);
		}
		catch (OidcAccounts.RefusedException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error(REFUSAL_PREFIX + ex.refusal().code()),
					ex.getMessage(), ex);
		}
	}

	/** Puts the account's principal in the session in place of the provider's identity. */
	private void loggedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		LinkedUser user = (LinkedUser) authentication.getPrincipal();
		Authentication account = UsernamePasswordAuthenticationToken.authenticated(user.account(), null,
				user.account().getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(account);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		accounts.recordLogin(user.account(), user.issuer());
		target.onAuthenticationSuccess(request, response, account);
	}

	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String reason = "failed";
		if (ex instanceof OAuth2AuthenticationException oauth
				&& oauth.getError().getErrorCode().startsWith(REFUSAL_PREFIX)) {
			reason = oauth.getError().getErrorCode().substring(REFUSAL_PREFIX.length());
		}
		else {
			String message = String.valueOf(ex.getMessage());
			// the provider's error page may come along in the message
			log.warn("OpenID login at {} failed: {}", properties.issuerUri(),
					message.substring(0, Math.min(message.length(), 500)));
		}
		new DefaultRedirectStrategy().sendRedirect(request, response, "/login?oidc=" + reason);
	}

	/** The provider's identity with the account it logs in as; lives only until {@link #loggedIn}. */
	static final class LinkedUser extends DefaultOidcUser {

		private final AccountPrincipal account;
		private final String issuer;

		LinkedUser(OidcUser user, AccountPrincipal account, String issuer) {
			super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
			this.account = account;
			this.issuer = issuer;
		}

		AccountPrincipal account() {
			return account;
		}

		String issuer() {
			return issuer;
		}
	}

	/**
	 * The provider's settings from its discovery document, read on the first login rather than at start-up, so the
	 * application starts (and password logins work) while the provider is unreachable.
	 */
	private final class DiscoveredRegistration implements ClientRegistrationRepository {

		private volatile ClientRegistration registration;

		@Override
		public ClientRegistration findByRegistrationId(String registrationId) {
			if (!REGISTRATION.equals(registrationId)) {
				return null;
			}
			ClientRegistration found = registration;
			if (found == null) {
				synchronized (this) {
					if (registration == null) {
						registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri().trim())
								.registrationId(REGISTRATION)
								.clientId(properties.clientId())
								.clientSecret(properties.clientSecret())
								.scope("openid", "profile", "email")
								.clientName(properties.providerName())
								.build();
					}
					found = registration;
				}
			}
			return found;
		}
	}
}
