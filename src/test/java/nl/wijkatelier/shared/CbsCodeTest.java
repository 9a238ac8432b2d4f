package nl.wijkatelier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CbsCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "GM0202", "WK020202", "BU02020201", "WK0363AA", "BU0363AA01" })
	void acceptsTheThreeLevels(String code) {
		assertThat(new CbsCode(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "GM202", "WK02020", "BU0202020", "XX020202", "gm0202x", "WK020202 ", "GM02020" })
	void rejectsInvalidCbsCode(String code) {
		assertThatThrownBy(() -> new CbsCode(code)).isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).violations().get(0).field()).isEqualTo("code"));
	}

	@Test
	void readsCodesAsPeopleTypeThem() {
		assertThat(CbsCode.parse(" wk020202 ")).contains(new CbsCode("WK020202"));
		assertThat(CbsCode.parse("  ")).isEmpty();
		assertThat(CbsCode.parse(null)).isEmpty();
	}

	@Test
	void knowsItsMunicipalityAndDistrict() {
		CbsCode buurt = new CbsCode("BU02020201");
		assertThat(buurt.level()).isEqualTo(CbsCode.Level.NEIGHBOURHOOD);
		assertThat(buurt.municipality()).isEqualTo(new CbsCode("GM0202"));
		assertThat(buurt.district()).contains(new CbsCode("WK020202"));
		assertThat(new CbsCode("WK020202").district()).isEmpty();
		assertThat(new CbsCode("GM0202").municipality()).isEqualTo(new CbsCode("GM0202"));
	}

	@Test
	void themeCodesAreCapitalsDigitsAndUnderscores() {
		assertThat(ThemeCode.parse(" greenery ")).isEqualTo(ThemeCode.GREENERY);
		assertThat(ThemeCode.DEFAULTS).hasSize(9);
		assertThatThrownBy(() -> ThemeCode.parse("groen en blauw")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ThemeCode.parse("X")).isInstanceOf(InvalidInputException.class);
	}
}
