package nl.wijkatelier.account;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for tests: Spring Authorization Server in its own small Spring context on a random port,
 * with a login form, one client and people whose e-mail claims a test sets ({@link #person}). It asks for consent,
 * as a municipality's provider may.
 */
final class OpenIdProvider implements AutoCloseable {

	static final String CLIENT_ID = "wijkatelier";
	static final String CLIENT_SECRET = "client-secret-for-tests";
	static final String PASSWORD = "provider-password";

	/** What the provider says about a person; {@code email} may be changed between logins. */
	record Claims(String email, boolean emailVerified, String name) {
	}

	/** Claims by username at the provider. */
	private static final Map<String, Claims> PEOPLE = new ConcurrentHashMap<>();
	/** The application's redirect URI, known only once it has its port. */
	private static volatile String redirectUri = "http://127.0.0.1/login/oauth2/code/oidc";

	private final AnnotationConfigServletWebServerApplicationContext context;

	private OpenIdProvider(AnnotationConfigServletWebServerApplicationContext context) {
		this.context = context;
	}

	static OpenIdProvider start() {
		return new OpenIdProvider(new AnnotationConfigServletWebServerApplicationContext(Setup.class));
	}

	/** The issuer, on "localhost", so its cookies stay apart from the application's on 127.0.0.1. */
	String issuer() {
		return "http://localhost:" + context.getWebServer().getPort();
	}

	static void person(String username, Claims claims) {
		PEOPLE.put(username, claims);
	}

	static void applicationAt(String baseUrl) {
		redirectUri = baseUrl + "/login/oauth2/code/oidc";
	}

	@Override
	public void close() {
		context.close();
	}

	/** Deliberately no {@code @Configuration}: the application's component scan must not find it. */
	@EnableWebSecurity
	static class Setup {

		@Bean
		TomcatServletWebServerFactory webServer() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
			// a servlet behind every path, so that requests reach the security filters (which answer them all)
			factory.setRegisterDefaultServlet(true);
			return factory;
		}

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
					.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
					.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
					.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
							new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService people() {
			return username -> {
				if (!PEOPLE.containsKey(username)) {
					throw new UsernameNotFoundException(username);
				}
				return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
			};
		}

		@Bean
		RegisteredClientRepository clients() {
			return new RegisteredClientRepository() {

				@Override
				public void save(RegisteredClient registeredClient) {
					// the client is made afresh on each look-up (for the application's port); nothing to keep
				}

				@Override
				public RegisteredClient findById(String id) {
					return id.equals(CLIENT_ID) ? client() : null;
				}

				@Override
				public RegisteredClient findByClientId(String clientId) {
					return clientId.equals(CLIENT_ID) ? client() : null;
				}
			};
		}

		private static RegisteredClient client() {
			return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
					.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
					.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
					.redirectUri(redirectUri)
					.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
					.clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).build())
					.build();
		}

		/** The person's e-mail claims in the ID token (and so in the user info, which repeats them). */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims() {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					Claims claims = PEOPLE.get(context.getPrincipal().getName());
					context.getClaims().claim("email", claims.email()).claim("email_verified", claims.emailVerified())
							.claim("name", claims.name());
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
					.keyID(UUID.randomUUID().toString()).build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}
	}
}
