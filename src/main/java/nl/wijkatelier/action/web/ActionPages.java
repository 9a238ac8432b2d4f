package nl.wijkatelier.action.web;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.action.Action;
import nl.wijkatelier.action.ActionEvent;
import nl.wijkatelier.action.ActionId;
import nl.wijkatelier.action.ActionNetwork;
import nl.wijkatelier.action.ActionTemplate;
import nl.wijkatelier.action.ActionView;
import nl.wijkatelier.action.Actions;
import nl.wijkatelier.action.CancelSignup;
import nl.wijkatelier.action.ChangeSignup;
import nl.wijkatelier.action.ChangeSignupRules;
import nl.wijkatelier.action.ConfirmSignup;
import nl.wijkatelier.action.CreateAction;
import nl.wijkatelier.action.DeleteSignup;
import nl.wijkatelier.action.ImpactParameter;
import nl.wijkatelier.action.Leaderboard;
import nl.wijkatelier.action.ManagedSignup;
import nl.wijkatelier.action.NewAction;
import nl.wijkatelier.action.QuantityField;
import nl.wijkatelier.action.SignUp;
import nl.wijkatelier.action.SignupDetails;
import nl.wijkatelier.action.SignupReceipt;
import nl.wijkatelier.action.SignupRules;
import nl.wijkatelier.action.VoidSignups;
import nl.wijkatelier.mail.Mails;
import nl.wijkatelier.platform.PublicPageCache;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.programme.AddressLookup;
import nl.wijkatelier.programme.AddressQuery;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.UnprocessableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public action pages (list with leaderboard, action page with sign-up form, private manage page) and the
 * organiser's pages (new action, sign-ups, network invitation, caught e-mail).
 */
@Controller
class ActionPages {

	private final Actions actions;
	private final UseCases useCases;
	private final ActionNetwork network;
	private final Leaderboard leaderboard;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;
	private final Mails mails;
	private final JsonMapper json;
	private final SignupLimit signupLimit;
	private final AddressLookup addressLookup;

	/** The changes the pages make, one use case each. */
	record UseCases(CreateAction createAction, SignUp signUp, ConfirmSignup confirmSignup, ChangeSignup changeSignup,
			CancelSignup cancelSignup, DeleteSignup deleteSignup, VoidSignups voidSignups,
			ChangeSignupRules changeSignupRules) {
	}

	ActionPages(Actions actions, CreateAction createAction, SignUp signUp, ConfirmSignup confirmSignup,
			ChangeSignup changeSignup, CancelSignup cancelSignup, DeleteSignup deleteSignup, VoidSignups voidSignups,
			ChangeSignupRules changeSignupRules, ActionNetwork network, Leaderboard leaderboard,
			ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers, MessageSource messages,
			Mails mails, JsonMapper json, SignupLimit signupLimit, AddressLookup addressLookup) {
		this.actions = actions;
		this.useCases = new UseCases(createAction, signUp, confirmSignup, changeSignup, cancelSignup, deleteSignup,
				voidSignups, changeSignupRules);
		this.network = network;
		this.leaderboard = leaderboard;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.mails = mails;
		this.json = json;
		this.signupLimit = signupLimit;
		this.addressLookup = addressLookup;
	}

	/** One action in a list: where, how far, how it is going. */
	record Card(Action action, String neighbourhood, int percent, String goal) {
	}

	/** An impact estimate as shown: value and unit formatted in the reader's language, with formula and sources. */
	record ImpactRow(String label, String value, String unit, String formula, List<ParameterRow> parameters) {
	}

	record ParameterRow(String label, String value, String unit, String source) {
	}

	record FieldRow(QuantityField field, String unit, String value) {
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Action.ZONE;
	}

	@GetMapping("/actions")
	String list(@RequestParam(required = false) String template, Model model, Locale locale) {
		ActionTemplate chosen = ActionTemplate.parse(template).orElse(ActionTemplate.TILE_REMOVAL);
		model.addAttribute("cards", actions.all().stream().map(a -> card(a, locale)).toList());
		model.addAttribute("templates", ActionTemplate.values());
		model.addAttribute("chosen", chosen);
		model.addAttribute("board", leaderboard.of(chosen));
		return "action/list";
	}

	Card card(Action action, Locale locale) {
		String place = catalog.findNeighbourhood(action.neighbourhoodId()).map(Neighbourhood::name).orElse("");
		ActionView view = actions.view(action.id());
		return new Card(action, place, view.progressPercent(),
				view.goal().isPresent() ? String.valueOf(view.goal().getAsInt()) : "");
	}

	@GetMapping("/actions/{id}")
	String action(@PathVariable ActionId id, Model model, Locale locale, HttpServletRequest request) {
		return page(id, model, locale, FormErrors.none(), Map.of(), PublicPageCache.freshValue(request));
	}

