package nl.wijkatelier.works;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;

import nl.wijkatelier.shared.SafeText;

/**
 * The rules of one task's fields, shared by the GeoJSON and CSV readers and the web form: every faulty field
 * is reported to the sink (field, reason code, arguments), and a task is built only to be thrown away when
 * there was any fault.
 */
public final class TaskValidation {

	/** Where a fault goes: the field, the reason code ({@code works.error.<code>}) and its arguments. */
	@FunctionalInterface
	public interface Sink {
		void add(String field, String code, Object... arguments);
	}

	private static final Pattern THEME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
	private static final LocalDate PLACEHOLDER = LocalDate.of(2000, 1, 1);
	private static final int FIRST_COMMON_YEAR = 1900;
	private static final int COMMON_YEARS = 300;
	@SuppressWarnings("unchecked")
	private static final Optional<LocalDate>[] COMMON_DATES = new Optional[COMMON_YEARS * 12 * 31];

	private final Sink sink;
	private final Recurring recurring;

	public TaskValidation(Sink sink) {
		this(sink, new Recurring());
	}

	/** A validation that skips the texts and theme lists {@code recurring} already holds as acceptable. */
	public TaskValidation(Sink sink, Recurring recurring) {
		this.sink = sink;
		this.recurring = recurring;
	}

	/**
	 * The acceptable texts and theme lists met so far in one file, where owners, titles, pots and themes recur from
	 * task to task: each distinct one is checked once, not once per task. Not thread-safe.
	 */
	public static final class Recurring {
		private final Set<String> texts = new HashSet<>();
		private final Set<List<String>> themeLists = new HashSet<>();
	}

	public void error(String field, String code, Object... arguments) {
		sink.add(field, code, arguments);
	}

	/** Applies the shared free-text rule ({@link SafeText}); its reasons keep their {@code error.text.*} keys. */
	public void text(String field, String value, int maxLength) {
		SafeText.problem(value, maxLength).ifPresent(p -> error(field, p.messageKey(), p.arguments().toArray()));
	}

	/**
	 * {@link #text} for a text that recurs from task to task (an owner, a title, a pot). A text that passed the rule
	 * passes it again at any length up to its field's maximum, so only the length is checked the next time.
	 */
	public void recurringText(String field, String value, int maxLength) {
		if (value != null && value.length() <= maxLength && recurring.texts.contains(value)) {
			return;
		}
		Optional<SafeText.Problem> problem = SafeText.problem(value, maxLength);
		if (problem.isPresent()) {
			error(field, problem.get().messageKey(), problem.get().arguments().toArray());
		}
		else if (value != null) {
			recurring.texts.add(value);
		}
	}

	/** The message key of a reason code: works' own codes live under {@code works.error.}, shared ones as they are. */
	public static String messageKey(String code) {
		return code.startsWith("error.") ? code : "works.error." + code;
	}

	public Task task(String id, String title, String owner, String type, String earliestStart, String latestEnd,
			String durationDays, String preferredStart, String cost, String shareableCost, List<String> themes,
			List<String> dependsOn, List<Funding> funding, String pinnedStart, Optional<Geometry> geometry) {
		if (id != null && id.length() > 100) {
			error("id", "tooLong", 100);
		}
		else {
			text("id", id, 100);
		}
		if (blank(title)) {
			error("title", "required");
		}
		else if (title.length() > 300) {
			error("title", "tooLong", 300);
		}
		else {
			recurringText("title", title, 300);
		}
		if (blank(owner)) {
			error("owner", "required");
		}
		else {
			recurringText("owner", owner, 200);
		}
		TaskType taskType = type(type);
		LocalDate es = requiredDate("earliestStart", earliestStart);
		LocalDate le = requiredDate("latestEnd", latestEnd);
		boolean window = es != null && le != null;
		if (window && le.isBefore(es)) {
			error("latestEnd", "windowEndsBeforeStart", latestEnd, earliestStart);
			window = false;
		}
		int duration = duration(durationDays);
		if (window && duration > 0 && duration > ChronoUnit.DAYS.between(es, le) + 1) {
			error("durationDays", "durationExceedsWindow", duration, ChronoUnit.DAYS.between(es, le) + 1);
			window = false;
		}
		Optional<LocalDate> preferred = optionalStart("preferredStart", preferredStart, es, le, duration, window);
		Optional<LocalDate> pinned = optionalStart("pinnedStart", pinnedStart, es, le, duration, window);
		long costCents = requiredCents("cost", cost);
		long shareCents = requiredCents("shareableCost", shareableCost);
		if (costCents >= 0 && shareCents > costCents) {
			error("shareableCost", "shareableExceedsCost");
		}
		if (!recurring.themeLists.contains(themes)) {
			boolean good = true;
			for (String theme : themes) {
				if (theme == null || !THEME.matcher(theme).matches()) {
					error("themes", "badTheme", theme);
					good = false;
				}
			}
			if (good) {
				recurring.themeLists.add(themes);
			}
		}
		for (String dependency : dependsOn) {
			if (blank(dependency)) {
				error("dependsOn", "required");
			}
			else {
				text("dependsOn", dependency, 100);
			}
		}
		return new Task(id == null ? "" : id, title == null ? "" : title, owner == null ? "" : owner,
				taskType == null ? TaskType.OTHER : taskType, es == null ? PLACEHOLDER : es,
				le == null ? PLACEHOLDER : le, Math.max(duration, 1), preferred, Math.max(costCents, 0),
				Math.max(shareCents, 0), themes, dependsOn, funding, pinned, geometry);
	}

