package nl.wijkatelier.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount in euros, held as whole euro cents (a {@code long}: exact, no rounding on addition). Every euro
 * amount the platform reads, computes or shows passes through this type.
 * <p>
 * Two kinds of text come in: <em>file text</em> (GeoJSON, CSV, command-line arguments: a plain decimal number
 * with a dot, as {@link #toFileText()} writes it) and <em>text people type</em> in a form, where Dutch and
 * English habits mix ({@code 1.250,50}, {@code 1,250.50}, {@code € 1250}). Both refuse more than two decimals
 * and more than {@link #MAX_EUROS} euros with a {@link Problem} naming what is wrong.
 * <p>
 * Three ways out: {@link #toFileText()} / {@link #toDecimal()} for files and JSON (12.5, not 12.50),
 * {@link #format(Locale)} for people (€ 1.250,50 in Dutch, € 1,250.50 in English) and
 * {@link #formatWhole(Locale)} for figures shown rounded to whole euros (€ 1.251).
 */
public record Money(long cents) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	/** The largest amount read from text, in euros: ten trillion, far above any public budget. */
	public static final long MAX_EUROS = 10_000_000_000_000L;

	private static final BigDecimal MAX = BigDecimal.valueOf(MAX_EUROS);

	/** Digits with optional groups of three behind a dot, comma, space or no-break space, then an optional fraction. */
	private static final Pattern PEOPLE = Pattern.compile("[0-9]+([.,\u00a0 ][0-9]{3})*([.,][0-9]+)?");

	/** Whole euros written in groups of three: 1.250, 12 500, 1,250,000 (never starting with 0). */
	private static final Pattern GROUPED = Pattern.compile("[1-9][0-9]{0,2}([.,\u00a0 ][0-9]{3})+");

	/** A file's plain decimal: digits, an optional dot fraction, an optional leading minus. */
	private static final Pattern FILE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	/** Why a text is not an amount: a message key under {@code error.money.} and the text it was given. */
	public record Problem(String messageKey, String text) {
		public InvalidInputException.Violation at(String field) {
			return new InvalidInputException.Violation(field, messageKey, List.of(text, MAX_EUROS));
		}
	}

	/** Text that is not an amount; {@link #problem()} says why. */
	public static final class UnreadableAmountException extends IllegalArgumentException {
		private final transient Problem problem;

		UnreadableAmountException(Problem problem, String why) {
			super("'" + problem.text() + "' " + why);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

		/** The same fault as a domain error on a field, for an API problem detail or a form error. */
		public InvalidInputException at(String field) {
			return new InvalidInputException(List.of(problem.at(field)));
		}
	}

	public static Money ofCents(long cents) {
		return new Money(cents);
	}

	public static Money ofEuros(long euros) {
		return new Money(Math.multiplyExact(euros, 100));
	}

	/**
	 * A file's amount: a plain decimal number with a dot and at most two decimals ({@code 1250}, {@code 12.5},
	 * {@code -3.75}); nothing else (no grouping, no comma, no currency sign).
	 *
	 * @throws UnreadableAmountException naming why
	 */
	public static Money parseFileText(String text) {
		String t = text == null ? "" : text.trim();
		if (t.isEmpty()) {
			throw unreadable("error.money.required", t, "is empty");
		}
		long plain = plainCents(t);
		if (plain != NOT_PLAIN) {
			return new Money(plain);
		}
		if (!FILE.matcher(t).matches()) {
			throw unreadable("error.money.notFileNumber", t, "is not a number with a dot for decimals");
		}
		return fromDecimal(new BigDecimal(t), t);
	}

	/**
	 * An amount a person typed: an optional € sign, digits with groups of three separated by a dot, comma or
	 * space, and at most two decimals behind a comma or a dot. A separator followed by exactly three digits
	 * is a thousands separator (money has no third decimal), so {@code 1.250} and {@code 1,250} both mean
	 * € 1,250, and {@code 12,5} and {@code 12.50} both mean € 12.50. Never negative.
	 *
	 * @throws UnreadableAmountException naming why
	 */
	public static Money parse(String text) {
		String t = text == null ? "" : text.strip();
		if (t.startsWith("€")) {
			t = t.substring(1).strip();
		}
		if (t.endsWith(",-") || t.endsWith(".-")) {
			t = t.substring(0, t.length() - 2);
		}
		String original = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			throw unreadable("error.money.required", original, "is empty");
		}
		if (t.startsWith("-")) {
			throw unreadable("error.money.negative", original, "is negative");
		}
		if (!PEOPLE.matcher(t).matches()) {
			throw unreadable("error.money.notAmount", original, "is not an amount in euros");
		}
		int last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
		String whole = t;
		String fraction = "";
		if (last >= 0 && (t.length() - last - 1 != 3 || !GROUPED.matcher(t).matches())) {
			whole = t.substring(0, last);
			fraction = t.substring(last + 1);
			if (whole.indexOf(t.charAt(last)) >= 0) {
				throw unreadable("error.money.notAmount", original, "uses one sign both for thousands and decimals");
			}
		}
		if (fraction.length() > 2) {
			throw unreadable("error.money.tooManyDecimals", original, "has more than two decimals");
		}
		if (!whole.chars().allMatch(Character::isDigit) && !GROUPED.matcher(whole).matches()) {
			throw unreadable("error.money.notAmount", original, "has thousands separators in the wrong places");
		}
		String digits = whole.replaceAll("[.,\u00a0 ]", "");
		return fromDecimal(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction), original);
	}

	private static final long NOT_PLAIN = Long.MIN_VALUE;

	/**
	 * The cents of the common file amounts, {@code -?[0-9]{1,13}(\.[0-9]{1,2})?} (at most 13 whole digits, so
	 * never above {@link #MAX_EUROS}), without a pattern or a BigDecimal; {@link #NOT_PLAIN} for any other text,
	 * which takes the general path.
	 */
	private static long plainCents(String t) {
		int i = t.charAt(0) == '-' ? 1 : 0;
		int wholeFrom = i;
		long euros = 0;
		while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
			euros = euros * 10 + (t.charAt(i++) - '0');
		}
		int whole = i - wholeFrom;
		if (whole == 0 || whole > 13) {
			return NOT_PLAIN;
		}
		long cents = euros * 100;
		if (i < t.length()) {
			int decimals = t.length() - i - 1;
			if (t.charAt(i) != '.' || decimals < 1 || decimals > 2) {
				return NOT_PLAIN;
			}
			for (int k = i + 1; k < t.length(); k++) {
				char c = t.charAt(k);
				if (c < '0' || c > '9') {
					return NOT_PLAIN;
				}
			}
			cents += (t.charAt(i + 1) - '0') * 10 + (decimals == 2 ? t.charAt(i + 2) - '0' : 0);
		}
		return wholeFrom == 1 ? -cents : cents;
	}

	private static Money fromDecimal(BigDecimal euros, String text) {
		if (euros.stripTrailingZeros().scale() > 2) {
			throw unreadable("error.money.tooManyDecimals", text, "has more than two decimals");
		}
		if (euros.abs().compareTo(MAX) > 0) {
			throw unreadable("error.money.tooLarge", text, "is more than " + MAX_EUROS + " euros");
		}
		return new Money(euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
	}

	private static UnreadableAmountException unreadable(String key, String text, String why) {
		return new UnreadableAmountException(new Problem(key, text), why);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(cents, other.cents));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(cents, other.cents));
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(cents, factor));
	}

	public boolean isNegative() {
		return cents < 0;
	}

	public boolean isPositive() {
		return cents > 0;
	}

	public boolean isMoreThan(Money other) {
		return cents > other.cents;
	}

	/** This amount as a share of {@code whole} in whole percent, rounded down; 0 when the whole is not positive. */
	public long percentOf(Money whole) {
		return whole.cents <= 0 ? 0 : cents * 100 / whole.cents;
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(cents, other.cents);
	}

	/** Euros as a decimal without trailing zeros, for JSON numbers: 1250 cents as 12.5, 1200 as 12. */
	public BigDecimal toDecimal() {
		BigDecimal value = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}

	/** Euros as a file writes them and {@link #parseFileText} reads them back: {@code 12.5}, {@code 1250}. */
	public String toFileText() {
		return toDecimal().toPlainString();
	}

	/** For people, with cents when there are any: € 1.250,50 / € 1.250 in Dutch, € 1,250.50 / € 1,250 in English. */
	public String format(Locale locale) {
		DecimalFormat f = decimalFormat(locale);
		if (cents % 100 != 0) {
			f.setMinimumFractionDigits(2);
			f.setMaximumFractionDigits(2);
		}
		return "€ " + f.format(BigDecimal.valueOf(cents, 2));
	}

	/** For people, rounded to whole euros (half away from zero): € 1.251 in Dutch, € 1,251 in English. */
	public String formatWhole(Locale locale) {
		return "€ " + number(locale);
	}

	/** Whole euros without the sign, for a sentence that places the sign itself: 1.251 in Dutch, 1,251 in English. */
	public String number(Locale locale) {
		return decimalFormat(locale).format(BigDecimal.valueOf(cents, 2).setScale(0, RoundingMode.HALF_UP));
	}

	private static DecimalFormat decimalFormat(Locale locale) {
		boolean dutch = locale == null || !"en".equals(locale.getLanguage());
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(dutch ? Locale.forLanguageTag("nl-NL") : Locale.UK);
		DecimalFormat f = new DecimalFormat("#,##0", symbols);
		f.setRoundingMode(RoundingMode.HALF_UP);
		f.setMaximumFractionDigits(0);
		return f;
	}

	/** Cents, for logs and debugging; people and files get {@link #format} and {@link #toFileText}. */
	@Override
	public String toString() {
		return "€ " + toFileText();
	}
}
