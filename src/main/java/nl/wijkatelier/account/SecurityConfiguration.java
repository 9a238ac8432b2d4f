package nl.wijkatelier.account;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import nl.wijkatelier.platform.ProblemResponses;


/**
 * Four filter chains: the actuator's (below), and three for the application. {@code POST /api/v1/tokens} alone
 * accepts HTTP Basic, to trade a login for a token. The rest of {@code /api} is stateless and authenticates only
 * bearer tokens, so no cookie ever authenticates an API call (which is why it needs no CSRF token). The web pages use a session with form login and CSRF.
 * An anonymous visitor of a public page gets its CSRF token in a cookie rather than a session ({@link PublicPageCsrfTokens}).
 * Which caller may do what is decided in the use cases through {@link nl.wijkatelier.programme.CurrentUsers}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; style-src-elem 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; "
			+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt behind a {id} prefix, so the algorithm can be raised later without breaking stored hashes.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(Accounts directory) {
		return email -> directory.principal(email)
				.orElseThrow(() -> new UsernameNotFoundException("no account for this e-mail address"));
	}

	/**
	 * The actuator. Health (with the liveness and readiness probes) and info are open, so Kubernetes and load
	 * balancers can ask without a login. Prometheus metrics are open only on a separate management port
	 * ({@code MANAGEMENT_SERVER_PORT}, which the cluster keeps inside); on the application's port they need an admin
	 * (bearer token or logged-in session).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, List<BearerTokenAuthenticator> authenticators,
			@Value("${server.port:8080}") int serverPort, @Value("${management.server.port:-1}") int managementPort)
			throws Exception {
		boolean separate = managementPort > 0 && managementPort != serverPort;
		http.securityMatcher("/actuator/**")
				.addFilterBefore(new BearerTokenFilter(authenticators), BasicAuthenticationFilter.class)
				.authorizeHttpRequests(auth -> auth
						.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
						.requestMatchers(request -> separate && request.getLocalPort() == managementPort).permitAll()
						.anyRequest().hasRole("ADMIN"))
				.exceptionHandling(ex -> ex
						.authenticationEntryPoint((request, response, e) -> {
							response.setHeader("WWW-Authenticate", "Bearer");
							ProblemResponses.write(response, 401, "Login required",
									"Send an admin's API token as 'Authorization: Bearer ...'.");
						})
						.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, 403, "Forbidden",
								"Only an admin may read the metrics on this port.")))
				.csrf(csrf -> csrf.disable())
				.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenExchange(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
				.addFilterBefore(new LoginThrottle.Filter(throttle, false), BasicAuthenticationFilter.class)
				.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
					response.setHeader("WWW-Authenticate", "Basic realm=\"Wijkatelier\"");
					ProblemResponses.write(response, 401, "Login required",
							"Send your e-mail address and password as HTTP Basic to get a token.");
				}))
				.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, List<BearerTokenAuthenticator> authenticators) throws Exception {
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
				.addFilterBefore(new BearerTokenFilter(authenticators), BasicAuthenticationFilter.class)
				.exceptionHandling(ex -> ex
						.authenticationEntryPoint((request, response, e) -> {
							response.setHeader("WWW-Authenticate", "Bearer");
							ProblemResponses.write(response, 401, "Login required",
									"Send a personal API token as 'Authorization: Bearer ...'.");
						})
						.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, 403, "Forbidden",
								"Your role does not allow this.")))
				.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, EndedSessions endedSessions,
			ObjectProvider<OidcLogin> oidc)
			throws Exception {
		OidcLogin oidcLogin = oidc.getIfAvailable();
		if (oidcLogin != null) {
			oidcLogin.applyTo(http);
		}
		http.addFilterBefore(new LoginThrottle.Filter(throttle, true), UsernamePasswordAuthenticationFilter.class)
				.addFilterAfter(endedSessions.filter(), SecurityContextHolderFilter.class)
				.authorizeHttpRequests(auth -> auth
						.requestMatchers("/profile/**", "/admin/**").authenticated()
						.anyRequest().permitAll())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/profile")
						.failureHandler(new LoginFailureHandler()).permitAll())
				.logout(logout -> logout.logoutSuccessUrl("/?logout"))
				.csrf(csrf -> csrf.csrfTokenRepository(new PublicPageCsrfTokens()))
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}
}
