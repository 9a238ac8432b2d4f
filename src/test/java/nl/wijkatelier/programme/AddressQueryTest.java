package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.shared.InvalidInputException;

/** Reading a typed postcode and house number before anything is asked of PDOK. */
class AddressQueryTest {

	@Test
	void readsPostcodesWhateverTheSpacesAndCase() {
		assertThat(AddressQuery.parse("6512BK", "1").postcode()).isEqualTo("6512BK");
		assertThat(AddressQuery.parse(" 6512 bk ", "1").postcode()).isEqualTo("6512BK");
		assertThat(AddressQuery.parse("6512  Bk", "1").displayPostcode()).isEqualTo("6512 BK");
	}

	@Test
	void readsHouseNumbersWithLetterAndAddition() {
		AddressQuery plain = AddressQuery.parse("1012AA", "36");
		AddressQuery letter = AddressQuery.parse("1012AA", "36 a");
		AddressQuery both = AddressQuery.parse("1012AA", "36A-2");
		AddressQuery bis = AddressQuery.parse("1012AA", "36 bis");

		assertThat(plain.number()).isEqualTo(36);
		assertThat(plain.suffix()).isEmpty();
		assertThat(letter.matches(36, "A", "")).isTrue();
		assertThat(letter.matches(36, "", "")).isFalse();
		assertThat(both.matches(36, "A", "2")).isTrue();
		assertThat(both.matches(36, "A", "")).isFalse();
		assertThat(bis.matches(36, "", "bis")).isTrue();
		assertThat(AddressQuery.parse("1012AA", "99999").number()).isEqualTo(99999);
	}

	@Test
	void refusesWhatIsNotAPostcodeOrHouseNumberNamingTheField() {
		assertField(() -> AddressQuery.parse("0123AB", "1"), "postcode", "error.address.postcode");
		assertField(() -> AddressQuery.parse("1234SA", "1"), "postcode", "error.address.postcode");
		assertField(() -> AddressQuery.parse("12345", "1"), "postcode", "error.address.postcode");
		assertField(() -> AddressQuery.parse("", "1"), "postcode", "error.address.postcode.required");
		assertField(() -> AddressQuery.parse("1234AB", "0"), "houseNumber", "error.address.houseNumber");
		assertField(() -> AddressQuery.parse("1234AB", "twaalf"), "houseNumber", "error.address.houseNumber");
		assertField(() -> AddressQuery.parse("1234AB", "12 abcdef"), "houseNumber", "error.address.houseNumber");
		assertField(() -> AddressQuery.parse("1234AB", null), "houseNumber", "error.address.houseNumber.required");
	}

	@Test
	void namesTheCallersFields() {
		assertThatThrownBy(() -> AddressQuery.parse("x", "y", "household.postcode", "household.houseNumber"))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
						.extracting(InvalidInputException.Violation::field)
						.containsExactly("household.postcode", "household.houseNumber"));
	}

	private static void assertField(Runnable parse, String field, String messageKey) {
		assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo(field);
					assertThat(v.messageKey()).isEqualTo(messageKey);
				}));
	}
}
