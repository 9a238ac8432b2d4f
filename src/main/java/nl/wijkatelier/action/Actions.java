package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionEventRepository;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.ManageTokens;
import nl.wijkatelier.action.internal.NetworkContactRepository;
import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.action.internal.ThresholdRepository;
import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.platform.CommittedCounter;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.SafeText;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.shared.UnprocessableException;

/**
 * The use cases of neighbourhood actions: create one, sign a household up (idempotently), change, cancel,
 * export or delete a sign-up through its manage token, read an action's progress and impact, and remove
 * personal data once an action is long enough over.
 */
@Service
@Transactional(readOnly = true)
public class Actions {

	/** The most households an action, a target or a threshold can count. */
	public static final int MAX_HOUSEHOLDS = 100_000;
	static final int MAX_THRESHOLDS = 10;
	static final int TITLE_MAX = 200;
	static final int DESCRIPTION_MAX = 4000;
	static final int LABEL_MAX = 200;
	
	/** Shortest key accepted: 16 characters leave no room for guessing another client's key (a UUID has 36). */
	static final int IDEMPOTENCY_KEY_MIN = 16;
	static final int IDEMPOTENCY_KEY_MAX = 200;
	static final int VOID_REASON_MAX = 500;
	static final int VOID_MAX = 1_000;

