package nl.wijkatelier.platform;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the {@link PublicPage}s to anonymous visitors from the HTML this instance rendered earlier, as long as the
 * version of the data behind the page (read from the database on every request, one indexed query) is the one it was
 * rendered from; otherwise renders it once more and keeps that. So the figures on a page are computed once per
 * change and instance rather than once per view, and an instance never serves a page older than a change another
 * instance committed.
 * <p>
 * Only GETs without a session, a login or a language switch ({@code ?lang=}, which sets a cookie) are served so, and
 * only answers 200 are kept, per address with its query and language. What must differ per view is put in afresh:
 * the CSRF token of the visitor (in a cookie, so no session is made: see the account module's CSRF token repository) and values made with {@link #freshValue} (a form's
 * idempotency token). Pages without such values get an ETag and answer 304 to a browser that already has them.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class PublicPageCache extends OncePerRequestFilter {

	/**
	 * Pages kept per instance, the least recently served dropped first: the public pages of a large programme (some
	 * hundred neighbourhoods and actions, two languages) and the commonest searches, at about 10-20 kB each.
	 */
	static final int CAPACITY = 2_000;
	private static final String FRESH_VALUES = PublicPageCache.class.getName() + ".fresh";
	private static final String PUBLIC_PAGE = PublicPageCache.class.getName() + ".page";
	private static final String CSRF_MARK = "\u0001csrf\u0001";
	private static final int STRIPES = 64;

	private record Rendered(String version, String contentType, Charset charset, byte[] body, boolean perView,
			String etag) {
	}

	private final List<PublicPage> pages;
	private final LocaleResolver locales;
	private final Map<String, Rendered> rendered = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
			return size() > CAPACITY;
		}
	};
	private final Object[] renderLocks = new Object[STRIPES];
	/** Changes committed by this instance, counted the moment they commit (the database's versions follow shortly). */
	private final AtomicLong localChanges = new AtomicLong();

	PublicPageCache(List<PublicPage> pages, LocaleResolver locales) {
		this.pages = List.copyOf(pages);
		this.locales = locales;
		for (int i = 0; i < STRIPES; i++) {
			renderLocks[i] = new Object();
		}
	}

	/** Whether this request is for a public page that an anonymous visitor without a session is served from the cache. */
	public static boolean isPublicPage(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(PUBLIC_PAGE));
	}

	/**
	 * A random value for this view of the page (a form's idempotency token): a page served again from the cache gets
	 * a new one in its place.
	 */
	public static String freshValue(HttpServletRequest request) {
		String value = UUID.randomUUID().toString();
		@SuppressWarnings("unchecked")
		List<String> values = (List<String>) request.getAttribute(FRESH_VALUES);
		if (values == null) {
			values = new ArrayList<>();
			request.setAttribute(FRESH_VALUES, values);
		}
		values.add(value);
		return value;
	}

	/**
	 * Drops this instance's pages once a change made here committed, before its after-commit reaction moved the
	 * versions in the database on: the person who made the change sees it on the very next page.
	 */
	@EventListener
	void on(PublicPageChange change) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					localChanges.incrementAndGet();
				}
			});
		}
		else {
			localChanges.incrementAndGet();
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> version = servable(request) ? version(request).map(v -> v + "." + localChanges.get())
				: Optional.empty();
		if (version.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(PUBLIC_PAGE, Boolean.TRUE);
		Locale locale = locales.resolveLocale(request);
		String key = request.getRequestURI() + "?" + Optional.ofNullable(request.getQueryString()).orElse("") + "|"
				+ locale.toLanguageTag();
		Rendered page = current(key, version.get());
		if (page == null) {
			// One request renders a page that is missing or out of date; the others asking for it meanwhile wait
			// and are then served what it rendered.
			synchronized (renderLocks[Math.floorMod(key.hashCode(), STRIPES)]) {
				page = current(key, version.get());
				if (page == null) {
					render(request, response, chain, key, version.get());
					return;
				}
			}
		}
		serve(page, locale, request, response);
	}

	private static boolean servable(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null
				|| request.getSession(false) != null) {
			return false;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken;
	}

	private Rendered current(String key, String version) {
		Rendered page;
		synchronized (rendered) {
			page = rendered.get(key);
		}
		return page != null && page.version().equals(version) ? page : null;
	}

	/** Renders the page through the application into the response; keeps it when it is fit to serve again. */
	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			String version) throws ServletException, IOException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		byte[] body = capture.getContentAsByteArray();
		String contentType = capture.getContentType();
		Rendered page = null;
		if (capture.getStatus() == 200 && contentType != null && contentType.startsWith("text/html")
				&& request.getSession(false) == null) {
			Charset charset = Optional.ofNullable(capture.getCharacterEncoding()).map(Charset::forName)
					.orElse(StandardCharsets.UTF_8);
			String html = new String(body, charset);
			boolean perView = false;
			// Only a page with a form asks for the token: asking on any other page would make one (and its cookie).
			CsrfToken csrf = html.contains("name=\"_csrf\"")
					? (CsrfToken) request.getAttribute(CsrfToken.class.getName())
					: null;
			if (csrf != null && html.contains(csrf.getToken())) {
				html = html.replace(csrf.getToken(), CSRF_MARK);
				perView = true;
			}
			@SuppressWarnings("unchecked")
			List<String> fresh = (List<String>) request.getAttribute(FRESH_VALUES);
			if (fresh != null) {
				for (int i = 0; i < fresh.size(); i++) {
					html = html.replace(fresh.get(i), freshMark(i));
				}
				perView = true;
			}
			String etag = "\"" + Integer.toHexString(key.hashCode()) + "-" + version + "\"";
			page = new Rendered(version, contentType, charset, html.getBytes(charset), perView, etag);
			synchronized (rendered) {
				rendered.put(key, page);
			}
		}
		if (page != null && !page.perView()) {
			capture.setHeader(HttpHeaders.ETAG, page.etag());
			capture.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
		capture.copyBodyToResponse();
	}

	private static String freshMark(int i) {
		return "\u0001fresh" + i + "\u0001";
	}

	private static void serve(Rendered page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setContentType(page.contentType());
		response.setLocale(locale);
		byte[] body = page.body();
		if (page.perView()) {
			String html = new String(body, page.charset());
			if (html.contains(CSRF_MARK)) {
				CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
				html = html.replace(CSRF_MARK, csrf == null ? "" : csrf.getToken());
			}
			for (int i = 0; html.contains(freshMark(i)); i++) {
				html = html.replace(freshMark(i), UUID.randomUUID().toString());
			}
			body = html.getBytes(page.charset());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		else {
			response.setHeader(HttpHeaders.ETAG, page.etag());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The version of the first public page that claims the request. */
	private Optional<String> version(HttpServletRequest request) {
		for (PublicPage page : pages) {
			Optional<String> version = page.version(request);
			if (version.isPresent()) {
				return version;
			}
		}
		return Optional.empty();
	}
}
