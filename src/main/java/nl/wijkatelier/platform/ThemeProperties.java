package nl.wijkatelier.platform;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The organisation's own look, set in configuration instead of by editing CSS (docs/theme.md). Without any of
 * these the pages have the neutral default theme ({@code theme/neutral.css}) and the name Wijkatelier.
 *
 * @param name the organisation's or platform's name in the page header (e.g. "Gemeente Voorbeeld")
 * @param logo (optional) the logo beside the name: an SVG, PNG or WebP file ({@code file:/etc/wijkatelier/logo.svg}); the
 *        built-in house when absent. Shown at 2rem high, decorative (the name beside it is the link's text).
 * @param tokens (optional) a CSS file of custom properties (design tokens) served after the neutral theme, so every token it
 *        sets wins: the {@code --wijkatelier-*} brand tokens or any {@code --utrecht-*} component token
 * @param primaryColor (optional) shortcut for {@code --wijkatelier-color-primary} (header, buttons, headings); applied after
 *        the tokens file
 * @param linkColor (optional) shortcut for {@code --wijkatelier-color-link}
 */
@ConfigurationProperties("wijkatelier.theme")
public record ThemeProperties(@DefaultValue("Wijkatelier") String name, Resource logo, Resource tokens,
		String primaryColor, String linkColor) {

	public ThemeProperties {
		name = name == null || name.isBlank() ? "Wijkatelier" : name.strip();
	}

	Optional<Resource> logoFile() {
		return Optional.ofNullable(logo);
	}

	Optional<Resource> tokensFile() {
		return Optional.ofNullable(tokens);
	}

	Optional<String> primary() {
		return Optional.ofNullable(primaryColor).filter(c -> !c.isBlank());
	}

	Optional<String> link() {
		return Optional.ofNullable(linkColor).filter(c -> !c.isBlank());
	}
}
