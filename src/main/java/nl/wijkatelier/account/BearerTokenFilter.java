package nl.wijkatelier.account;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.wijkatelier.platform.ProblemResponses;


/**
 * Authenticates {@code Authorization: Bearer} tokens through every {@link BearerTokenAuthenticator}. A bearer
 * token that none of them knows is answered with 401 at once, rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final List<BearerTokenAuthenticator> authenticators;

	BearerTokenFilter(List<BearerTokenAuthenticator> authenticators) {
		this.authenticators = List.copyOf(authenticators);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(SCHEME.length()).trim();
		Optional<Authentication> authentication = token.isEmpty() || token.length() > 200 ? Optional.empty()
				: authenticators.stream().map(a -> a.authenticate(token)).flatMap(Optional::stream).findFirst();
		if (authentication.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			ProblemResponses.write(response, 401, "Invalid token",
					"The bearer token is unknown, revoked or expired.");
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(authentication.get());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
