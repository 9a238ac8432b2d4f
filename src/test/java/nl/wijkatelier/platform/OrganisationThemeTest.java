package nl.wijkatelier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * An organisation's theme, set in configuration, changes what is served: the design tokens after the neutral
 * ones, the colour shortcuts after those, its logo and its name; a wrong setting stops the start naming the setting.
 */
class OrganisationThemeTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };

	@TempDir
	Path dir;

	@Test
	void withoutSettingsTheNeutralThemeAndTheBuiltInLogoAreServed() throws Exception {
		OrganisationTheme theme = new OrganisationTheme(properties("", null, null, null));
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThemeAssets(theme)).build();

		MvcResult css = mvc.perform(get("/theme.css")).andReturn();
		assertThat(css.getResponse().getStatus()).isEqualTo(200);
		assertThat(css.getResponse().getContentType()).startsWith("text/css");
		assertThat(body(css)).contains("--wijkatelier-color-primary: #2e3a46;")
				.contains("--utrecht-button-background-color: var(--wijkatelier-color-primary);")
				.doesNotContain("organisation's design tokens");
		MvcResult logo = mvc.perform(get("/theme/logo")).andReturn();
		assertThat(logo.getResponse().getContentType()).isEqualTo("image/svg+xml");
		assertThat(body(logo)).startsWith("<svg");
		assertThat(theme.name()).isEqualTo("Wijkatelier");
	}

	@Test
	void theOrganisationsTokensNameAndLogoReplaceTheDefaults() throws Exception {
		Path tokens = Files.writeString(dir.resolve("gemeente-voorbeeld.css"), """
				:root {
				  --wijkatelier-color-primary: #0b6e4f;
				  --utrecht-button-border-radius: 0;
				}
				""");
		Path logoFile = Files.write(dir.resolve("logo.png"), PNG);
		OrganisationTheme neutral = new OrganisationTheme(properties("", null, null, null));
		OrganisationTheme theme = new OrganisationTheme(properties("Gemeente Voorbeeld", logoFile, tokens, "#5a1e6e"));
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThemeAssets(theme)).build();

		String css = body(mvc.perform(get("/theme.css")).andReturn());
		int neutralPrimary = css.indexOf("--wijkatelier-color-primary: #2e3a46;");
		int ownPrimary = css.indexOf("--wijkatelier-color-primary: #0b6e4f;");
		int shortcut = css.indexOf("--wijkatelier-color-primary: #5a1e6e;");
		assertThat(neutralPrimary).as("the neutral tokens first").isNotNegative();
		assertThat(ownPrimary).as("then the organisation's file, which wins").isGreaterThan(neutralPrimary);
		assertThat(shortcut).as("then the colour setting, which wins over both").isGreaterThan(ownPrimary);
		assertThat(css).contains("--utrecht-button-border-radius: 0;");
		assertThat(theme.version()).as("a new theme is a new URL").isNotEqualTo(neutral.version());

		MvcResult logo = mvc.perform(get("/theme/logo")).andReturn();
		assertThat(logo.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(logo.getResponse().getContentAsByteArray()).isEqualTo(PNG);
		assertThat(theme.name()).isEqualTo("Gemeente Voorbeeld");
	}

	@Test
	void aWrongSettingStopsTheStartNamingTheSetting() throws Exception {
		assertThatThrownBy(() -> new OrganisationTheme(properties("", null, null, "blue; background: url(x)")))
				.hasMessageContaining("wijkatelier.theme.primary-color");
		Path remote = Files.writeString(dir.resolve("remote.css"), "@import url(https://example.org/x.css);");
		assertThatThrownBy(() -> new OrganisationTheme(properties("", null, remote, null)))
				.hasMessageContaining("wijkatelier.theme.tokens");
		assertThatThrownBy(() -> new OrganisationTheme(properties("", null, dir.resolve("missing.css"), null)))
				.hasMessageContaining("wijkatelier.theme.tokens").hasMessageContaining("cannot read");
		Path gif = Files.write(dir.resolve("logo.gif"), PNG);
		assertThatThrownBy(() -> new OrganisationTheme(properties("", gif, null, null)))
				.hasMessageContaining("wijkatelier.theme.logo");
	}

	private static ThemeProperties properties(String name, Path logo, Path tokens, String primary) {
		return new ThemeProperties(name, logo == null ? null : new FileSystemResource(logo),
				tokens == null ? null : new FileSystemResource(tokens), primary, null);
	}

	private static String body(MvcResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}
}