	// A pragmatic address check: one @, a dot in the domain, no spaces; the mail server has the last word.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
	// Dutch postcode: four digits (not starting with 0), optional space, two letters (not SA, SD or SS).
	private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}");
	private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?");

	private final ActionRepository actions;
	private final ThresholdRepository thresholds;
	private final SignupRepository signups;
	private final ActionEventRepository events;
	private final NetworkContactRepository network;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final ImpactParameters parameters;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;
	private final CommittedCounter signupsStored;
	private final ConfirmationMails confirmationMails;
	private final AuditLog audit;

	Actions(ActionRepository actions, ThresholdRepository thresholds, SignupRepository signups,
			ActionEventRepository events, NetworkContactRepository network, ProgrammeCatalog catalog,
			ThemeCatalog themes, ImpactParameters parameters, ApplicationEventPublisher publisher,
			Optional<Clock> clock, MeterRegistry meters, ConfirmationMails confirmationMails, AuditLog audit) {
		this.confirmationMails = confirmationMails;
		this.audit = audit;
		this.actions = actions;
		this.thresholds = thresholds;
		this.signups = signups;
		this.events = events;
		this.network = network;
		this.catalog = catalog;
		this.themes = themes;
		this.parameters = parameters;
		this.publisher = publisher;
		this.clock = clock.orElse(Clock.systemUTC());
		this.signupsStored = CommittedCounter.of(meters, "wijkatelier.signups",
				"Sign-ups stored by this instance (repeats with the same Idempotency-Key not counted)");
	}

	public Action action(ActionId id) {
		return actions.findById(id.value()).orElseThrow(() -> new NotFoundException("action", id));
	}

	public List<Action> all() {
		return actions.findAllByOrderByCreatedAtDesc();
	}

	public List<Action> of(NeighbourhoodId neighbourhood) {
		return actions.findByNeighbourhoodIdOrderByCreatedAtDesc(neighbourhood.value());
	}

	public List<Action> ofTemplate(ActionTemplate template) {
		return actions.findByTemplate(template);
	}

	/** May this person create actions in the neighbourhood and see its organiser page? */
	public static boolean mayOrganise(CurrentUser user, NeighbourhoodId neighbourhood) {
		return user.canOrganise(neighbourhood);
	}

	/**
	 * Starts an action after checking every field; the caller has checked that {@code organiser} may organise in
	 * the neighbourhood. Thresholds must have distinct household numbers.
	 */
	@Transactional
	public Action create(NewAction command, Optional<CurrentUser> organiser) {
		return createAt(command, organiser.map(CurrentUser::id), organiser.map(CurrentUser::email), now());
	}

	/** As {@link #create}, for the demo: an organiser address without an account, and a start in the past. */
	@Transactional
	Action createAt(NewAction command, Optional<nl.wijkatelier.shared.UserId> organiser, Optional<String> organiserEmail,
			Instant at) {
		validate(command);
		Neighbourhood place = catalog.neighbourhood(command.neighbourhoodId());
		Optional<ActionTemplate> template = ActionTemplate.parse(command.template());
		List<ThemeCode> themeCodes = command.themes().isEmpty()
				? defaultThemes(place, template.orElseThrow())
				: themes.resolve(place.programmeId(), command.themes(), "themes");
		Action action = actions.save(new Action(place.id(), place.programmeId(), template.orElseThrow(),
				command.title().trim(), blankToNull(command.description()), command.startDate(), command.endDate(),
				command.target(), themeCodes, organiser, organiserEmail, command.example(), at));
		action.ruled(command.rules());
		for (NewAction.ThresholdSpec spec : command.thresholds()) {
			thresholds.save(new Threshold(action.id(), spec.households(), spec.label().trim()));
		}
		events.save(ActionEvent.once(action.id(), ActionEvent.Kind.CREATED, 0, null, at));
		return action;
	}

	/** Checks a new action without storing anything; every violation is reported at once. */
	public void validate(NewAction command) {
		Checks checks = new Checks().requiredText("title", command.title(), TITLE_MAX)
				.optionalText("description", command.description(), DESCRIPTION_MAX);
		Optional<Neighbourhood> neighbourhood = command.neighbourhoodId() == null ? Optional.empty()
				: catalog.findNeighbourhood(command.neighbourhoodId());
		if (neighbourhood.isEmpty()) {
			checks.add("neighbourhoodId", "error.neighbourhood.unknown",
					command.neighbourhoodId() == null ? "" : command.neighbourhoodId());
		}
		Optional<ActionTemplate> template = ActionTemplate.parse(command.template());
		if (template.isEmpty()) {
			checks.add("template", "error.action.template", command.template() == null ? "" : command.template());
		}
		if (command.startDate() != null && command.endDate() != null && command.endDate().isBefore(command.startDate())) {
			checks.add("endDate", "error.action.endBeforeStart");
		}
		if (command.target() != null && (command.target() < 1 || command.target() > MAX_HOUSEHOLDS)) {
			checks.add("target", "error.action.households", MAX_HOUSEHOLDS);
		}
		checkThresholds(command.thresholds(), checks);
		checks.throwIfAny();
	}

	private static void checkThresholds(List<NewAction.ThresholdSpec> specs, Checks checks) {
		if (specs.size() > MAX_THRESHOLDS) {
			checks.add("thresholds", "error.action.thresholds.tooMany", MAX_THRESHOLDS);
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < specs.size(); i++) {
			NewAction.ThresholdSpec spec = specs.get(i);
			String field = "thresholds[" + i + "]";
			if (spec == null || spec.households() == null || spec.households() < 1 || spec.households() > MAX_HOUSEHOLDS) {
				checks.add(field + ".households", "error.action.households", MAX_HOUSEHOLDS);
			}
			else if (!seen.add(spec.households())) {
				checks.add(field + ".households", "error.action.thresholds.duplicate", spec.households());
			}
			checks.requiredText(field + ".label", spec == null ? null : spec.label(), LABEL_MAX);
		}
	}

	private List<ThemeCode> defaultThemes(Neighbourhood place, ActionTemplate template) {
		Set<ThemeCode> known = new HashSet<>();
		themes.themes(place.programmeId()).forEach(t -> known.add(t.code()));
		return template.defaultThemes().stream().map(ThemeCode::new).filter(known::contains).toList();
	}

	/**
	 * Signs a household up. A request with an idempotency key seen before for this action and the same details
	 * answers as the first did (same sign-up, same manage token) and counts nothing; with other details it is
	 * refused ({@link UnprocessableException}) without saying anything about the first. The action row is locked while the household is
	 * counted, so every threshold is judged on an exact count and fires once.
	 *
	 * @param idempotencyKey the client's {@code Idempotency-Key} or the web form's one-time token; empty for a
	 *        request that may not be repeated safely
	 */
	@Transactional
	public SignupReceipt signUp(ActionId id, Optional<String> idempotencyKey, SignupDetails details) {
		return signUp(id, idempotencyKey, details, Optional.empty());
	}

	/**
	 * As {@link #signUp(ActionId, Optional, SignupDetails)}, from a known client address: only a keyed hash of it
	 * is kept, so the organiser sees bursts from one address together without the address being stored.
	 */
	@Transactional
	public SignupReceipt signUp(ActionId id, Optional<String> idempotencyKey, SignupDetails details,
			Optional<String> clientAddress) {
		return signUpAt(id, idempotencyKey, details, clientAddress, now());
	}

	@Transactional
	SignupReceipt signUpAt(ActionId id, Optional<String> idempotencyKey, SignupDetails details, Instant at) {
		return signUpAt(id, idempotencyKey, details, Optional.empty(), at);
	}

	@Transactional
	SignupReceipt signUpAt(ActionId id, Optional<String> idempotencyKey, SignupDetails details,
			Optional<String> clientAddress, Instant at) {
		Checks checks = new Checks();
		idempotencyKey.ifPresent(key -> {
			if (key.isBlank() || key.length() < IDEMPOTENCY_KEY_MIN || key.length() > IDEMPOTENCY_KEY_MAX) {
				checks.add("Idempotency-Key", "error.action.idempotencyKey", IDEMPOTENCY_KEY_MIN, IDEMPOTENCY_KEY_MAX);
			}
		});
		checks.throwIfAny();
		String key = idempotencyKey.orElseGet(() -> UUID.randomUUID().toString());
		String scope = id + ":" + key;
		// The unique (action, key hash) constraint backs this up; the row lock makes it unreachable in practice.
		return signUpLocked(id, ManageTokens.hash(scope), scope, details, clientAddress, at);
	}

	private SignupReceipt signUpLocked(ActionId id, String keyHash, String scope, SignupDetails details,
			Optional<String> clientAddress, Instant at) {
		Action action = actions.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("action", id));
		Optional<Signup> earlier = signups.findByActionIdAndIdempotencyKeyHash(id.value(), keyHash);
		String requestHash = ManageTokens.hash("request:" + scope + "\n" + details.canonical());
		if (earlier.isPresent()) {
			if (!earlier.get().madeBy(requestHash)) {
				throw new UnprocessableException("error.action.idempotencyKey.reused");
			}
			return repeated(earlier.get(), scope);
		}
		if (!action.openAt(at)) {
			throw new ConflictException("error.action.closed");
		}
		SignupDetails kept = checked(action.template(), action.rules(), details);
		Optional<String> addressKey = addressKey(action, details);
		if (addressKey.isPresent() && signups.existsByActionIdAndAddressKey(id.value(), addressKey.get())) {
			throw new InvalidInputException("household.houseNumber", "error.action.address.taken");
		}
		String token = ManageTokens.newToken();
		Signup signup = new Signup(id, keyHash, requestHash, ManageTokens.hash(token), ManageTokens.seal(token, scope), kept, at);
		signup.holdAddress(addressKey);
		signup.cameFrom(clientAddress.filter(a -> !a.isBlank()).flatMap(a -> action.clientKey()
				.map(key -> ManageTokens.keyedHash(key, "client:" + a.trim()))));
		Optional<String> confirmToken = Optional.empty();
		if (action.rules().emailConfirmation()) {
			confirmToken = Optional.of(ManageTokens.newToken("wac_"));
			signup.awaitConfirmation(ManageTokens.hash(confirmToken.get()));
		}
		// The unique (action, address key) index backs the check above up, as the row lock makes a race unreachable.
		signup = signups.saveAndFlush(signup);
		signupsStored.increment();
		if (confirmToken.isPresent()) {
			confirmationMails.queue(action, details.email().orElseThrow(), confirmToken.get(), token);
			return new SignupReceipt(signup.id(), token, false);
		}
		action.counted(1);
		fireThresholds(action, at);
		joinNetwork(action, signup, at);
		return new SignupReceipt(signup.id(), token, false);
	}

	/**
	 * The keyed hash of the household's normalised postcode and house number under the one-per-address rule;
	 * empty when the action has no such rule. The details have been checked.
	 */
	private static Optional<String> addressKey(Action action, SignupDetails details) {
		if (!action.rules().onePerAddress()) {
			return Optional.empty();
		}
		String postcode = details.postcode().orElseThrow().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
		String number = details.houseNumber().orElseThrow().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
		return action.clientKey().map(key -> ManageTokens.keyedHash(key, "address:" + postcode + "|" + number));
	}

	/**
	 * Confirms a pending sign-up through the token of its mailed link: from now on it counts, and thresholds are
	 * judged on the new count under the action's row lock. Confirming twice changes nothing.
	 *
	 * @return the sign-up; not found when the token is unknown, used, or its sign-up cancelled or voided
	 */
	@Transactional
	public ManagedSignup confirm(String confirmToken) {
		if (confirmToken == null || confirmToken.isBlank() || confirmToken.length() > 100) {
			throw new NotFoundException("signup", "");
		}
		String hash = ManageTokens.hash(confirmToken.trim());
		Signup found = signups.findByConfirmTokenHash(hash).orElseThrow(() -> new NotFoundException("signup", ""));
		Action action = actions.findForUpdate(found.actionId().value()).orElseThrow();
		// Read again under the lock: a void or cancel that committed meanwhile has taken the token away.
		Signup signup = signups.findByConfirmTokenHash(hash).orElseThrow(() -> new NotFoundException("signup", ""));
		Instant at = now();
		if (signup.confirm(at)) {
			action.counted(1);
			fireThresholds(action, at);
			joinNetwork(action, signup, at);
		}
		return new ManagedSignup(signup, action);
	}

	private static SignupReceipt repeated(Signup signup, String scope) {
		return new SignupReceipt(signup.id(), ManageTokens.unseal(signup.manageTokenSealed(), scope), true);
	}

	/** Records every threshold the count meets for the first time; the caller holds the action's row lock. */
	private void fireThresholds(Action action, Instant at) {
		for (Threshold threshold : thresholds.findByActionIdOrderByHouseholdsAsc(action.id().value())) {
			boolean again = threshold.withdrawnAt().isPresent();
			if (threshold.reachIfMet(action.households(), at)) {
				events.save(again ? ActionEvent.thresholdReachedAgain(action.id(), threshold, at)
						: ActionEvent.thresholdReached(action.id(), threshold, at));
				publisher.publishEvent(new ThresholdReached(action.id(), action.neighbourhoodId(),
						threshold.households(), threshold.label(), at));
			}
		}
	}

	private void joinNetwork(Action action, Signup signup, Instant at) {
		if (!signup.followUpConsent() || signup.email().isEmpty()) {
			return;
		}
		String email = signup.email().get().toLowerCase(java.util.Locale.ROOT);
		network.findByNeighbourhoodIdAndEmail(action.neighbourhoodId().value(), email).ifPresentOrElse(
				contact -> contact.rejoin(signup.id(), action.id(), at),
				() -> network.save(new NetworkContact(action.neighbourhoodId().value(), email, signup.id(), action.id(), at)));
	}

	private void leaveNetwork(Signup signup, Instant at) {
		network.findBySignupId(signup.id().value()).forEach(contact -> contact.leave(at));
	}

	/**
	 * Checks a household's input against the template and keeps only what the action needs: quantities always;
	 * name, postcode and house number only when the template needs contact; the e-mail address when the template
	 * needs contact or the household opted in to hear about the next action.
	 */
	SignupDetails checked(ActionTemplate template, SignupDetails details) {
		return checked(template, SignupRules.NONE, details);
	}

	/**
	 * As {@link #checked(ActionTemplate, SignupDetails)}, with the organiser's rules: one sign-up per address needs
	 * postcode and house number, e-mail confirmation needs the e-mail address. Only what the template needs is
	 * kept: the address under the rule is kept as a keyed hash, the confirmation address only in the mail.
	 */
	SignupDetails checked(ActionTemplate template, SignupRules rules, SignupDetails details) {
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
			if (!POSTCODE.matcher(postcode.toUpperCase(java.util.Locale.ROOT)).matches()) {
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
		Optional<String> postcode = details.postcode().map(p -> p.toUpperCase(java.util.Locale.ROOT).replace(" ", ""))
				.map(p -> p.substring(0, 4) + " " + p.substring(4));
		return new SignupDetails(quantities, contact ? details.name() : Optional.empty(),
				contact || details.followUpConsent() ? details.email() : Optional.empty(),
				contact ? postcode : Optional.empty(), contact ? details.houseNumber() : Optional.empty(),
				details.followUpConsent());
	}

	/** The sign-up behind a manage token, with its action. */
	public record ManagedSignup(Signup signup, Action action) {
	}

	public ManagedSignup managed(String manageToken) {
		Signup signup = bySecret(manageToken);
		return new ManagedSignup(signup, action(signup.actionId()));
	}

	/** Changes what a household gives; allowed while the action is open and the sign-up active. */
	@Transactional
	public ManagedSignup change(String manageToken, SignupDetails details) {
		Signup signup = bySecret(manageToken);
		Action action = actions.findForUpdate(signup.actionId().value()).orElseThrow();
		if (!signup.open()) {
			throw new ConflictException(signup.status() == Signup.Status.VOIDED ? "error.action.signupVoided"
					: "error.action.signupCancelled");
		}
		if (!action.openAt(now())) {
			throw new ConflictException("error.action.closed");
		}
		SignupRules rules = new SignupRules(action.rules().onePerAddress(), false);
		SignupDetails kept = checked(action.template(), rules, details);
		Optional<String> addressKey = addressKey(action, details);
		if (addressKey.isPresent()
				&& signups.existsByActionIdAndAddressKeyAndIdNot(action.id().value(), addressKey.get(), signup.id().value())) {
			throw new InvalidInputException("household.houseNumber", "error.action.address.taken");
		}
		if (addressKey.isPresent()) {
			signup.holdAddress(addressKey);
		}
		boolean wasInNetwork = signup.followUpConsent();
		signup.apply(kept, now());
		if (kept.followUpConsent()) {
			joinNetwork(action, signup, now());
		}
		else if (wasInNetwork) {
			leaveNetwork(signup, now());
		}
		return new ManagedSignup(signup, action);
	}

	/**
	 * Cancels a sign-up: the household no longer counts. A threshold once reached stays reached (it is not fired
	 * again when the count climbs back); the page shows that the count dropped below it.
	 */
	@Transactional
	public ManagedSignup cancel(String manageToken) {
		Signup signup = bySecret(manageToken);
		Action action = actions.findForUpdate(signup.actionId().value()).orElseThrow();
		if (signup.open()) {
			boolean counted = signup.active();
			signup.cancel(now());
			if (counted) {
				action.counted(-1);
			}
		}
		return new ManagedSignup(signup, action);
	}

	/** Deletes a sign-up and what came with it (its network opt-in); an active one stops counting first. */
	@Transactional
	public void delete(String manageToken) {
		Signup signup = bySecret(manageToken);
		Action action = actions.findForUpdate(signup.actionId().value()).orElseThrow();
		if (signup.active()) {
			action.counted(-1);
		}
		network.deleteAll(network.findBySignupId(signup.id().value()));
		signups.delete(signup);
	}

	private Signup bySecret(String manageToken) {
		if (manageToken == null || manageToken.isBlank() || manageToken.length() > 100) {
			throw new NotFoundException("signup", "");
		}
		return signups.findByManageTokenHash(ManageTokens.hash(manageToken.trim()))
				.orElseThrow(() -> new NotFoundException("signup", ""));
	}

	/** The action with its thresholds, the totals of its active sign-ups and the impact they add up to. */
	public ActionView view(ActionId id) {
		Action action = action(id);
		Totals totals = totals(action);
		List<ActionView.Estimate> impact = new ArrayList<>();
		for (ImpactMeasure measure : action.template().impacts()) {
			impact.add(new ActionView.Estimate(measure, measure.calculator().estimate(totals, parameters)));
		}
		return new ActionView(action, thresholds.findByActionIdOrderByHouseholdsAsc(id.value()), totals,
				List.copyOf(impact), action.openAt(now()));
	}

	public Totals totals(Action action) {
		Map<String, Long> sums = new LinkedHashMap<>(Totals.empty(action.template()).byField());
		// Only the quantities column, not whole entities: the neighbourhood page and the leaderboard add up every
		// active sign-up on each view, and loading 20,000 entities took seconds (benchmarks/load.sh).
		for (String quantities : signups.quantitiesOf(action.id().value(), Signup.Status.ACTIVE)) {
			Signup.decode(quantities).forEach((key, value) -> sums.merge(key, (long) value, Long::sum));
		}
		return new Totals(sums);
	}

	public List<ActionEvent> events(ActionId id) {
		action(id);
		return events.findByActionIdOrderByAtAsc(id.value());
	}

	/** The active sign-ups (those that count); the caller has checked the organiser's role. */
	public List<Signup> activeSignups(ActionId id) {
		return signups.findByActionIdAndStatusOrderByCreatedAtAsc(id.value(), Signup.Status.ACTIVE);
	}

	/** The active and pending sign-ups, oldest first; the caller has checked the organiser's role. */
	public List<Signup> openSignups(ActionId id) {
		return signups.findByActionIdAndStatusInOrderByCreatedAtAsc(id.value(),
				List.of(Signup.Status.ACTIVE, Signup.Status.PENDING));
	}

	/**
	 * Sign-ups that came from one client address (by its keyed hash), for the organiser to judge a burst at once.
	 *
	 * @param group the keyed hash; empty for sign-ups whose client address is not known (older or anonymised)
	 */
	public record ClientGroup(Optional<String> group, List<Signup> signups) {

		/** The first 8 hex digits of the hash: enough to tell groups apart on a page, nothing to look up. */
		public String shortName() {
			return group.map(g -> g.substring(0, Math.min(8, g.length()))).orElse("");
		}
	}

	/** The active and pending sign-ups grouped by client address, largest group first, each oldest first. */
	public List<ClientGroup> signupsByClient(ActionId id) {
		Map<Optional<String>, List<Signup>> groups = new LinkedHashMap<>();
		for (Signup signup : openSignups(id)) {
			groups.computeIfAbsent(signup.clientGroup(), g -> new ArrayList<>()).add(signup);
		}
		List<ClientGroup> result = new ArrayList<>();
		groups.forEach((group, members) -> result.add(new ClientGroup(group, List.copyOf(members))));
		result.sort(java.util.Comparator.comparingInt((ClientGroup g) -> -g.signups().size()));
		return List.copyOf(result);
	}

	/**
	 * Changes the organiser's sign-up rules (the caller has checked the role), under the action's row lock so no
	 * sign-up is judged half under the old rules. They apply to new sign-ups; earlier ones stay as they are.
	 */
	@Transactional
	public Action changeRules(ActionId id, SignupRules rules) {
		Action action = actions.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("action", id));
		if (!action.rules().equals(rules)) {
			action.ruled(rules);
			audit.record("action.rules.changed", "action", id,
					"onePerAddress=" + rules.onePerAddress() + ", emailConfirmation=" + rules.emailConfirmation());
		}
		return action;
	}

	/** What voiding did: sign-ups voided, the household count after it, the thresholds withdrawn. */
	public record Voided(int voided, int households, List<Threshold> withdrawn) {
	}

	/**
	 * Voids sign-ups of one action chosen by its organiser (the caller has checked the role): they stop counting
	 * anywhere. Under the action's row lock, so no sign-up or confirmation is lost or counted twice meanwhile, the
	 * household count is recounted from the active sign-ups, and each reached threshold that the count no longer
	 * meets but would meet with the voided sign-ups that counted is withdrawn (a drop through cancellations alone
	 * is shown, not withdrawn). Every id must be one of this action's sign-ups; nothing is stored otherwise.
	 * Sign-ups already cancelled or voided are left as they are.
	 */
	@Transactional
	public Voided voidSignups(ActionId id, List<String> signupIds, String reason) {
		Checks checks = new Checks().requiredText("reason", reason, VOID_REASON_MAX);
		List<UUID> ids = new ArrayList<>();
		if (signupIds == null || signupIds.isEmpty()) {
			checks.add("signupIds", "error.action.void.none");
		}
		else if (signupIds.size() > VOID_MAX) {
			checks.add("signupIds", "error.action.void.tooMany", VOID_MAX);
		}
		else {
			for (String text : signupIds) {
				try {
					ids.add(UUID.fromString(text == null ? "" : text.trim()));
				}
				catch (IllegalArgumentException ex) {
					checks.add("signupIds", "error.action.void.unknown", text == null ? "" : text);
					break;
				}
			}
		}
		checks.throwIfAny();
		Action action = actions.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("action", id));
		List<Signup> chosen = signups.findAllById(new java.util.LinkedHashSet<>(ids));
		Set<UUID> known = new HashSet<>();
		chosen.stream().filter(s -> s.actionId().equals(id)).forEach(s -> known.add(s.id().value()));
		ids.stream().filter(u -> !known.contains(u)).findFirst().ifPresent(u -> {
			throw new InvalidInputException("signupIds", "error.action.void.unknown", u.toString());
		});
		Instant at = now();
		String why = reason.trim();
		int voided = 0;
		int counted = 0;
		for (Signup signup : chosen) {
			if (!signup.open()) {
				continue;
			}
			counted += signup.active() ? 1 : 0;
			voided++;
			signup.voidBy(why, at);
			leaveNetwork(signup, at);
		}
		signups.flush();
		action.recounted((int) signups.countByActionIdAndStatus(id.value(), Signup.Status.ACTIVE));
		List<Threshold> withdrawn = new ArrayList<>();
		if (voided > 0) {
			events.save(ActionEvent.once(id, ActionEvent.Kind.SIGNUPS_VOIDED, counted, why, at));
			int voidedThatCounted = events.findByActionIdOrderByAtAsc(id.value()).stream()
					.filter(e -> e.kind() == ActionEvent.Kind.SIGNUPS_VOIDED).mapToInt(ActionEvent::households).sum();
			for (Threshold threshold : thresholds.findByActionIdOrderByHouseholdsAsc(id.value())) {
				if (action.households() + voidedThatCounted >= threshold.households()
						&& threshold.withdrawIfUnmet(action.households(), why, at)) {
					withdrawn.add(threshold);
					events.save(ActionEvent.once(id, ActionEvent.Kind.THRESHOLD_WITHDRAWN, threshold.households(),
							threshold.label(), at));
					publisher.publishEvent(new ThresholdWithdrawn(id, action.neighbourhoodId(), threshold.households(),
							threshold.label(), why, at));
				}
			}
			audit.record("action.signups.voided", "action", id, voided + " sign-ups (" + counted + " counted), "
					+ action.households() + " households left, " + withdrawn.size() + " thresholds withdrawn: " + why);
		}
		return new Voided(voided, action.households(), List.copyOf(withdrawn));
	}

	/**
	 * Removes the personal data of every action whose last day ended at least {@code retention} before
	 * {@code now}: sign-ups keep their quantities, anonymous. Opt-ins to the neighbourhood network stay (that
	 * is what they were given for) until withdrawn.
	 *
	 * @return the actions cleaned
	 */
	@Transactional
	public List<ActionId> removeExpiredPersonalData(Instant now, java.time.Duration retention) {
		LocalDate lastDayEndedBefore = now.minus(retention).atZone(Action.ZONE).toLocalDate();
		List<ActionId> cleaned = new ArrayList<>();
		for (Action candidate : actions.findEndedBeforeWithPersonalData(lastDayEndedBefore)) {
			Instant due = candidate.endedAt().orElseThrow().plus(retention);
			if (due.isAfter(now)) {
				continue;
			}
			Action action = actions.findForUpdate(candidate.id().value()).orElseThrow();
			signups.findByActionId(action.id().value()).forEach(s -> s.anonymise(now));
			action.personalDataRemoved(now);
			events.save(ActionEvent.once(action.id(), ActionEvent.Kind.PERSONAL_DATA_REMOVED, action.households(),
					null, now));
			cleaned.add(action.id());
		}
		return cleaned;
	}

	/**
	 * Records that the network was invited to this action, once: the action row is locked and the event's
	 * unique key refuses a second invitation. False when it was invited before.
	 */
	boolean recordInvitation(ActionId id, int recipients, Instant at) {
		actions.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("action", id));
		if (events.countByActionIdAndKind(id.value(), ActionEvent.Kind.NETWORK_INVITED) > 0) {
			return false;
		}
		events.save(new ActionEvent(id, ActionEvent.Kind.NETWORK_INVITED, recipients, null, "invitation", at));
		return true;
	}

	public ImpactParameters parameters() {
		return parameters;
	}

	private Instant now() {
		return clock.instant();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
