package nl.wijkatelier.action;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.SafeText;

/**
 * The rules a household's sign-up meets against its action: quantities within the template's fields, the contact
 * details the template or the organiser's rules need, each in its format. What was read is {@link SignupDetails}
 * (with its limits); what is kept is only what the action needs.
 */
final class SignupValidation {

	// A pragmatic address check: one @, a dot in the domain, no spaces; the mail server has the last word.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
	// Dutch postcode: four digits (not starting with 0), optional space, two letters (not SA, SD or SS).
	private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}");
	private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?");

	private SignupValidation() {
	}

	/**
	 * Checks a household's input against the template and keeps only what the action needs: quantities always;
	 * name, postcode and house number only when the template needs contact; the e-mail address when the template
	 * needs contact or the household opted in to hear about the next action. With the organiser's rules: one
	 * sign-up per address needs postcode and house number, e-mail confirmation needs the e-mail address. The address
	 * under the rule is kept as a keyed hash, the confirmation address only in the mail.
	 */
	static SignupDetails checked(ActionTemplate template, SignupRules rules, SignupDetails details) {
		Checks checks = new Checks();
		if (rules.onePerAddress()) {
			if (details.postcode().isEmpty()) {
				checks.add("household.postcode", "error.action.address.required");
			}
			if (details.houseNumber().isEmpty()) {
				checks.add("household.houseNumber", "error.action.address.required");
			}
		}
		if (rules.emailConfirmation() && details.email().isEmpty()) {
			checks.add("household.email", "error.action.email.forConfirmation");
		}
		Map<String, Integer> quantities = new LinkedHashMap<>();
		long sum = 0;
		for (Map.Entry<String, Integer> entry : details.quantities().entrySet()) {
			Optional<QuantityField> field = template.field(entry.getKey());
			if (field.isEmpty()) {
				checks.add("quantity." + entry.getKey(), "error.action.quantity.unknown", entry.getKey());
				continue;
			}
			Integer value = entry.getValue();
			if (value == null || value < 0 || value > field.get().max()) {
				checks.add("quantity." + entry.getKey(), "error.action.quantity.range", field.get().max());
				continue;
			}
			sum += value;
		}
		for (QuantityField field : template.fields()) {
			Integer value = details.quantities().get(field.key());
			quantities.put(field.key(), value == null || value < 0 || value > field.max() ? 0 : value);
		}
		if (checks.isEmpty() && sum == 0) {
			checks.add("quantity", "error.action.quantity.nothing");
		}
		boolean contact = template.contact().needsContact();
		details.email().ifPresent(email -> {
			if (email.length() > SignupDetails.EMAIL_MAX || !EMAIL.matcher(email).matches()
					|| !SafeText.isSafe(email, SignupDetails.EMAIL_MAX)) {
				checks.add("household.email", "error.action.email");
			}
		});
		details.postcode().ifPresent(postcode -> {
			if (!POSTCODE.matcher(postcode.toUpperCase(Locale.ROOT)).matches()) {
				checks.add("household.postcode", "error.action.postcode");
			}
		});
		details.houseNumber().ifPresent(number -> {
			if (!HOUSE_NUMBER.matcher(number).matches()) {
				checks.add("household.houseNumber", "error.action.houseNumber");
			}
		});
		checks.optionalText("household.name", details.name().orElse(null), SignupDetails.NAME_MAX);
		if (contact) {
			if (details.name().isEmpty()) {
				checks.add("household.name", "error.required");
			}
			if (details.email().isEmpty()) {
				checks.add("household.email", "error.required");
			}
			if (details.postcode().isEmpty()) {
				checks.add("household.postcode", "error.required");
			}
			if (details.houseNumber().isEmpty()) {
				checks.add("household.houseNumber", "error.required");
			}
		}
		else if (details.followUpConsent() && details.email().isEmpty()) {
			checks.add("household.email", "error.action.email.forFollowUp");
		}
		checks.throwIfAny();
		Optional<String> postcode = details.postcode().map(p -> p.toUpperCase(Locale.ROOT).replace(" ", ""))
				.map(p -> p.substring(0, 4) + " " + p.substring(4));
		return new SignupDetails(quantities, contact ? details.name() : Optional.empty(),
				contact || details.followUpConsent() ? details.email() : Optional.empty(),
				contact ? postcode : Optional.empty(), contact ? details.houseNumber() : Optional.empty(),
				details.followUpConsent());
	}
}
