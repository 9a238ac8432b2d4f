package nl.wijkatelier.account;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkatelier.platform.PublicPageCache;

/**
 * Where a page's CSRF token is kept: in the session, as always, except for an anonymous visitor without a session
 * reading a public page ({@link PublicPageCache}, e.g. an action's sign-up form), who gets it in a cookie of its own
 * (HttpOnly, SameSite=Lax; the form sends it back masked per page) and so no session: the public pages then cost no
 * session write each. A post is checked against the session's token when there is one, else against the cookie's.
 */
final class PublicPageCsrfTokens implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	PublicPageCsrfTokens() {
		cookies.setCookieName("wijkatelier-csrf");
		cookies.setHeaderName("X-CSRF-TOKEN");
		cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			sessions.saveToken(null, request, response);
			if (cookies.loadToken(request) != null) {
				cookies.saveToken(null, request, response);
			}
		}
		else if (request.getSession(false) == null && PublicPageCache.isPublicPage(request)) {
			cookies.saveToken(token, request, response);
		}
		else {
			sessions.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = sessions.loadToken(request);
		return token != null ? token : cookies.loadToken(request);
	}
}
