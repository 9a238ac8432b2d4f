package nl.wijkatelier.programme;

import java.text.Normalizer;
import java.util.Locale;

/** The address part made from a name: "Wijk van de Toekomst" → {@code wijk-van-de-toekomst}. */
final class Slugs {

	private Slugs() {
	}

	/**
	 * Lower-case ASCII letters and digits joined by single hyphens, accents dropped ("Één" → {@code een}), at most
	 * {@link ProgrammeCatalog#SLUG_MAX} characters; empty when the name has no letter or digit at all.
	 */
	static String of(String name) {
		String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (plain.length() > ProgrammeCatalog.SLUG_MAX) {
			plain = plain.substring(0, ProgrammeCatalog.SLUG_MAX).replaceAll("-+$", "");
		}
		return plain;
	}
}
