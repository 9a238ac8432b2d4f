package nl.wijkatelier.works;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;

import nl.wijkatelier.shared.Money;
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

	private final Sink sink;
	private final boolean people;

	/** For the file readers: amounts are file text ({@link Money#parseFileText}). */
	public TaskValidation(Sink sink) {
		this(sink, false);
	}

	private TaskValidation(Sink sink, boolean people) {
		this.sink = sink;
		this.people = people;
	}

	/** For a form people fill in: amounts as people type them ({@link Money#parse}). */
	public static TaskValidation forPeople(Sink sink) {
		return new TaskValidation(sink, true);
	}

	public void error(String field, String code, Object... arguments) {
		sink.add(field, code, arguments);
	}

	/** Applies the shared free-text rule ({@link SafeText}); its reasons keep their {@code error.text.*} keys. */
	public void text(String field, String value, int maxLength) {
		SafeText.problem(value, maxLength).ifPresent(p -> error(field, p.messageKey(), p.arguments().toArray()));
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
			text("title", title, 300);
		}
		if (blank(owner)) {
			error("owner", "required");
		}
		else {
			text("owner", owner, 200);
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
		for (String theme : themes) {
			if (!isThemeCode(theme)) {
				error("themes", "badTheme", theme);
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

	/**
	 * Euros as text to cents, with an error naming what is wrong: file text (a dot for decimals) for the file
	 * readers, text people type (Dutch or English separators, an optional €) for the web form.
	 */
	public Optional<Long> cents(String field, String text) {
		if (blank(text)) {
			error(field, "required");
			return Optional.empty();
		}
		try {
			return Optional.of((people ? Money.parse(text) : Money.parseFileText(text)).cents());
		}
		catch (Money.UnreadableAmountException ex) {
			Money.Problem problem = ex.problem();
			error(field, problem.messageKey(), problem.text(), Money.MAX_EUROS);
			return Optional.empty();
		}
	}

	static Optional<LocalDate> date(String text) {
		String t = text.trim();
		if (isPlainIsoDate(t)) {
			// the common yyyy-mm-dd without the formatter: the same answer, month and day checked by LocalDate.of
			try {
				return Optional.of(LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)));
			}
			catch (DateTimeException ex) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.parse(t));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPlainIsoDate(String t) {
		if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = t.charAt(i);
			if (i != 4 && i != 7 && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static int digits(String t, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (t.charAt(i) - '0');
		}
		return value;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** Whether the text matches {@link #THEME}, checked character by character (it runs for every task read). */
	static boolean isThemeCode(String s) {
		if (s == null || s.length() < 2 || s.length() > 40 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
			return false;
		}
		for (int i = 1; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
				return false;
			}
		}
		return true;
	}
}
