package nl.wijkatelier.dashboard.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the reader writes them (1.234,5 in Dutch, 1,234.5 in English). */
final class Format {

	/** For templates: {@code ${euros.of(cents)}}, {@code ${euros.number(value)}}. */
	record Euros(Locale locale) {
		public String of(long cents) {
			return euros(cents, locale);
		}

		public String number(double value) {
			return Format.number(value, locale);
		}
	}

	private Format() {
	}

	static String number(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/** Euro cents as whole euros. */
	static String euros(long cents, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(0);
		return "€ " + format.format(Math.round(cents / 100.0));
	}
}
