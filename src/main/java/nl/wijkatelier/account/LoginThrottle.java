package nl.wijkatelier.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
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
 * Tomcat sees it: behind a trusted proxy the one in X-Forwarded-For. Kept in memory, per instance.
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

	/** More addresses than this are not tracked at once; the oldest entries go first (memory stays bounded). */
	private static final int MAX_ADDRESSES = 100_000;

	private final Properties properties;
	private final Clock clock;
	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(Properties properties) {
		this(properties, Clock.systemUTC());
	}

	LoginThrottle(Properties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether a login from this address may be tried now. */
	public boolean allows(String address) {
		Deque<Instant> recent = failures.get(address);
		if (recent == null) {
			return true;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() < properties.maxFailures();
		}
	}

	/** Seconds until the next login from this address may be tried (0 when it may now). */
	public long retryAfterSeconds(String address) {
		Deque<Instant> recent = failures.get(address);
		if (recent == null) {
			return 0;
		}
		synchronized (recent) {
			prune(recent);
			if (recent.size() < properties.maxFailures()) {
				return 0;
			}
			return Math.max(1, Duration.between(clock.instant(), recent.peekFirst().plus(properties.window())).toSeconds());
		}
	}

	void failed(String address) {
		if (failures.size() >= MAX_ADDRESSES) {
			failures.entrySet().removeIf(e -> {
				synchronized (e.getValue()) {
					prune(e.getValue());
					return e.getValue().isEmpty();
				}
			});
			if (failures.size() >= MAX_ADDRESSES) {
				failures.clear();
			}
		}
		Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(clock.instant());
		}
	}

	private void prune(Deque<Instant> recent) {
		Instant cutoff = clock.instant().minus(properties.window());
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
			recent.removeFirst();
		}
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
