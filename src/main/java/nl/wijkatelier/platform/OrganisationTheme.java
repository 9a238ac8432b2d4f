package nl.wijkatelier.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The theme the pages are served with: the neutral default design tokens, then the organisation's tokens file,
 * then the colour shortcuts ({@link ThemeProperties}), as one style sheet; and the organisation's name and logo for
 * the page header. Read once at start-up, so a wrong file stops the start with a message naming the setting,
 * instead of showing unstyled pages; a changed theme needs a restart. Read in templates as {@code @theme}.
 */
@Component("theme")
public class OrganisationTheme {

	private static final String NEUTRAL = "theme/neutral.css";
	private static final String DEFAULT_LOGO = "theme/logo.svg";
	/** A CSS colour value as a property may give it: hex, a colour function, or a named colour. */
	private static final Pattern COLOUR = Pattern.compile(
			"#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab)\\([0-9a-zA-Z.,%\\s/+-]+\\)|[a-zA-Z]{3,30}");
	private static final Map<String, MediaType> LOGO_TYPES = Map.of("svg", MediaType.valueOf("image/svg+xml"), "png",
			MediaType.IMAGE_PNG, "webp", MediaType.valueOf("image/webp"), "jpg", MediaType.IMAGE_JPEG, "jpeg",
			MediaType.IMAGE_JPEG);

	private final String name;
	private final byte[] css;
	private final String version;
	private final byte[] logo;
	private final MediaType logoType;

	public OrganisationTheme(ThemeProperties properties) {
		this.name = properties.name();
		StringBuilder sheet = new StringBuilder(read(new ClassPathResource(NEUTRAL), "the neutral theme"));
		properties.tokensFile().ifPresent(tokens -> sheet.append("\n/* The organisation's design tokens (wijkatelier.theme.tokens: ")
				.append(tokens.getDescription().replace("*/", "")).append(") */\n")
				.append(checkedTokens(read(tokens, "wijkatelier.theme.tokens"))).append('\n'));
		StringBuilder shortcuts = new StringBuilder();
		properties.primary().ifPresent(c -> shortcuts.append("  --wijkatelier-color-primary: ")
				.append(colour(c, "wijkatelier.theme.primary-color")).append(";\n"));
		properties.link().ifPresent(c -> shortcuts.append("  --wijkatelier-color-link: ")
				.append(colour(c, "wijkatelier.theme.link-color")).append(";\n"));
		if (!shortcuts.isEmpty()) {
			sheet.append("\n/* wijkatelier.theme.primary-color and .link-color */\n:root {\n").append(shortcuts).append("}\n");
		}
		this.css = sheet.toString().getBytes(StandardCharsets.UTF_8);
		this.version = sha256(css).substring(0, 12);
		Resource logoFile = properties.logoFile().orElse(new ClassPathResource(DEFAULT_LOGO));
		this.logoType = logoType(logoFile);
		this.logo = bytes(logoFile, "wijkatelier.theme.logo");
	}

	/** The name in the page header. */
	public String name() {
		return name;
	}

	/** The style sheet of design tokens, UTF-8. */
	public byte[] css() {
		return css.clone();
	}

	/** Changes whenever the style sheet does; the layout adds it to the sheet's URL so browsers fetch the new one. */
	public String version() {
		return version;
	}

	public byte[] logo() {
		return logo.clone();
	}

	public MediaType logoType() {
		return logoType;
	}

	/**
	 * A tokens file holds custom properties, not markup or rules that fetch from elsewhere: the CSP would block a
	 * remote {@code @import} anyway, and a closing style tag has no place in a style sheet.
	 */
	private static String checkedTokens(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.contains("@import") || lower.contains("</") || lower.contains("url(http")) {
			throw new IllegalStateException("wijkatelier.theme.tokens: the file may hold CSS custom properties only"
					+ " (no @import, no remote url(), no markup)");
		}
		return text;
	}

	private static String colour(String value, String property) {
		String trimmed = value.strip();
		if (!COLOUR.matcher(trimmed).matches()) {
			throw new IllegalStateException(property + ": '" + value + "' is not a CSS colour (e.g. #0b6e4f)");
		}
		return trimmed;
	}

	private static MediaType logoType(Resource logo) {
		String file = Optional.ofNullable(logo.getFilename()).orElse("").toLowerCase(Locale.ROOT);
		String extension = file.substring(file.lastIndexOf('.') + 1);
		MediaType type = LOGO_TYPES.get(extension);
		if (type == null) {
			throw new IllegalStateException("wijkatelier.theme.logo: '" + logo.getDescription()
					+ "' is not an SVG, PNG, WebP or JPEG file");
		}
		return type;
	}

	private static String read(Resource resource, String what) {
		return new String(bytes(resource, what), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(Resource resource, String what) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(what + ": cannot read " + resource.getDescription() + " (" + ex.getMessage()
					+ ")", ex);
		}
	}

	private static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
