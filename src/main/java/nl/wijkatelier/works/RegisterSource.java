package nl.wijkatelier.works;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.wijkatelier.shared.Checks;

/**
 * Where a works register that publishes GeoJSON keeps what an import needs: the names of the feature properties
 * that hold the register's own record id, the work type (read through the register's {@link WorkTypeMapping}), the
 * organisation doing the work, the start and end dates and the description (the task's title); how it writes its
 * dates; and its coordinates. A programme remembers one per register name, so the next import needs no choices.
 *
 * @param register the register's short name, the key of its mapping and of the links from its record ids to tasks
 *        ({@code WIOR} is the Amsterdam importer's own and cannot be used here)
 * @param idField the property with the register's record id; {@code id} also finds the Feature's own {@code id} member
 * @param ownerField the property naming the organisation, or empty: a value that is the name of a party of the
 *        neighbourhood makes that party the owner, any other value leaves the owner the importer chose
 * @param datePattern a {@link DateTimeFormatter} pattern such as {@code dd-MM-yy}, or empty for ISO 8601 dates (a
 *        date-time counts by its date)
 * @param crs the coordinates: {@link Crs#AUTO} reads the FeatureCollection's {@code crs} member and assumes WGS84
 *        (the GeoJSON default) without one
 */
public record RegisterSource(String register, String idField, String typeField, String ownerField, String startField,
		String endField, String titleField, String datePattern, Crs crs) {

	/** The coordinate reference system of the features' geometries. */
	public enum Crs {
		AUTO, WGS84, RD_NEW
	}

	static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
	private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");
	private static final Pattern DATE_LETTERS = Pattern.compile("[dMy./ -]{1,30}");

	public RegisterSource {
		register = trim(register);
		idField = trim(idField);
		typeField = trim(typeField);
		ownerField = trim(ownerField);
		startField = trim(startField);
		endField = trim(endField);
		titleField = trim(titleField);
		datePattern = trim(datePattern);
		crs = crs == null ? Crs.AUTO : crs;
	}

	/** Reads a {@code crs} choice as typed (wgs84 or EPSG:4326, rd or EPSG:28992); anything else means AUTO. */
	public static Crs crs(String text) {
		return switch (crsKey(text)) {
			case "wgs84", "epsg4326", "crs84" -> Crs.WGS84;
			case "rd", "rdnew", "epsg28992" -> Crs.RD_NEW;
			default -> Crs.AUTO;
		};
	}

	/** Whether a text names a coordinate choice {@link #crs(String)} knows (auto, wgs84, rd and their spellings). */
	public static boolean isCrs(String text) {
		return switch (crsKey(text)) {
			case "", "auto", "wgs84", "epsg4326", "crs84", "rd", "rdnew", "epsg28992" -> true;
			default -> false;
		};
	}

	private static String crsKey(String text) {
		return trim(text).toLowerCase(Locale.ROOT).replaceAll("[_:\\s-]", "");
	}

	/** Every fault of the choices as form errors (fields named after the components). */
	public Checks check(Checks checks) {
		if (!NAME.matcher(register).matches()) {
			checks.add("register", "works.error.source.badRegister");
		}
		else if (register.equalsIgnoreCase(WiorTasks.REGISTER)) {
			checks.add("register", "works.error.source.wiorReserved");
		}
		required(checks, "idField", idField);
		required(checks, "typeField", typeField);
		required(checks, "startField", startField);
		required(checks, "endField", endField);
		required(checks, "titleField", titleField);
		if (!ownerField.isEmpty() && !FIELD.matcher(ownerField).matches()) {
			checks.add("ownerField", "works.error.source.badField", ownerField);
		}
		if (!datePattern.isEmpty() && (!DATE_LETTERS.matcher(datePattern).matches() || dateFormat() == null)) {
			checks.add("datePattern", "works.error.source.badDatePattern", datePattern);
		}
		return checks;
	}

	/** Whether a text may name a GeoJSON register (WIOR may too, but is the Amsterdam importer's own). */
	public static boolean isName(String text) {
		return text != null && NAME.matcher(text.trim()).matches();
	}

	/** The register name as stored: upper case, so "gipod" and "GIPOD" are one register. */
	public String key() {
		return register.toUpperCase(Locale.ROOT);
	}

	/** The date format of {@link #datePattern}, or null for ISO 8601. */
	DateTimeFormatter dateFormat() {
		if (datePattern.isEmpty()) {
			return null;
		}
		try {
			return DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void required(Checks checks, String name, String value) {
		if (value.isEmpty()) {
			checks.add(name, "error.required");
		}
		else if (!FIELD.matcher(value).matches()) {
			checks.add(name, "works.error.source.badField", value);
		}
	}

	private static String trim(String text) {
		return text == null ? "" : text.trim();
	}
}
