package nl.wijkatelier.platform;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} asked for by a client, rather than reached by the container after an error, has no status to show:
 * Spring Boot's error controller would answer it with the made-up status 999. It is no page of ours, so it answers
 * 404 with the ordinary "not found" page or problem detail. Forwards and error dispatches to {@code /error} (how every
 * real error reaches it) pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DirectErrorRequests extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getDispatcherType() != DispatcherType.REQUEST
				|| !request.getRequestURI().equals(request.getContextPath() + "/error")
						&& !request.getRequestURI().startsWith(request.getContextPath() + "/error/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
