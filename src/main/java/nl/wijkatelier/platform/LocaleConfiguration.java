package nl.wijkatelier.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first, English second. {@code ?lang=en} or {@code ?lang=nl} switches and is remembered in a cookie;
 * without a choice the page is Dutch, whatever the browser prefers, as the product speaks Dutch first.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");
	static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("wijkatelier-lang");
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request,
					HttpServletResponse response, Object handler) throws ServletException {
				String lang = request.getParameter(getParamName());
				if (lang != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
					return true;
				}
				return super.preHandle(request, response, handler);
			}
		};
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}
}
