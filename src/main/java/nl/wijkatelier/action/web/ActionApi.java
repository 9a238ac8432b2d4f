package nl.wijkatelier.action.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

import tools.jackson.databind.JsonNode;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.ActionId;
import nl.wijkatelier.action.ActionNetwork;
import nl.wijkatelier.action.ActionProperties;
import nl.wijkatelier.action.ActionTemplate;
import nl.wijkatelier.action.ActionView;
import nl.wijkatelier.action.Actions;
import nl.wijkatelier.action.CancelSignup;
import nl.wijkatelier.action.ChangeSignup;
import nl.wijkatelier.action.ChangeSignupRules;
import nl.wijkatelier.action.CreateAction;
import nl.wijkatelier.action.DeleteSignup;
import nl.wijkatelier.action.ImpactParameter;
import nl.wijkatelier.action.Leaderboard;
import nl.wijkatelier.action.ManagedSignup;
import nl.wijkatelier.action.NewAction;
import nl.wijkatelier.action.SignUp;
import nl.wijkatelier.action.SignupDetails;
import nl.wijkatelier.action.SignupReceipt;
import nl.wijkatelier.action.SignupRules;
import nl.wijkatelier.action.VoidSignups;
import nl.wijkatelier.action.web.ActionApiJson.ActionJson;
import nl.wijkatelier.action.web.ActionApiJson.ActionSummary;
import nl.wijkatelier.action.web.ActionApiJson.Created;
import nl.wijkatelier.action.web.ActionApiJson.EventJson;
import nl.wijkatelier.action.web.ActionApiJson.FieldJson;
import nl.wijkatelier.action.web.ActionApiJson.ImpactJson;
import nl.wijkatelier.action.web.ActionApiJson.InvitedJson;
import nl.wijkatelier.action.web.ActionApiJson.NetworkJson;
import nl.wijkatelier.action.web.ActionApiJson.NewActionJson;
import nl.wijkatelier.action.web.ActionApiJson.ParameterJson;
import nl.wijkatelier.action.web.ActionApiJson.PointJson;
import nl.wijkatelier.action.web.ActionApiJson.ReceiptJson;
import nl.wijkatelier.action.web.ActionApiJson.RulesJson;
import nl.wijkatelier.action.web.ActionApiJson.SignupJson;
import nl.wijkatelier.action.web.ActionApiJson.ThresholdState;
import nl.wijkatelier.action.web.ActionApiJson.VoidJson;
import nl.wijkatelier.action.web.ActionApiJson.VoidedJson;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;

/** The actions REST API: create actions, sign households up (idempotently), manage a sign-up by its token. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Actions", description = "Neighbourhood actions, sign-ups, thresholds, impact, network and leaderboard")
class ActionApi {

	private final Actions actions;
	private final CreateAction createAction;
	private final SignUp signUp;
	private final ChangeSignup changeSignup;
	private final CancelSignup cancelSignup;
	private final DeleteSignup deleteSignup;
	private final VoidSignups voidSignups;
	private final ChangeSignupRules changeSignupRules;
	private final ActionNetwork network;
	private final Leaderboard leaderboard;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;
	private final ActionProperties properties;
	private final SignupLimit signupLimit;

	ActionApi(Actions actions, CreateAction createAction, SignUp signUp, ChangeSignup changeSignup,
			CancelSignup cancelSignup, DeleteSignup deleteSignup, VoidSignups voidSignups,
			ChangeSignupRules changeSignupRules, ActionNetwork network, Leaderboard leaderboard,
			CurrentUsers currentUsers, MessageSource messages, ActionProperties properties, SignupLimit signupLimit) {
		this.actions = actions;
		this.createAction = createAction;
		this.signUp = signUp;
		this.changeSignup = changeSignup;
		this.cancelSignup = cancelSignup;
		this.deleteSignup = deleteSignup;
		this.voidSignups = voidSignups;
		this.changeSignupRules = changeSignupRules;
		this.network = network;
		this.leaderboard = leaderboard;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.properties = properties;
		this.signupLimit = signupLimit;
	}

	@PostMapping("/actions")
	@Operation(summary = "Start an action in a neighbourhood (its facilitator, an officer there, or an admin)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Created> create(@RequestBody NewActionJson body) {
		CurrentUser user = currentUsers.require();
		Checks checks = new Checks();
		NeighbourhoodId neighbourhood = ActionInput.neighbourhoodId(body.neighbourhoodId(), checks);
		LocalDate start = ActionInput.date("startDate", body.startDate(), checks);
		LocalDate end = ActionInput.date("endDate", body.endDate(), checks);
		if (neighbourhood != null) {
			currentUsers.require(u -> Actions.mayOrganise(u, neighbourhood));
		}
		List<NewAction.ThresholdSpec> thresholds = body.thresholds() == null ? List.of()
				: body.thresholds().stream().map(t -> t == null ? null
						: new NewAction.ThresholdSpec(t.households(), t.label())).toList();
		NewAction command = new NewAction(neighbourhood, body.template(), body.title(), body.description(), start, end,
				body.target(), thresholds, body.themes(), false,
				body.rules() == null ? SignupRules.NONE : body.rules().rules());
		ActionInput.allAtOnce(checks, () -> createAction.validate(command));
		Action action = createAction.create(command, Optional.of(user));
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
		SignupReceipt receipt = signUp.signUp(id, Optional.ofNullable(idempotencyKey), SignupDetails.fromJson(body),
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
		return RulesJson.of(changeSignupRules.changeRules(id, body == null ? SignupRules.NONE : body.rules()).rules());
	}

	@PostMapping("/actions/{id}/signups/void")
	@Operation(summary = "Void sign-ups (organisers): they stop counting anywhere; households, totals and thresholds "
			+ "are recomputed, and a threshold reached only through them is withdrawn (kept, with when and why)",
			security = @SecurityRequirement(name = "bearer"))
	VoidedJson voidSignups(@PathVariable ActionId id, @RequestBody VoidJson body) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		VoidSignups.Voided voided = voidSignups.voidSignups(id, body == null ? null : body.signupIds(),
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
		ManagedSignup managed = actions.managed(manageToken);
		return SignupJson.of(managed.signup(), managed.action());
	}

	@PutMapping("/signups/{manageToken}")
	@Operation(summary = "Change one's sign-up (same body as a sign-up)")
	SignupJson change(@PathVariable String manageToken, @RequestBody JsonNode body) {
		ManagedSignup managed = changeSignup.change(manageToken, SignupDetails.fromJson(body));
		return SignupJson.of(managed.signup(), managed.action());
	}

	@PostMapping("/signups/{manageToken}/cancel")
	@Operation(summary = "Cancel one's sign-up: it no longer counts (kept until the personal data is removed)")
	SignupJson cancel(@PathVariable String manageToken) {
		ManagedSignup managed = cancelSignup.cancel(manageToken);
		return SignupJson.of(managed.signup(), managed.action());
	}

	@DeleteMapping("/signups/{manageToken}")
	@Operation(summary = "Delete one's sign-up and its network opt-in")
	ResponseEntity<Void> delete(@PathVariable String manageToken) {
		deleteSignup.delete(manageToken);
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

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
