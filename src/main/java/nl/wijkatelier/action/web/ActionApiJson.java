package nl.wijkatelier.action.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.ActionEvent;
import nl.wijkatelier.action.Signup;
import nl.wijkatelier.action.SignupRules;
import nl.wijkatelier.action.Threshold;

/** The JSON bodies of the actions API ({@link ActionApi}), in and out. */
final class ActionApiJson {

	private ActionApiJson() {
	}

	record ThresholdJson(Integer households, String label) {
	}

	/**
	 * The organiser's sign-up rules; a missing field is false.
	 *
	 * @param onePerAddress one sign-up per postcode and house number (both then required)
	 * @param emailConfirmation a sign-up counts only after its household confirmed it through a mailed link
	 */
	record RulesJson(Boolean onePerAddress, Boolean emailConfirmation) {
		static RulesJson of(SignupRules rules) {
			return new RulesJson(rules.onePerAddress(), rules.emailConfirmation());
		}

		SignupRules rules() {
			return new SignupRules(Boolean.TRUE.equals(onePerAddress), Boolean.TRUE.equals(emailConfirmation));
		}
	}

	record NewActionJson(String neighbourhoodId, String template, String title, String description, String startDate,
			String endDate, Integer target, List<ThresholdJson> thresholds, List<String> themes, RulesJson rules) {
	}

	/**
	 * @param signupIds the sign-ups to void, all of this action (at most 1,000)
	 * @param reason why, shown with a withdrawn threshold and kept in the action's events and the audit log
	 */
	record VoidJson(List<String> signupIds, String reason) {
	}

	/** @param withdrawn the thresholds withdrawn because they were reached only through the voided sign-ups */
	record VoidedJson(int voided, int households, List<ThresholdState> withdrawn) {
	}

	record Created(String id) {
	}

	/**
	 * @param reachedAt when it was (last) reached; kept when withdrawn
	 * @param withdrawnAt when it was withdrawn because it was reached only through voided sign-ups; null otherwise
	 */
	record ThresholdState(int households, String label, Instant reachedAt, boolean currentlyBelow, Instant withdrawnAt,
			String withdrawnReason) {
		static ThresholdState of(Threshold t, int households) {
			return new ThresholdState(t.households(), t.label(), t.reachedAt().orElse(null),
					t.reached() && households < t.households(), t.withdrawnAt().orElse(null),
					t.withdrawnReason().orElse(null));
		}

		boolean reached() {
			return reachedAt != null && withdrawnAt == null;
		}
	}

	record ParameterJson(String name, String label, double value, String unit, String source) {
	}

	record ImpactJson(String key, String label, double value, String unit, String formula, List<ParameterJson> parameters) {
	}

	record FieldJson(String key, String unit, int max) {
	}

	record ActionJson(String id, String neighbourhoodId, String template, String title, String description,
			LocalDate startDate, LocalDate endDate, Integer target, List<String> themes, boolean open, boolean example,
			int households, Map<String, Long> totals, List<ThresholdState> thresholds,
			List<ThresholdState> thresholdsReached, List<ImpactJson> impact, List<FieldJson> fields,
			boolean contactNeeded, RulesJson rules) {
	}

	record ActionSummary(String id, String neighbourhoodId, String template, String title, int households,
			boolean example) {
		static ActionSummary of(Action a) {
			return new ActionSummary(a.id().toString(), a.neighbourhoodId().toString(), a.template().name(), a.title(),
					a.households(), a.example());
		}
	}

	record EventJson(String kind, int households, String label, Instant at) {
		static EventJson of(ActionEvent e) {
			return new EventJson(e.kind().name(), e.households(), e.label().orElse(null), e.at());
		}
	}

	/** @param manageUrl the private web page where the household views, changes, cancels or deletes its sign-up */
	record ReceiptJson(String signupId, String manageToken, String manageUrl) {
	}

	/**
	 * @param status {@code ACTIVE} (counts), {@code PENDING} (waits for the e-mail confirmation, does not count),
	 *        {@code CANCELLED} or {@code VOIDED}
	 * @param clientGroup a keyed hash of the client address it came from (the same for sign-ups from one address
	 *        of one action); null when unknown
	 */
	record SignupJson(String signupId, String actionId, String actionTitle, String status,
			Map<String, Integer> quantity, Map<String, String> household, boolean followUpConsent, Instant createdAt,
			Instant updatedAt, String clientGroup) {
		/** Everything stored, for the household itself. */
		static SignupJson of(Signup s, Action a) {
			return of(s, a, true);
		}

		/**
		 * What an organiser may see: the quantities, and contact data only when the template needs it (an e-mail
		 * address given only to join the network is not theirs to see).
		 */
		static SignupJson forOrganiser(Signup s, Action a) {
			return of(s, a, a.template().contact().needsContact());
		}

		private static SignupJson of(Signup s, Action a, boolean contact) {
			Map<String, String> household = new LinkedHashMap<>();
			s.name().ifPresent(v -> household.put("name", v));
			s.email().filter(v -> contact).ifPresent(v -> household.put("email", v));
			s.postcode().ifPresent(v -> household.put("postcode", v));
			s.houseNumber().ifPresent(v -> household.put("houseNumber", v));
			return new SignupJson(s.id().toString(), a.id().toString(), a.title(), s.status().name(), s.quantities(),
					household, contact && s.followUpConsent(), s.createdAt(), s.updatedAt(), s.clientGroup().orElse(null));
		}
	}

	record NetworkJson(int members, List<PointJson> growth) {
	}

	record PointJson(String month, int members) {
	}

	record InvitedJson(int invited) {
	}
}
