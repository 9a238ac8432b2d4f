package nl.wijkatelier.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.wijkatelier.platform.ProblemResponses;

/**
 * Limits login attempts per client address, beside the lock-out per account: someone who tries many accounts
 * (password spraying) from one address is slowed down without locking those accounts' owners out. After
 * {@code maxFailures} failed logins from one address within {@code window}, further logins from it (the login form
 * and the token exchange) are refused until the oldest failure leaves the window. The address is the client's as
 * Tomcat sees it: behind a trusted proxy the one in X-Forwarded-For. The failures are rows in the database
 * ({@code login_failure}), so every instance of the application counts the same ones; the nightly
 * {@link RetentionJob} removes those that have left the window (rule {@code loginFailures}).
 */
@Component
public class LoginThrottle {

	/**
	 * @param maxFailures failed logins allowed per address in the window; 20 leaves room for a household or an office
	 *        behind one address mistyping a few passwords, far below what guessing needs
	 * @param window how long a failure counts (15 minutes, the same as the account lock-out)
	 */
	@ConfigurationProperties("wijkatelier.login.throttle")
	public record Properties(Integer maxFailures, Duration window) {
		public Properties {
			maxFailures = maxFailures == null ? 20 : maxFailures;
			window = window == null ? Duration.ofMinutes(15) : window;
		}
	}

	/** The column's width; longer "addresses" (none that Tomcat reports) are cut, still counted per prefix. */
	private static final int MAX_ADDRESS_LENGTH = 100;

	private final Properties properties;
	private final JdbcClient jdbc;
	private final Clock clock;

	@Autowired
	LoginThrottle(Properties properties, JdbcClient jdbc) {
		this(properties, jdbc, Clock.systemUTC());
	}

	LoginThrottle(Properties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The failures of one address within the window: how many, and when the oldest of them was. */
	private record Recent(int count, Optional<Instant> oldest) {
	}

	/** Whether a login from this address may be tried now. */
	public boolean allows(String address) {
		return recent(address).count() < properties.maxFailures();
	}

	/** Seconds until the next login from this address may be tried (0 when it may now). */
	public long retryAfterSeconds(String address) {
		Recent recent = recent(address);
		if (recent.count() < properties.maxFailures()) {
			return 0;
		}
		Instant free = recent.oldest().orElseThrow().plus(properties.window());
		return Math.max(1, Duration.between(clock.instant(), free).toSeconds());
	}

	void failed(String address) {
		jdbc.sql("insert into login_failure (address, failed_at) values (?, ?)")
				.params(column(address), utc(clock.instant()))
				.update();
	}

	/** Removes the failures at or before {@code cutoff}; once out of the window they no longer count. */
	int forget(Instant cutoff) {
		return jdbc.sql("delete from login_failure where failed_at <= ?").params(utc(cutoff)).update();
	}

	Duration window() {
		return properties.window();
	}

	private Recent recent(String address) {
		// A failure counts while it is strictly after now - window, as it did when the counts lived in memory.
		return jdbc.sql("select count(*), min(failed_at) from login_failure where address = ? and failed_at > ?")
				.params(column(address), utc(clock.instant().minus(properties.window())))
				.query((rs, row) -> new Recent(rs.getInt(1),
						Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
				.single();
	}

	private static String column(String address) {
		return address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			failed(details.getRemoteAddress());
		}
	}

	/**
	 * Refuses a login attempt from an address over the limit before any password is checked: the form is sent back
	 * with a message, the token exchange answers 429 with Retry-After.
	 */
	static final class Filter extends OncePerRequestFilter {

		private final LoginThrottle throttle;
		private final boolean form;

		Filter(LoginThrottle throttle, boolean form) {
			this.throttle = throttle;
			this.form = form;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !"POST".equals(request.getMethod()) || !(form ? "/login" : "/api/v1/tokens").equals(path);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String address = request.getRemoteAddr();
			if (throttle.allows(address)) {
				chain.doFilter(request, response);
				return;
			}
			response.setHeader("Retry-After", String.valueOf(throttle.retryAfterSeconds(address)));
			if (form) {
				response.sendRedirect(request.getContextPath() + "/login?throttled");
			}
			else {
				ProblemResponses.write(response, 429, "Too many failed logins",
						"Too many failed logins from your address; try again after the time in Retry-After.");
			}
		}
	}
}
