package nl.wijkatelier.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the organisation's theme ({@link OrganisationTheme}): the design tokens as {@code /theme.css} and the logo
 * as {@code /theme/logo}, for everyone (every page needs them, also the login page).
 */
@Controller
class ThemeAssets {

	private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	private final OrganisationTheme theme;

	ThemeAssets(OrganisationTheme theme) {
		this.theme = theme;
	}

	/** Cached for a day: the layout's link carries the sheet's version, so a new theme is a new URL. */
	@GetMapping("/theme.css")
	ResponseEntity<byte[]> tokens() {
		return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(theme.css());
	}

	@GetMapping("/theme/logo")
	ResponseEntity<byte[]> logo() {
		return ResponseEntity.ok().contentType(theme.logoType())
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(theme.logo());
	}
}
