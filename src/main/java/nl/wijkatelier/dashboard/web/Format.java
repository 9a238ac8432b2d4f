package nl.wijkatelier.dashboard.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the reader writes them (1.234,5 in Dutch, 1,234.5 in English); amounts in euros go through {@code Money}. */
final class Format {

	/** For templates: {@code ${figures.number(value)}}. */
	record Figures(Locale locale) {
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
}
