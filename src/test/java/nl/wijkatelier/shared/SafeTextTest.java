package nl.wijkatelier.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.wijkatelier.support.HostileInputs;

class SafeTextTest {

	@ParameterizedTest
	@ValueSource(strings = {
			"Onze auto's staan op de stoep; de gemeente wil dat anders.",
			"Zo'n plan -- en dat weet iedereen -- kost tijd.",
			"Wij willen 's avonds samen tegels wippen in 's-Hertogenbosch.",
			"Hij zei: 'ja' -- en toen ging hij naar huis.",
			"Ze zei \"graag\" en 'doe maar' = prima, toch?",
			"De data: 12 mei en 3 juni; update volgt later.",
			"Update: de actie is verplaatst. Drop de tegels in de container; delete niets.",
			"Het water staat hier < 5 cm hoog en de temperatuur > 30 graden; 3<4.",
			"Een select groepje bewoners; de union van partijen selecteert zelf.",
			"Energie-coöperatie Ĳsselstein: café, één, ĳsbaan, naïef, Curaçao.",
			"🌳🌷 Samen vergroenen! 👨‍👩‍👧 en 👍🏽 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
			"Regel één\r\nRegel twee\n\tingesprongen",
			"Zie https://www.hetkanwel.nl/?a=1&b=2 en mail naar info@wijk.nl.",
			"Kosten: € 1.250,- (incl. btw) — 50% gedeeld",
			"Rock 'n' roll and jazz in het buurthuis, O'Neill en d'r buren",
			"Vraag: wat doet u 's ochtends?! Antwoord: ja/nee",
			"Bewoners van 't Hoogt en m'n buren: 'OR' is geen woord",
			"C:\\Gebruikers\\wijk\\plan.pdf en a & b" })
	void acceptsOrdinaryDutch(String text) {
		assertThat(SafeText.problem(text, 10_000)).isEmpty();
		new Checks().requiredText("text", text, 10_000).throwIfAny();
	}

	/** Every query is parameterised: text that merely looks like SQL is ordinary text, stored as written. */
	@ParameterizedTest
	@MethodSource("sqlLooking")
	void acceptsTextThatOnlyLooksLikeSql(String text) {
		assertThat(SafeText.problem(text, 10_000)).isEmpty();
		new Checks().requiredText("text", text, 10_000).throwIfAny();
	}

	static Stream<String> sqlLooking() {
		return HostileInputs.SQL_LOOKING.stream();
	}

	@Test
	void stillRefusesMarkupAndScriptAddressesAroundSqlLookingText() {
		assertThat(SafeText.problem("'; DROP TABLE x; -- <script>alert(1)</script>", 100).orElseThrow().messageKey())
				.isEqualTo("error.text.markup");
		assertThat(SafeText.problem("' OR 1=1 -- javascript:alert(1)", 100).orElseThrow().messageKey())
				.isEqualTo("error.text.scriptAddress");
		assertThat(SafeText.problem("' OR 1=1 \u202E--", 100).orElseThrow().messageKey()).isEqualTo("error.text.bidi");
	}

	static Stream<HostileInputs.Hostile> corpus() {
		return HostileInputs.ALL.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void rejectsEveryHostileInput(HostileInputs.Hostile hostile) {
		assertThat(SafeText.problem(hostile.value(), 10_000)).isPresent();
		assertThatThrownBy(() -> new Checks().optionalText("description", hostile.value(), 10_000).throwIfAny())
				.isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).violations())
						.singleElement().satisfies(v -> {
							assertThat(v.field()).isEqualTo("description");
							assertThat(v.messageKey()).matches("error\\.(text\\.\\w+|tooLong)");
						}));
	}

	@Test
	void namesWhatIsWrong() {
		assertThat(SafeText.problem("<b>vet</b>", 100)).get().extracting(SafeText.Problem::messageKey)
				.isEqualTo("error.text.markup");
		assertThat(SafeText.problem("a\u0000b", 100)).get().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("error.text.control");
			assertThat(p.arguments()).containsExactly(2);
		});
		assertThat(SafeText.problem("abc\u202E", 100).orElseThrow().messageKey()).isEqualTo("error.text.bidi");
		assertThat(SafeText.problem("x\uD800", 100).orElseThrow().messageKey()).isEqualTo("error.text.encoding");
		assertThat(SafeText.problem("x\u200By", 100).orElseThrow().messageKey()).isEqualTo("error.text.invisible");
		assertThat(SafeText.problem("JavaScript:void(0)", 100).orElseThrow().messageKey())
				.isEqualTo("error.text.scriptAddress");
		assertThat(SafeText.problem("x".repeat(101), 100).orElseThrow()).satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("error.tooLong");
			assertThat(p.arguments()).containsExactly(100);
		});
	}

	@Test
	void requiredTextStillAsksForAValueAndAllowsNullWhenOptional() {
		assertThatThrownBy(() -> new Checks().requiredText("title", " ", 10).throwIfAny())
				.isInstanceOf(InvalidInputException.class);
		assertThat(new Checks().optionalText("title", null, 10).text("other", null, 10).isEmpty()).isTrue();
	}
}
