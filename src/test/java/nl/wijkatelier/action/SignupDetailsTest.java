package nl.wijkatelier.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.shared.InvalidInputException;

/** The one sign-up reader: the API's body and the web form read alike, with one set of limits. */
class SignupDetailsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static JsonNode body(Map<String, Object> household, Map<String, Object> quantity) {
		return JSON.valueToTree(Map.of("household", household, "quantity", quantity));
	}

	static List<InvalidInputException.Violation> violations(Runnable reading) {
		try {
			reading.run();
		}
		catch (InvalidInputException ex) {
			return ex.violations();
		}
		throw new AssertionError("no violation");
	}

	@Test
	void anOverlongFieldIsRefusedNamingTheFieldAndItsLimitFromTheApiAndTheFormAlike() {
		String name = "n".repeat(SignupDetails.NAME_MAX + 1);
		List<InvalidInputException.Violation> api = violations(
				() -> SignupDetails.fromJson(body(Map.of("name", name), Map.of("tiles", 3))));
		List<InvalidInputException.Violation> form = violations(
				() -> SignupDetails.fromForm(Map.of("name", name, "q.tiles", "3")));
		assertThat(api).isEqualTo(form).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("household.name");
			assertThat(v.messageKey()).isEqualTo("error.tooLong");
			assertThat(v.arguments()).containsExactly(SignupDetails.NAME_MAX);
		});
		String email = "e".repeat(SignupDetails.EMAIL_MAX) + "@x.nl";
		assertThat(violations(() -> SignupDetails.fromForm(Map.of("email", email, "q.tiles", "1"))))
				.extracting(InvalidInputException.Violation::field).containsExactly("household.email");
	}

	@Test
	void aNameAtTheLimitIsKeptByBoth() {
		String name = "n".repeat(SignupDetails.NAME_MAX);
		assertThat(SignupDetails.fromJson(body(Map.of("name", name), Map.of("tiles", 3))))
				.isEqualTo(SignupDetails.fromForm(Map.of("name", name, "q.tiles", "3")));
	}

	@Test
	void quantitiesAreWholeNumbersAndTheApiTakesOnlyJsonNumbers() {
		assertThat(violations(() -> SignupDetails.fromJson(body(Map.of(), Map.of("tiles", "3")))))
				.extracting(InvalidInputException.Violation::field).containsExactly("quantity.tiles");
		assertThat(violations(() -> SignupDetails.fromJson(body(Map.of(), Map.of("tiles", 2.5)))))
				.extracting(InvalidInputException.Violation::field).containsExactly("quantity.tiles");
		assertThat(violations(() -> SignupDetails.fromForm(Map.of("q.tiles", "drie"))))
				.extracting(InvalidInputException.Violation::field).containsExactly("quantity.tiles");
		assertThat(SignupDetails.fromForm(Map.of("q.tiles", "99999999999")).quantities())
				.containsEntry("tiles", Integer.MAX_VALUE);
		assertThat(SignupDetails.fromForm(Map.of("q.tiles", "", "q.bags", "2")).quantities())
				.isEqualTo(Map.of("bags", 2));
		assertThatThrownBy(() -> SignupDetails.fromJson(JSON.valueToTree(Map.of("household", Map.of()))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
						.extracting(InvalidInputException.Violation::field).containsExactly("quantity"));
	}
}
