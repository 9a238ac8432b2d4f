package nl.wijkatelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.shared.ThemeCode;

class ThemeSuggestionsTest {

	@Test
	void suggestsThemesFromDutchCompounds() {
		assertThat(ThemeSuggestions.suggest("Samen regenpijpen afkoppelen en tegels eruit voor een geveltuin"))
				.contains(ThemeCode.CLIMATE_ADAPTATION, ThemeCode.GREENERY, ThemeCode.SOCIAL_COHESION);
		assertThat(ThemeSuggestions.suggest("Collectieve inkoop van zonnepanelen en isolatie"))
				.containsExactly(ThemeCode.ENERGY);
	}

	@Test
	void matchesOnlyAtTheStartOfAWord() {
		assertThat(ThemeSuggestions.suggest("bewegen")).doesNotContain(ThemeCode.INFRASTRUCTURE);
		assertThat(ThemeSuggestions.suggest("de weg wordt opnieuw bestraat")).contains(ThemeCode.INFRASTRUCTURE);
	}

	@Test
	void ignoresAccentsAndCase() {
		assertThat(ThemeSuggestions.suggest("GEZONDHEID en Veiligheid")).containsExactlyInAnyOrder(ThemeCode.HEALTH,
				ThemeCode.SAFETY);
	}

	@Test
	void suggestsNothingForBlankOrUnrelatedText() {
		assertThat(ThemeSuggestions.suggest("   ")).isEmpty();
		assertThat(ThemeSuggestions.suggest(null)).isEmpty();
		assertThat(ThemeSuggestions.suggest("xyz qqq")).isEmpty();
	}
}
