package nl.wijkatelier.action;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;

/**
 * What a household gives when it signs up or changes its sign-up, as typed (checked against the action by
 * {@link SignupValidation}). The one reader of a sign-up, for the API's JSON body ({@link #fromJson}) and the web
 * form ({@link #fromForm}) alike, with one set of limits: any field over its limit is refused with
 * {@code error.tooLong} naming the field ({@code household.name}) and the limit.
 *
 * @param quantities per field key of the template, a whole number ≥ 0
 */
public record SignupDetails(Map<String, Integer> quantities, Optional<String> name, Optional<String> email,
		Optional<String> postcode, Optional<String> houseNumber, boolean followUpConsent) {

	/** The longest name kept, in characters. */
	public static final int NAME_MAX = 120;
	/** The longest e-mail address (RFC 5321's path limit). */
	public static final int EMAIL_MAX = 254;
	/**
	 * The longest postcode and house number read; their formats are far shorter, so a longer text is refused as too
	 * long before the format check could say what is wrong with it.
	 */
	public static final int ADDRESS_PART_MAX = 20;

	private static final Map<String, Integer> TEXT_LIMITS = Map.of("name", NAME_MAX, "email", EMAIL_MAX, "postcode",
			ADDRESS_PART_MAX, "houseNumber", ADDRESS_PART_MAX);

	public SignupDetails {
		quantities = quantities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
		name = blankToEmpty(name);
		email = blankToEmpty(email);
		postcode = blankToEmpty(postcode);
		houseNumber = blankToEmpty(houseNumber);
	}

	/**
	 * Reads the API's body: {@code quantity} (an object of whole numbers), {@code household} ({@code name, email,
	 * postcode, houseNumber}: texts or numbers) and {@code followUpConsent} (a boolean). Every wrong field is named.
	 *
	 * @throws InvalidInputException naming each wrong field
	 */
	public static SignupDetails fromJson(JsonNode body) {
		Checks checks = new Checks();
		Map<String, Object> quantities = null;
		JsonNode quantity = body == null ? null : body.get("quantity");
		if (quantity != null && quantity.isObject()) {
			quantities = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : quantity.properties()) {
				JsonNode value = entry.getValue();
				// Only JSON numbers are numbers here: a string "5" is refused, as the API documents.
				quantities.put(entry.getKey(), value.isNumber() ? value.numberValue() : value);
			}
		}
		JsonNode household = body == null ? null : body.get("household");
		Map<String, Object> texts = new LinkedHashMap<>();
		for (String field : List.of("name", "email", "postcode", "houseNumber")) {
			JsonNode value = household == null ? null : household.get(field);
			if (value == null || value.isNull()) {
				continue;
			}
			texts.put(field, value.isString() || value.isNumber() ? value.asString() : value);
		}
		JsonNode consent = body == null ? null : body.get("followUpConsent");
		boolean followUp = false;
		if (consent != null && !consent.isNull()) {
			if (consent.isBoolean()) {
				followUp = consent.asBoolean();
			}
			else {
				checks.add("followUpConsent", "error.action.boolean");
			}
		}
		return read(quantities, texts, followUp, checks);
	}

	/**
	 * Reads the web form: {@code q.<field>} quantities (empty means 0), {@code name, email, postcode, houseNumber}
	 * and the opt-in {@code followUpConsent=true}.
	 *
	 * @throws InvalidInputException naming each wrong field
	 */
	public static SignupDetails fromForm(Map<String, String> params) {
		Map<String, Object> quantities = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("q.") && value != null && !value.isBlank()) {
				quantities.put(name.substring(2), value.trim());
			}
		});
		Map<String, Object> texts = new LinkedHashMap<>();
		for (String field : List.of("name", "email", "postcode", "houseNumber")) {
			String value = params.get(field);
			if (value != null) {
				texts.put(field, value);
			}
		}
		return read(quantities, texts, "true".equals(params.get("followUpConsent")), new Checks());
	}

	/**
	 * The one reading rule. A quantity is a whole number (a number without fraction, or digits in a form); one
	 * beyond the int range is kept as the int's extreme, for the template's range check to refuse. A household
	 * text is a string within its limit ({@link #NAME_MAX}, {@link #EMAIL_MAX}, {@link #ADDRESS_PART_MAX}).
	 *
	 * @param quantities null when the body has no quantity object
	 */
	private static SignupDetails read(Map<String, Object> quantities, Map<String, Object> texts, boolean followUp,
			Checks checks) {
		Map<String, Integer> whole = new LinkedHashMap<>();
		if (quantities == null) {
			checks.add("quantity", "error.action.quantity.nothing");
		}
		else {
			quantities.forEach((key, value) -> wholeNumber(value).ifPresentOrElse(n -> whole.put(key, n),
					() -> checks.add("quantity." + key, "error.action.quantity.whole")));
		}
		Map<String, String> kept = new LinkedHashMap<>();
		texts.forEach((field, value) -> {
			if (!(value instanceof String text)) {
				checks.add("household." + field, "error.action.text");
			}
			else if (text.length() > TEXT_LIMITS.get(field)) {
				checks.add("household." + field, "error.tooLong", TEXT_LIMITS.get(field));
			}
			else {
				kept.put(field, text);
			}
		});
		checks.throwIfAny();
		return new SignupDetails(whole, Optional.ofNullable(kept.get("name")), Optional.ofNullable(kept.get("email")),
				Optional.ofNullable(kept.get("postcode")), Optional.ofNullable(kept.get("houseNumber")), followUp);
	}

	private static Optional<Integer> wholeNumber(Object value) {
		long number;
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			number = ((Number) value).longValue();
		}
		else if (value instanceof BigInteger big) {
			number = big.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
		}
		else if (value instanceof String text) {
			try {
				number = Long.parseLong(text);
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		else {
			return Optional.empty();
		}
		return Optional.of((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number)));
	}

	/**
	 * The details in one unambiguous text: quantities sorted by key, then each field length-prefixed (an absent
	 * field differs from any text). Two requests with the same canonical text ask for the same sign-up.
	 */
	public String canonical() {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(quantities).forEach((k, v) -> field(text, k).append('=').append(v).append(';'));
		for (Optional<String> value : List.of(name, email, postcode, houseNumber)) {
			if (value.isEmpty()) {
				text.append("-|");
			}
			else {
				field(text, value.get()).append('|');
			}
		}
		return text.append(followUpConsent).toString();
	}

	private static StringBuilder field(StringBuilder text, String value) {
		return text.append(value.length()).append(':').append(value);
	}

	private static Optional<String> blankToEmpty(Optional<String> text) {
		return text == null ? Optional.empty() : text.map(String::trim).filter(s -> !s.isEmpty());
	}
}