	private String page(ActionId id, Model model, Locale locale, FormErrors errors, Map<String, String> form,
			String formToken) {
		ActionView view = actions.view(id);
		Action action = view.action();
		Neighbourhood neighbourhood = catalog.neighbourhood(action.neighbourhoodId());
		model.addAttribute("view", view);
		model.addAttribute("a", action);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("impact", impactRows(view, locale));
		model.addAttribute("fields", action.template().fields().stream()
				.map(f -> new FieldRow(f, text(f.unitKey(), locale), form.getOrDefault("q." + f.key(), ""))).toList());
		model.addAttribute("totals", action.template().fields().stream()
				.map(f -> new FieldRow(f, text(f.unitKey(), locale),
						NumberFormat.getInstance(locale).format(view.totals().of(f.key())))).toList());
		model.addAttribute("themeNames", action.themes().stream()
				.map(code -> themes.theme(action.programmeId(), code).map(t -> t.name(locale)).orElse(code.value()))
				.toList());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("formToken", formToken);
		model.addAttribute("addressLookup", addressLookup.enabled());
		model.addAttribute("networkSize", network.size(action.neighbourhoodId()));
		model.addAttribute("mayOrganise", currentUsers.current()
				.map(u -> Actions.mayOrganise(u, action.neighbourhoodId())).orElse(false));
		return "action/action";
	}

	private List<ImpactRow> impactRows(ActionView view, Locale locale) {
		NumberFormat number = NumberFormat.getInstance(locale);
		number.setMaximumFractionDigits(0);
		NumberFormat parameter = NumberFormat.getInstance(locale);
		parameter.setMaximumFractionDigits(2);
		List<ImpactRow> rows = new ArrayList<>();
		for (ActionView.Estimate estimate : view.impact()) {
			String key = estimate.measure().key();
			List<ParameterRow> parameters = new ArrayList<>();
			for (ImpactParameter p : estimate.measure().parameters()) {
				parameters.add(new ParameterRow(text(p.messageKey(), locale),
						parameter.format(p.value(actions.parameters())), text(p.unitKey(), locale),
						text(p.sourceKey(), locale)));
			}
			rows.add(new ImpactRow(text("impact." + key, locale), number.format(estimate.value()),
					text(estimate.measure().unitKey(), locale), text("impact." + key + ".formula", locale), parameters));
		}
		return rows;
	}

