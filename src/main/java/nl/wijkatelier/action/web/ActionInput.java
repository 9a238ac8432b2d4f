package nl.wijkatelier.action.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * Reading what the API and the pages send about an action: a neighbourhood id and dates, each fault added to the
 * checks with its field, and every fault of reading and of the use case's own check reported at once. A sign-up's
 * body has its own reader ({@code SignupDetails.fromJson}, {@code SignupDetails.fromForm}).
 */
final class ActionInput {

	private ActionInput() {
	}

	/**
	 * Throws the violations found while reading the input together with those of the use case's own check, so a
	 * person sees every mistake at once; a field already reported while reading is not reported twice.
	 */
	static void allAtOnce(Checks reading, Runnable validation) {
		List<InvalidInputException.Violation> all = new ArrayList<>();
		try {
			reading.throwIfAny();
		}
		catch (InvalidInputException ex) {
			all.addAll(ex.violations());
		}
		try {
			validation.run();
		}
		catch (InvalidInputException ex) {
			Set<String> seen = new HashSet<>();
			all.forEach(v -> seen.add(v.field()));
			ex.violations().stream().filter(v -> !seen.contains(v.field())).forEach(all::add);
		}
		if (!all.isEmpty()) {
			throw new InvalidInputException(all);
		}
	}

	static NeighbourhoodId neighbourhoodId(String text, Checks checks) {
		try {
			return NeighbourhoodId.of(text == null ? "" : text.trim());
		}
		catch (IllegalArgumentException ex) {
			checks.add("neighbourhoodId", "error.neighbourhood.unknown", text == null ? "" : text);
			return null;
		}
	}

	static LocalDate date(String field, String text, Checks checks) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			checks.add(field, "error.action.date");
			return null;
		}
	}
}
