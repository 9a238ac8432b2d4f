package nl.wijkatelier.programme.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.shared.UserIdentity;

/**
 * Puts the logged-in person (if any) on every page as {@code me}, for role-bound forms; the layout reads it as
 * {@code @viewer.me()}, which works on error pages too.
 */
@ControllerAdvice
@Component("viewer")
public class Viewer {

	private final CurrentUsers currentUsers;

	Viewer(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	private static final String CACHE = Viewer.class.getName() + ".me";
	private static final Object NOBODY = new Object();

	/**
	 * Read once per request: the page's model and the layout both ask, and each read loads the person's roles.
	 * This advice runs before every handler, API calls included: anonymous callers and atelier participants are
	 * answered without a database transaction, so a burst of anonymous sign-ups does not queue twice for a pooled
	 * connection (found by benchmarks/load.sh).
	 */
	@ModelAttribute("me")
	public CurrentUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserIdentity)) {
			return null;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return currentUsers.current().orElse(null);
		}
		Object cached = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
		if (cached == null) {
			cached = currentUsers.current().<Object>map(user -> user).orElse(NOBODY);
			request.setAttribute(CACHE, cached, RequestAttributes.SCOPE_REQUEST);
		}
		return cached instanceof CurrentUser user ? user : null;
	}
}
