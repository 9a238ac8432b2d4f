package nl.wijkatelier.platform;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * NL API Design Rules /core/version-header: every answer of the API, refusals and errors included, carries the
 * full version of the API in {@code API-Version} (the OpenAPI document's {@code info.version}). Set before anything
 * else runs, so the answers of the security filters and the error pages carry it too. Also serves the OpenAPI
 * document at {@value #OPENAPI_JSON} (/core/doc-openapi), as springdoc's {@code /v3/api-docs} with another name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeader extends OncePerRequestFilter {

	static final String HEADER = "API-Version";
	static final String OPENAPI_JSON = "/api/v1/openapi.json";
	private static final String SPRINGDOC = "/v3/api-docs";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") && !path.equals(SPRINGDOC) && !path.startsWith(SPRINGDOC + "/");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, ApiDocumentation.VERSION);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(OPENAPI_JSON) && request.getDispatcherType() == DispatcherType.REQUEST
				&& ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			request.getRequestDispatcher(SPRINGDOC).forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}
}