	@PostMapping("/actions/{id}/signups")
	String signUp(@PathVariable ActionId id, @RequestParam Map<String, String> params, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		String formToken = params.getOrDefault("formToken", "");
		if (params.containsKey("lookupAddress")) {
			return lookUpAddress(id, params, model, locale, request, response);
		}
		try {
			signupLimit.count(id, request.getRemoteAddr());
			if (formToken.isBlank()) {
				throw new InvalidInputException("formToken", "error.action.formToken");
			}
			SignupReceipt receipt = useCases.signUp().signUp(id, Optional.of("form:" + formToken), SignupDetails.fromForm(params),
					Optional.ofNullable(request.getRemoteAddr()));
			return "redirect:/actions/manage/" + receipt.manageToken() + "?welcome";
		}
		catch (InvalidInputException ex) {
			return page(id, model, locale, FormErrors.of(ex, messages, locale), params, formToken);
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", text(ex.messageKey(), locale));
			return page(id, model, locale, FormErrors.none(), params, formToken);
		}
		catch (UnprocessableException ex) {
			// The same form sent again with other details: a fresh form (new token) for a new sign-up.
			model.addAttribute("conflict", text("error.action.formToken.reused", locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, model, locale, FormErrors.none(), params, UUID.randomUUID().toString());
		}
		catch (RateLimitedException ex) {
			model.addAttribute("conflict",
					messages.getMessage(ex.messageKey(), new Object[] { ex.retryAfterSeconds() }, locale));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			return page(id, model, locale, FormErrors.none(), params, formToken);
		}
	}

	/**
	 * The sign-up form's "look up address": the same form back, with postcode and house number as the BAG writes
	 * them and the address found for the household to confirm, or a note why there is none. Signs nobody up.
	 */
	private String lookUpAddress(ActionId id, Map<String, String> params, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		String formToken = params.getOrDefault("formToken", "");
		Map<String, String> form = new HashMap<>(params);
		try {
			AddressQuery query = AddressQuery.parse(params.get("postcode"), params.get("houseNumber"),
					"household.postcode", "household.houseNumber");
			AddressLookup.Result result = addressLookup.find(query, request.getRemoteAddr());
			if (result instanceof AddressLookup.Found found) {
				form.put("postcode", found.address().displayPostcode());
				form.put("houseNumber", found.address().fullHouseNumber());
				model.addAttribute("foundAddress", found.address());
			}
			else if (result instanceof AddressLookup.NotFound) {
				model.addAttribute("addressNote", messages.getMessage("address.lookup.notFound.form",
						new Object[] { query.displayPostcode(), params.get("houseNumber").strip() }, locale));
			}
			else {
				model.addAttribute("addressNote", text("address.lookup.unavailable.form", locale));
			}
			return page(id, model, locale, FormErrors.none(), form, formToken);
		}
		catch (InvalidInputException ex) {
			return page(id, model, locale, FormErrors.of(ex, messages, locale), form, formToken);
		}
		catch (RateLimitedException ex) {
			model.addAttribute("addressNote",
					messages.getMessage(ex.messageKey(), new Object[] { ex.retryAfterSeconds() }, locale));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			return page(id, model, locale, FormErrors.none(), form, formToken);
		}
	}

	@GetMapping("/actions/manage/{token}")
	String manage(@PathVariable String token, @RequestParam(required = false) String welcome, Model model,
			Locale locale) {
		return managePage(token, model, locale, FormErrors.none(), welcome != null);
	}

	private String managePage(String token, Model model, Locale locale, FormErrors errors, boolean welcome) {
		ManagedSignup managed = actions.managed(token);
		Action action = managed.action();
		model.addAttribute("signup", managed.signup());
		model.addAttribute("a", action);
		model.addAttribute("token", token);
		model.addAttribute("welcome", welcome);
		model.addAttribute("open", action.openAt(Instant.now()));
		model.addAttribute("fields", action.template().fields().stream()
				.map(f -> new FieldRow(f, text(f.unitKey(), locale),
						String.valueOf(managed.signup().quantities().getOrDefault(f.key(), 0)))).toList());
		model.addAttribute("errors", errors);
		return "action/manage";
	}

	@PostMapping("/actions/manage/{token}")
	String change(@PathVariable String token, @RequestParam Map<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			useCases.changeSignup().change(token, SignupDetails.fromForm(params));
			redirect.addFlashAttribute("notice", "signup.changed");
			return "redirect:/actions/manage/" + token;
		}
		catch (InvalidInputException ex) {
			return managePage(token, model, locale, FormErrors.of(ex, messages, locale), false);
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", text(ex.messageKey(), locale));
			return managePage(token, model, locale, FormErrors.none(), false);
		}
	}