	private TaskType type(String text) {
		if (blank(text)) {
			error("type", "required");
			return null;
		}
		try {
			return TaskType.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			error("type", "unknownType", text);
			return null;
		}
	}

	private LocalDate requiredDate(String field, String text) {
		if (blank(text)) {
			error(field, "required");
			return null;
		}
		Optional<LocalDate> date = date(text);
		if (date.isEmpty()) {
			error(field, "badDate", text);
		}
		return date.orElse(null);
	}

	private Optional<LocalDate> optionalStart(String field, String text, LocalDate es, LocalDate le, int duration,
			boolean window) {
		if (blank(text)) {
			return Optional.empty();
		}
		Optional<LocalDate> date = date(text);
		if (date.isEmpty()) {
			error(field, "badDate", text);
		}
		else if (window && duration > 0 && (date.get().isBefore(es) || date.get().plusDays(duration - 1L).isAfter(le))) {
			error(field, "startOutsideWindow", text);
		}
		return date;
	}

	private int duration(String text) {
		if (blank(text)) {
			error("durationDays", "required");
			return -1;
		}
		try {
			int days = Integer.parseInt(text.trim());
			if (days < 1) {
				error("durationDays", "durationTooShort");
				return -1;
			}
			return days;
		}
		catch (NumberFormatException ex) {
			error("durationDays", "notWholeNumber", text);
			return -1;
		}
	}

	private long requiredCents(String field, String text) {
		if (blank(text)) {
			error(field, "required");
			return -1;
		}
		Optional<Long> cents = cents(field, text);
		if (cents.isPresent() && cents.get() < 0) {
			error(field, "negative");
			return -1;
		}
		return cents.orElse(-1L);
	}

	/** Euros as text (a dot for decimals) to cents, with an error when it is not a number of at most 2 decimals. */
	public Optional<Long> cents(String field, String text) {
		if (blank(text)) {
			error(field, "required");
			return Optional.empty();
		}
		OptionalLong plain = plainCents(text.trim());
		if (plain.isPresent()) {
			return Optional.of(plain.getAsLong());
		}
		try {
			BigDecimal euros = new BigDecimal(text.trim());
			if (euros.stripTrailingZeros().scale() > 2 || euros.abs().compareTo(BigDecimal.valueOf(1e13)) > 0) {
				error(field, "badAmount", text);
				return Optional.empty();
			}
			return Optional.of(euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
		}
		catch (NumberFormatException | ArithmeticException ex) {
			error(field, "badAmount", text);
			return Optional.empty();
		}
	}

	/**
	 * The cents of an amount written as at most 13 digits with at most two decimals ({@code 1250}, {@code 12.5},
	 * {@code -3.05}), the form nearly every file uses, without a BigDecimal; empty for any other form, which
	 * {@link #cents} then reads in full. Within this form both give the same cents.
	 */
	private static OptionalLong plainCents(String text) {
		int n = text.length();
		int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
		long whole = 0;
		int digits = 0;
		while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			whole = whole * 10 + (text.charAt(i++) - '0');
			digits++;
		}
		if (digits == 0 || digits > 13) {
			return OptionalLong.empty();
		}
		long cents = whole * 100;
		if (i < n) {
			if (text.charAt(i) != '.' || n - i - 1 < 1 || n - i - 1 > 2) {
				return OptionalLong.empty();
			}
			int tenths = text.charAt(i + 1) - '0';
			int hundredths = n - i - 1 == 2 ? text.charAt(i + 2) - '0' : 0;
			if (tenths < 0 || tenths > 9 || hundredths < 0 || hundredths > 9) {
				return OptionalLong.empty();
			}
			cents += tenths * 10 + hundredths;
		}
		return OptionalLong.of(text.charAt(0) == '-' ? -cents : cents);
	}

	/** An ISO date ({@link LocalDate#parse}), or empty when the text is not one. */
	static Optional<LocalDate> date(String text) {
		String trimmed = text.trim();
		Optional<LocalDate> common = commonDate(trimmed);
		if (common != null) {
			return common;
		}
		try {
			return Optional.of(LocalDate.parse(trimmed));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The plain form {@code yyyy-mm-dd} of a year 1900-2199 without the general parser, each date once: a file of a
	 * million tasks names a few thousand dates, and parsing and keeping each mention cost more than the rest of a
	 * task. Null when the text has another form (the general parser decides); empty for an impossible day such as
	 * 2027-02-30, which the general parser refuses as well.
	 */
	private static Optional<LocalDate> commonDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < FIRST_COMMON_YEAR || year >= FIRST_COMMON_YEAR + COMMON_YEARS || month < 0 || day < 0) {
			return null;
		}
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return Optional.empty();
		}
		int slot = ((year - FIRST_COMMON_YEAR) * 12 + month - 1) * 31 + day - 1;
		Optional<LocalDate> date = COMMON_DATES[slot];
		if (date == null) {
			try {
				date = Optional.of(LocalDate.of(year, month, day));
			}
			catch (DateTimeException ex) {
				date = Optional.empty();
			}
			// a race stores equal values; either is fine
			COMMON_DATES[slot] = date;
		}
		return date;
	}

	/** The number written by the ASCII digits {@code [from, to)}, or -1 when one is not a digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static boolean isThemeCode(String s) {
		return s != null && THEME.matcher(s).matches();
	}
}
