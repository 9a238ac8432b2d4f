package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Dates in files, read without the formatter for the plain form, are what {@link LocalDate#parse} makes of them. */
class TaskValidationDateTest {

	private static Optional<LocalDate> byFormatter(String text) {
		try {
			return Optional.of(LocalDate.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	@Test
	void readsDatesAsTheIsoFormatterDoes() {
		SplittableRandom random = new SplittableRandom(5);
		for (int i = 0; i < 50_000; i++) {
			int year = random.nextInt(3) == 0 ? random.nextInt(10000) : 2020 + random.nextInt(20);
			String text = "%04d-%02d-%02d".formatted(year, random.nextInt(14), random.nextInt(33));
			if (random.nextInt(10) == 0) {
				int at = random.nextInt(text.length());
				text = text.substring(0, at) + "-x 0+".charAt(random.nextInt(5)) + text.substring(at + 1);
			}
			if (random.nextInt(20) == 0) {
				text = " " + text + "\t";
			}

			assertThat(TaskValidation.date(text)).as(text).isEqualTo(byFormatter(text));
		}
		assertThat(TaskValidation.date("2028-02-29")).contains(LocalDate.of(2028, 2, 29));
		assertThat(TaskValidation.date("2027-02-29")).isEmpty();
		assertThat(TaskValidation.date("+12026-01-01")).isEqualTo(byFormatter("+12026-01-01"));
	}
}
