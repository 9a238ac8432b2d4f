package nl.wijkatelier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

	private static final Locale NL = Locale.forLanguageTag("nl-NL");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"1250|125000", "12,5|1250", "12.50|1250", "1.250|125000", "1,250|125000", "1.250,50|125050",
			"1,250.50|125050", "€ 1.250,-|125000", "€1250|125000", "1 250 000|125000000", "0,05|5", "0|0", "12,345|1234500" })
	void readsWhatPeopleType(String text, long cents) {
		assertThat(Money.parse(text).cents()).isEqualTo(cents);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"''|error.money.required", "twaalf|error.money.notAmount", "-5|error.money.negative",
			"12,3456|error.money.tooManyDecimals", "0.125|error.money.tooManyDecimals", "1.2.3|error.money.notAmount",
			"1.250.5|error.money.notAmount", "12345.678|error.money.tooManyDecimals",
			"99999999999999|error.money.tooLarge" })
	void namesWhatIsWrongWithTypedText(String text, String key) {
		assertThatThrownBy(() -> Money.parse(text)).isInstanceOfSatisfying(Money.UnreadableAmountException.class,
				ex -> {
					assertThat(ex.problem().messageKey()).isEqualTo(key);
					assertThat(ex.at("cost").violations()).singleElement()
							.satisfies(v -> assertThat(v.field()).isEqualTo("cost"));
				});
	}

	@Test
	void fileTextIsAPlainDecimalWithADot() {
		assertThat(Money.parseFileText("12.5").cents()).isEqualTo(1250);
		assertThat(Money.parseFileText("-3.75").cents()).isEqualTo(-375);
		assertThat(Money.parseFileText(" 1250.00 ").cents()).isEqualTo(125000);
		assertThatThrownBy(() -> Money.parseFileText("1.250,50")).isInstanceOfSatisfying(
				Money.UnreadableAmountException.class,
				ex -> assertThat(ex.problem().messageKey()).isEqualTo("error.money.notFileNumber"));
		assertThatThrownBy(() -> Money.parseFileText("1.255")).isInstanceOfSatisfying(
				Money.UnreadableAmountException.class,
				ex -> assertThat(ex.problem().messageKey()).isEqualTo("error.money.tooManyDecimals"));
	}

	@Test
	void fileTextRoundTrips() {
		for (long cents : new long[] {0, 5, 1250, 125000, 123456789, -375}) {
			Money m = Money.ofCents(cents);
			assertThat(Money.parseFileText(m.toFileText())).isEqualTo(m);
		}
		assertThat(Money.ofCents(1250).toFileText()).isEqualTo("12.5");
		assertThat(Money.ofCents(120000).toFileText()).isEqualTo("1200");
	}

	@Test
	void showsAmountsInTheReadersLanguage() {
		assertThat(Money.ofCents(125050).format(NL)).isEqualTo("€ 1.250,50");
		assertThat(Money.ofCents(125050).format(Locale.ENGLISH)).isEqualTo("€ 1,250.50");
		assertThat(Money.ofCents(125000).format(NL)).isEqualTo("€ 1.250");
		assertThat(Money.ofCents(125050).formatWhole(NL)).isEqualTo("€ 1.251");
		assertThat(Money.ofCents(125049).formatWhole(Locale.ENGLISH)).isEqualTo("€ 1,250");
		assertThat(Money.ofCents(4_000_000).number(NL)).isEqualTo("40.000");
	}

	@Test
	void computesExactlyAndRefusesOverflow() {
		assertThat(Money.ofEuros(10).plus(Money.ofCents(5)).minus(Money.ofCents(10))).isEqualTo(Money.ofCents(995));
		assertThat(Money.ofCents(250).times(3)).isEqualTo(Money.ofCents(750));
		assertThat(Money.ofCents(250).percentOf(Money.ofCents(1000))).isEqualTo(25);
		assertThat(Money.ofCents(1).isMoreThan(Money.ZERO)).isTrue();
		assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
				.isInstanceOf(ArithmeticException.class);
	}

	/** Plain file amounts, read without a pattern or BigDecimal, are the cents their decimal says; anything near them is refused as before. */
	@Test
	void readsPlainFileAmountsAsTheirDecimalSays() {
		SplittableRandom random = new SplittableRandom(3);
		String alphabet = "0123456789.-";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(17);
			for (int k = 0; k < length; k++) {
				text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
						: alphabet.charAt(random.nextInt(10)));
			}
			String t = text.toString();
			Long expected;
			try {
				BigDecimal euros = new BigDecimal(t);
				boolean fileForm = t.matches("-?[0-9]+(\\.[0-9]+)?");
				expected = fileForm && euros.stripTrailingZeros().scale() <= 2
						&& euros.abs().compareTo(BigDecimal.valueOf(Money.MAX_EUROS)) <= 0
								? euros.movePointRight(2).longValueExact() : null;
			}
			catch (NumberFormatException ex) {
				expected = null;
			}
			if (expected == null) {
				assertThatThrownBy(() -> Money.parseFileText(t)).as(t).isInstanceOf(Money.UnreadableAmountException.class);
			}
			else {
				assertThat(Money.parseFileText(t).cents()).as(t).isEqualTo(expected);
			}
		}
	}
}
