package nl.wijkatelier.account;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.wijkatelier.account.internal.UserAccountRepository;

/**
 * Ends web sessions an account no longer accepts: a session whose login happened before the account's
 * "sessions valid after" moment (set by a password reset) is invalidated on its next request, which then goes on
 * as anonymous. The login moment is kept in the session itself, so this works with any session store (in memory or
 * in the database) and on every instance.
 */
@Component
class EndedSessions {

	/** Epoch milliseconds of the login that made the session; sessions from before it existed use their creation. */
	static final String LOGGED_IN_AT = "wijkatelier.loggedInAt";

	private final UserAccountRepository users;

	EndedSessions(UserAccountRepository users) {
		this.users = users;
	}

	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().getSession().setAttribute(LOGGED_IN_AT, System.currentTimeMillis());
		}
	}

	/** Whether the session, logged in at {@code loggedInAt}, still counts for the account. */
	boolean stillValid(AccountPrincipal principal, Instant loggedInAt) {
		Optional<Instant> validAfter = users.findById(principal.userId().value())
				.flatMap(UserAccount::sessionsValidAfter);
		return validAfter.isEmpty() || !loggedInAt.isBefore(validAfter.get());
	}

	Filter filter() {
		return new Filter(this);
	}

	static final class Filter extends OncePerRequestFilter {

		private final EndedSessions sessions;

		Filter(EndedSessions sessions) {
			this.sessions = sessions;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			if (session != null) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
						&& !sessions.stillValid(principal, loggedInAt(session))) {
					session.invalidate();
					SecurityContextHolder.clearContext();
				}
			}
			chain.doFilter(request, response);
		}

		private static Instant loggedInAt(HttpSession session) {
			return session.getAttribute(LOGGED_IN_AT) instanceof Long millis ? Instant.ofEpochMilli(millis)
					: Instant.ofEpochMilli(session.getCreationTime());
		}
	}
}