	@PostMapping("/actions/manage/{token}/cancel")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		useCases.cancelSignup().cancel(token);
		redirect.addFlashAttribute("notice", "signup.cancelled");
		return "redirect:/actions/manage/" + token;
	}

	@PostMapping("/actions/manage/{token}/delete")
	String delete(@PathVariable String token, RedirectAttributes redirect) {
		ActionId action = actions.managed(token).action().id();
		useCases.deleteSignup().delete(token);
		redirect.addFlashAttribute("notice", "signup.deleted");
		return "redirect:/actions/" + action;
	}

	@GetMapping("/actions/manage/{token}/export")
	ResponseEntity<byte[]> export(@PathVariable String token) {
		ManagedSignup managed = actions.managed(token);
		byte[] body = json.writerWithDefaultPrettyPrinter()
				.writeValueAsString(ActionApiJson.SignupJson.of(managed.signup(), managed.action()))
				.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aanmelding.json\"").body(body);
	}

	@GetMapping("/actions/network/leave/{token}")
	String leavePage(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("known", network.knowsLeaveToken(token));
		return "action/leave";
	}

	/** A POST, not the GET of the link itself: mail scanners that open links must not take anyone out. */
	@PostMapping("/actions/network/leave/{token}")
	String leave(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("known", network.leave(token));
		model.addAttribute("done", true);
		return "action/leave";
	}

	@GetMapping("/actions/new")
	String newAction(@RequestParam NeighbourhoodId neighbourhood, Model model) {
		currentUsers.require(u -> Actions.mayOrganise(u, neighbourhood));
		return newPage(catalog.neighbourhood(neighbourhood), model, FormErrors.none(), Map.of());
	}

	private String newPage(Neighbourhood neighbourhood, Model model, FormErrors errors, Map<String, String> form) {
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("templates", ActionTemplate.values());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "action/new";
	}

	@PostMapping("/actions")
	String create(@RequestParam Map<String, String> params, Model model, Locale locale) {
		NeighbourhoodId neighbourhood = NeighbourhoodId.of(params.getOrDefault("neighbourhoodId", ""));
		CurrentUser user = currentUsers.require(u -> Actions.mayOrganise(u, neighbourhood));
		try {
			Checks checks = new Checks();
			LocalDate start = ActionInput.date("startDate", params.get("startDate"), checks);
			LocalDate end = ActionInput.date("endDate", params.get("endDate"), checks);
			Integer target = whole("target", params.get("target"), checks);
			List<NewAction.ThresholdSpec> thresholds = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				String households = params.getOrDefault("threshold" + i + ".households", "").trim();
				String label = params.getOrDefault("threshold" + i + ".label", "").trim();
				if (!households.isEmpty() || !label.isEmpty()) {
					thresholds.add(new NewAction.ThresholdSpec(whole("thresholds[" + i + "].households", households, checks),
							label));
				}
			}
			NewAction command = new NewAction(neighbourhood, params.get("template"), params.get("title"),
					params.get("description"), start, end, target, thresholds, List.of(), false, rules(params));
			ActionInput.allAtOnce(checks, () -> useCases.createAction().validate(command));
			Action action = useCases.createAction().create(command, Optional.of(user));
			return "redirect:/actions/" + action.id();
		}
		catch (InvalidInputException ex) {
			return newPage(catalog.neighbourhood(neighbourhood), model, FormErrors.of(ex, messages, locale), params);
		}
	}

	/** Reads the rule checkboxes: a ticked box sends {@code true}, an unticked one nothing. */
	private static SignupRules rules(Map<String, String> params) {
		return new SignupRules("true".equals(params.get("onePerAddress")), "true".equals(params.get("emailConfirmation")));
	}

	private static Integer whole(String field, String text, Checks checks) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			checks.add(field, "error.action.households", Actions.MAX_HOUSEHOLDS);
			return null;
		}
	}

	@GetMapping("/actions/{id}/organise")
	String organise(@PathVariable ActionId id, Model model, Locale locale) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		model.addAttribute("a", action);
		model.addAttribute("neighbourhood", catalog.neighbourhood(action.neighbourhoodId()));
		model.addAttribute("signups", actions.openSignups(id));
		model.addAttribute("groups", actions.signupsByClient(id));
		model.addAttribute("rules", action.rules());
		model.addAttribute("fields", action.template().fields().stream()
				.map(f -> new FieldRow(f, text(f.unitKey(), locale), "")).toList());
		model.addAttribute("contact", action.template().contact().needsContact());
		model.addAttribute("events", actions.events(id));
		model.addAttribute("invited", actions.events(id).stream()
				.anyMatch(e -> e.kind() == ActionEvent.Kind.NETWORK_INVITED));
		model.addAttribute("networkSize", network.size(action.neighbourhoodId()));
		model.addAttribute("growth", network.growth(action.neighbourhoodId()));
		// Only this action's mail (its invitations and threshold notices), not other neighbourhoods' addresses.
		model.addAttribute("mails", mails.catching() ? mails.mentioning("/actions/" + id) : List.of());
		model.addAttribute("catcher", mails.catching());
		return "action/organise";
	}

	@PostMapping("/actions/{id}/rules")
	String changeRules(@PathVariable ActionId id, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		useCases.changeSignupRules().changeRules(id, rules(params));
		redirect.addFlashAttribute("notice", "rules.saved");
		return "redirect:/actions/" + id + "/organise";
	}

	@PostMapping("/actions/{id}/signups/void")
	String voidSignups(@PathVariable ActionId id, @RequestParam(name = "signup", required = false) List<String> chosen,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		try {
			VoidSignups.Voided voided = useCases.voidSignups().voidSignups(id, chosen == null ? List.of() : chosen, reason);
			redirect.addFlashAttribute("voided", messages.getMessage("organise.voided",
					new Object[] { voided.voided(), voided.households() }, locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("conflict", ex.violations().stream()
					.map(v -> messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale))
					.collect(Collectors.joining(" ")));
		}
		return "redirect:/actions/" + id + "/organise#signups-heading";
	}

	/** Shows the confirmation button; the GET itself confirms nothing, as mail scanners open links. */
	@GetMapping("/actions/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "action/confirm";
	}

	@PostMapping("/actions/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		try {
			ManagedSignup confirmed = useCases.confirmSignup().confirm(token);
			model.addAttribute("a", confirmed.action());
			model.addAttribute("done", true);
		}
		catch (NotFoundException ex) {
			model.addAttribute("unknown", true);
		}
		model.addAttribute("token", token);
		return "action/confirm";
	}

	@PostMapping("/actions/{id}/invite")
	String invite(@PathVariable ActionId id, RedirectAttributes redirect, Locale locale) {
		Action action = actions.action(id);
		currentUsers.require(u -> Actions.mayOrganise(u, action.neighbourhoodId()));
		try {
			int invited = network.invite(id, locale);
			redirect.addFlashAttribute("invitedCount", invited);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", text(ex.messageKey(), locale));
		}
		return "redirect:/actions/" + id + "/organise";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
