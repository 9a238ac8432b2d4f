package nl.wijkatelier.action.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.ActionEvent;
import nl.wijkatelier.action.ActionId;
import nl.wijkatelier.action.ActionNetwork;
import nl.wijkatelier.action.ActionTemplate;
import nl.wijkatelier.action.ActionView;
import nl.wijkatelier.action.Actions;
import nl.wijkatelier.action.ImpactParameter;
import nl.wijkatelier.action.Leaderboard;
import nl.wijkatelier.action.NewAction;
import nl.wijkatelier.action.Signup;
import nl.wijkatelier.action.SignupDetails;
import nl.wijkatelier.action.SignupReceipt;
import nl.wijkatelier.action.SignupRules;
import nl.wijkatelier.action.Threshold;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import tools.jackson.databind.JsonNode;

/** The actions REST API: create actions, sign households up (idempotently), manage a sign-up by its token. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Actions", description = "Neighbourhood actions, sign-ups, thresholds, impact, network and leaderboard")
class ActionApi {

	private final Actions actions;
	private final ActionNetwork network;
	private final Leaderboard leaderboard;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;
	private final nl.wijkatelier.action.ActionProperties properties;

	private final SignupLimit signupLimit;

	ActionApi(Actions actions, ActionNetwork network, Leaderboard leaderboard, CurrentUsers currentUsers,
			MessageSource messages, nl.wijkatelier.action.ActionProperties properties, SignupLimit signupLimit) {
		this.signupLimit = signupLimit;
		this.properties = properties;
		this.actions = actions;
		this.network = network;
		this.leaderboard = leaderboard;
		this.currentUsers = currentUsers;
		this.messages = messages;
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

	@PostMapping("/actions")
	@Operation(summary = "Start an action in a neighbourhood (its facilitator, an officer there, or an admin)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Created> create(@RequestBody NewActionJson body) {
		CurrentUser user = currentUsers.require();
		Checks checks = new Checks();
		NeighbourhoodId neighbourhood = neighbourhoodId(body.neighbourhoodId(), checks);
		LocalDate start = date("startDate", body.startDate(), checks);
		LocalDate end = date("endDate", body.endDate(), checks);
		if (neighbourhood != null) {
			currentUsers.require(u -> Actions.mayOrganise(u, neighbourhood));
		}
		List<NewAction.ThresholdSpec> thresholds = body.thresholds() == null ? List.of()
				: body.thresholds().stream().map(t -> t == null ? null
						: new NewAction.ThresholdSpec(t.households(), t.label())).toList();
		NewAction command = new NewAction(neighbourhood, body.template(), body.title(), body.description(), start, end,
				body.target(), thresholds, body.themes(), false,
				body.rules() == null ? SignupRules.NONE : body.rules().rules());
		allAtOnce(checks, () -> actions.validate(command));
		Action action = actions.create(command, Optional.of(user));
		return ResponseEntity.created(URI.create("/api/v1/actions/" + action.id())).body(new Created(action.id().toString()));
	}

	@GetMapping("/actions")
	@Operation(summary = "All actions, newest first")
	List<ActionSummary> list(@RequestParam(required = false) NeighbourhoodId neighbourhood) {
		return (neighbourhood == null ? actions.all() : actions.of(neighbourhood)).stream().map(ActionSummary::of).toList();
	}

	@GetMapping("/actions/{id}")
	@Operation(summary = "An action with its households, totals per contributed quantity, thresholds reached and impact")
	ActionJson action(@PathVariable ActionId id, Locale locale) {
		ActionView view = actions.view(id);
		Action a = view.action();
		List<ThresholdState> all = view.thresholds().stream().map(t -> ThresholdState.of(t, view.households())).toList();
		return new ActionJson(a.id().toString(), a.neighbourhoodId().toString(), a.template().name(), a.title(),
				a.description().orElse(null), a.startDate().orElse(null), a.endDate().orElse(null),
				a.target().isPresent() ? a.target().getAsInt() : null,
				a.themes().stream().map(t -> t.value()).toList(), view.open(), a.example(), view.households(),
				view.totals().byField(), all, all.stream().filter(ThresholdState::reached).toList(),
				view.impact().stream().map(e -> impact(e, locale)).toList(),
				a.template().fields().stream().map(f -> new FieldJson(f.key(), text(f.unitKey(), locale), f.max())).toList(),
				a.template().contact().needsContact(), RulesJson.of(a.rules()));
	}

	private ImpactJson impact(ActionView.Estimate estimate, Locale locale) {
		String key = estimate.measure().key();
		List<ParameterJson> parameters = new ArrayList<>();
		for (ImpactParameter p : estimate.measure().parameters()) {
			parameters.add(new ParameterJson(p.name(), text(p.messageKey(), locale), p.value(actions.parameters()),
					text(p.unitKey(), locale), text(p.sourceKey(), locale)));
		}
		return new ImpactJson(key, text("impact." + key, locale), Math.round(estimate.value() * 10) / 10.0,
				text(estimate.measure().unitKey(), locale), text("impact." + key + ".formula", locale), parameters);
	}

	@PostMapping("/actions/{id}/signups")
	@Operation(summary = "Sign a household up (no account needed). A repeat with the same Idempotency-Key answers as "
			+ "the first did, with the same signupId and manageToken, and counts nothing.")
	ResponseEntity<ReceiptJson> signUp(@PathVariable ActionId id,
			@Parameter(description = "A unique key per sign-up attempt, 16 to 200 characters (a UUID); replayed only "
					+ "with the same body, another body with a used key answers 422")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestBody JsonNode body, HttpServletRequest request) {
		signupLimit.count(id, request.getRemoteAddr());
		SignupReceipt receipt = actions.signUp(id, Optional.ofNullable(idempotencyKey), SignupDetails.fromJson(body),
				Optional.ofNullable(request.getRemoteAddr()));
		return ResponseEntity.status(HttpStatus.CREATED)
				.header("Location", "/api/v1/signups/" + receipt.manageToken())
				.body(new ReceiptJson(receipt.signupId().toString(), receipt.manageToken(),
						properties.publicUrl() + "/actions/manage/" + receipt.manageToken()));
	}

	@GetMapping("/actions/{id}/events")
	@Operation(summary = "What happened to an action: created, thresholds reached (each once), network invited")
	List<EventJson> events(@PathVariable ActionId id) {
		return actions.events(id).stream().map(EventJson::of).toList();
	}

	@GetMapping("/actions/{id}/signups")
	@Operation(summary = "The active and pending sign-ups, oldest first, with only the data the template needs and "
			+ "the keyed hash of the client address each came from (organisers of the neighbourhood)",
			security = @SecurityRequirement(name = "bearer"))
	List<SignupJson> signups(@PathVariable ActionId id) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		return actions.openSignups(id).stream().map(s -> SignupJson.forOrganiser(s, action)).toList();
	}

	@PutMapping("/actions/{id}/rules")
	@Operation(summary = "Set the action's sign-up rules: one sign-up per postcode and house number, and/or an e-mail "
			+ "confirmation before a sign-up counts (organisers). They apply to new sign-ups.",
			security = @SecurityRequirement(name = "bearer"))
	RulesJson rules(@PathVariable ActionId id, @RequestBody RulesJson body) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		return RulesJson.of(actions.changeRules(id, body == null ? SignupRules.NONE : body.rules()).rules());
	}

	@PostMapping("/actions/{id}/signups/void")
	@Operation(summary = "Void sign-ups (organisers): they stop counting anywhere; households, totals and thresholds "
			+ "are recomputed, and a threshold reached only through them is withdrawn (kept, with when and why)",
			security = @SecurityRequirement(name = "bearer"))
	VoidedJson voidSignups(@PathVariable ActionId id, @RequestBody VoidJson body) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		Actions.Voided voided = actions.voidSignups(id, body == null ? null : body.signupIds(),
				body == null ? null : body.reason());
		return new VoidedJson(voided.voided(), voided.households(),
				voided.withdrawn().stream().map(t -> ThresholdState.of(t, voided.households())).toList());
	}

	@PostMapping("/actions/{id}/invitations")
	@Operation(summary = "Invite the neighbourhood's network to this action by e-mail, once (organisers)",
			security = @SecurityRequirement(name = "bearer"))
	InvitedJson invite(@PathVariable ActionId id, Locale locale) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		return new InvitedJson(network.invite(id, locale));
	}

	@GetMapping("/signups/{manageToken}")
	@Operation(summary = "Export everything stored about one's sign-up (with the private manage token)")
	SignupJson signup(@PathVariable String manageToken) {
		Actions.ManagedSignup managed = actions.managed(manageToken);
		return SignupJson.of(managed.signup(), managed.action());
	}

	@PutMapping("/signups/{manageToken}")
	@Operation(summary = "Change one's sign-up (same body as a sign-up)")
	SignupJson change(@PathVariable String manageToken, @RequestBody JsonNode body) {
		Actions.ManagedSignup managed = actions.change(manageToken, SignupDetails.fromJson(body));
		return SignupJson.of(managed.signup(), managed.action());
	}

	@PostMapping("/signups/{manageToken}/cancel")
	@Operation(summary = "Cancel one's sign-up: it no longer counts (kept until the personal data is removed)")
	SignupJson cancel(@PathVariable String manageToken) {
		Actions.ManagedSignup managed = actions.cancel(manageToken);
		return SignupJson.of(managed.signup(), managed.action());
	}

	@DeleteMapping("/signups/{manageToken}")
	@Operation(summary = "Delete one's sign-up and its network opt-in")
	ResponseEntity<Void> delete(@PathVariable String manageToken) {
		actions.delete(manageToken);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/actions/leaderboard")
	@Operation(summary = "Neighbourhoods and municipalities ranked by households for one template, absolute and per "
			+ "1,000 inhabitants (CBS 2024; null where the wijk is not known)")
	Leaderboard.Board leaderboard(@RequestParam String template) {
		ActionTemplate t = ActionTemplate.parse(template)
				.orElseThrow(() -> new InvalidInputException("template", "error.action.template", template));
		return leaderboard.of(t);
	}

	@GetMapping("/neighbourhoods/{id}/network")
	@Operation(summary = "The neighbourhood's lasting network: members now and at the end of each month")
	NetworkJson network(@PathVariable NeighbourhoodId id) {
		return new NetworkJson(network.size(id), network.growth(id).stream()
				.map(p -> new PointJson(p.month().toString(), p.members())).toList());
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
			java.util.Set<String> seen = new java.util.HashSet<>();
			all.forEach(v -> seen.add(v.field()));
			ex.violations().stream().filter(v -> !seen.contains(v.field())).forEach(all::add);
		}
		if (!all.isEmpty()) {
			throw new InvalidInputException(all);
		}
	}

	private static NeighbourhoodId neighbourhoodId(String text, Checks checks) {
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

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
