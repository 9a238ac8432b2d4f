package nl.wijkatelier.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.wijkatelier.platform.ProblemResponses;
import nl.wijkatelier.shared.ClientAddresses;
import nl.wijkatelier.shared.Tokens;

/**
 * Limits failed logins in two ways, both per client address, so that nobody can lock the rightful owner out
 * everywhere:
 * <ul>
 * <li>per address and account (the e-mail address typed, whether or not it has an account): the first
 * {@code accountFreeFailures} failures in {@code window} cost nothing; after each further one the next attempt of
 * that pair waits {@code accountFirstDelay}, doubling per failure; at {@code accountMaxFailures} failures in the
 * window the pair is refused until the oldest of them leaves it. The owner logging in from another address is not
 * affected, and neither are sessions or API tokens;</li>
 * <li>per address (password spraying over many accounts): after {@code maxFailures} failed logins from one address
 * within {@code window}, every login from it is refused until the oldest failure leaves the window.</li>
 * </ul>
 * A refused attempt is answered at once, before any password is checked, with the seconds to wait (the form's
 * redirect and the token exchange's 429 carry Retry-After); no thread sleeps. The same happens for addresses with
 * and without an account. The address is the client's as Tomcat sees it: behind a trusted proxy the one in
 * X-Forwarded-For; an IPv6 address counts as its /64 network, as one client can use any address in it. The failures
 * are rows in the database ({@code login_failure}), so every instance counts the same
 * ones; the nightly {@link RetentionJob} removes those that have left the window (rule {@code loginFailures}).
 */
@Component
public class LoginThrottle {

	/**
	 * @param maxFailures failed logins allowed per client address in the window; 20 leaves room for a household or an
	 *        office behind one address mistyping a few passwords, far below what guessing needs
	 * @param window how long a failure counts (15 minutes, as long as the account lock-out this replaced lasted)
	 * @param accountFreeFailures failures of one address and account in the window that carry no wait (3: a few typos)
	 * @param accountFirstDelay the wait after the first failure beyond the free ones, doubled after each further one
	 *        (1 s: with the defaults 1, 2, 4, 8, 16, 32 and 64 s before the 4th to the 10th attempt)
	 * @param accountMaxFailures failures of one address and account in the window after which that pair is refused
	 *        until the oldest leaves the window (10: at most 10 guesses per account and address per quarter hour)
	 */
	@ConfigurationProperties("wijkatelier.login.throttle")
	public record Properties(Integer maxFailures, Duration window, Integer accountFreeFailures,
			Duration accountFirstDelay, Integer accountMaxFailures) {
		public Properties {
			maxFailures = maxFailures == null ? 20 : maxFailures;
			window = window == null ? Duration.ofMinutes(15) : window;
			accountFreeFailures = accountFreeFailures == null ? 3 : accountFreeFailures;
			accountFirstDelay = accountFirstDelay == null ? Duration.ofSeconds(1) : accountFirstDelay;
			accountMaxFailures = accountMaxFailures == null ? 10 : accountMaxFailures;
		}

		/** The wait after the {@code failures}-th failure of a pair (zero within the free ones). */
		Duration accountDelayAfter(int failures) {
			if (failures < accountFreeFailures) {
				return Duration.ZERO;
			}
			return accountFirstDelay.multipliedBy(1L << Math.min(20, failures - accountFreeFailures));
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

	/**
	 * Seconds until the next login from this address for this typed e-mail address may be tried (0 when it may now),
	 * by the rule per address and account; the same for addresses with and without an account.
	 */
	public long retryAfterSeconds(String address, String username) {
		List<Instant> failures = jdbc.sql("select failed_at from login_failure "
				+ "where address = ? and account_key = ? and failed_at > ? order by failed_at")
				.params(column(address), accountKey(username), utc(clock.instant().minus(properties.window())))
				.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
				.list();
		int count = failures.size();
		Instant free;
		if (count >= properties.accountMaxFailures()) {
			// allowed again once the count in the window drops below the maximum
			free = failures.get(count - properties.accountMaxFailures()).plus(properties.window());
		}
		else if (count > 0) {
			free = failures.get(count - 1).plus(properties.accountDelayAfter(count));
		}
		else {
			return 0;
		}
		long millis = Duration.between(clock.instant(), free).toMillis();
		return millis <= 0 ? 0 : (millis + 999) / 1000;
	}

	void failed(String address) {
		jdbc.sql("insert into login_failure (address, failed_at) values (?, ?)")
				.params(column(address), utc(clock.instant()))
				.update();
	}

	void failed(String address, String username) {
		jdbc.sql("insert into login_failure (address, account_key, failed_at) values (?, ?, ?)")
				.params(column(address), accountKey(username), utc(clock.instant()))
				.update();
	}

	/** The pair starts afresh; its failures still count for the address, so a success does not reset spraying. */
	void succeeded(String address, String username) {
		jdbc.sql("update login_failure set account_key = null where address = ? and account_key = ?")
				.params(column(address), accountKey(username))
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

	/** A pseudonym of the typed e-mail address: the same for every spelling in upper or lower case. */
	static String accountKey(String username) {
		return Tokens.hash(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	/** The address as counted: IPv6 per /64 network ({@link ClientAddresses}), cut to the column's width. */
	private static String column(String address) {
		String key = ClientAddresses.countingKey(address);
		return key.length() > MAX_ADDRESS_LENGTH ? key.substring(0, MAX_ADDRESS_LENGTH) : key;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			failed(details.getRemoteAddress(), event.getAuthentication().getName());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication
				&& authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			succeeded(details.getRemoteAddress(), authentication.getName());
		}
	}

	/**
	 * Refuses a login attempt over a limit before any password is checked: the form is sent back with a message
	 * ({@code /login?throttled} for the address, {@code /login?wait=<seconds>} for the address and account), the
	 * token exchange answers 429; both with Retry-After.
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
			if (!throttle.allows(address)) {
				refuse(request, response, throttle.retryAfterSeconds(address), "/login?throttled");
				return;
			}
			long wait = throttle.retryAfterSeconds(address, form ? request.getParameter("username") : basicUser(request));
			if (wait > 0) {
				refuse(request, response, wait, "/login?wait=" + wait);
				return;
			}
			chain.doFilter(request, response);
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds, String page)
				throws IOException {
			response.setHeader("Retry-After", String.valueOf(seconds));
			if (form) {
				response.sendRedirect(request.getContextPath() + page);
			}
			else {
				ProblemResponses.write(response, 429, "Too many failed logins",
						"Too many failed logins; try again after the time in Retry-After.");
			}
		}

		/** The user name of an HTTP Basic header, or empty when there is none or it is malformed. */
		static String basicUser(HttpServletRequest request) {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
				return "";
			}
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? "" : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException ex) {
				return "";
			}
		}
	}
}
