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
import nl.wijkatelier.platform.CommittedCounter;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.SafeText;
import nl.wijkatelier.shared.ConflictException;
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
	static final int NAME_MAX = 120;
	/** Shortest key accepted: 16 characters leave no room for guessing another client's key (a UUID has 36). */
	static final int IDEMPOTENCY_KEY_MIN = 16;
	static final int IDEMPOTENCY_KEY_MAX = 200;

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

	Actions(ActionRepository actions, ThresholdRepository thresholds, SignupRepository signups,
			ActionEventRepository events, NetworkContactRepository network, ProgrammeCatalog catalog,
			ThemeCatalog themes, ImpactParameters parameters, ApplicationEventPublisher publisher,
			Optional<Clock> clock, MeterRegistry meters) {
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
		return signUpAt(id, idempotencyKey, details, now());
	}

	@Transactional
	SignupReceipt signUpAt(ActionId id, Optional<String> idempotencyKey, SignupDetails details, Instant at) {
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
		return signUpLocked(id, ManageTokens.hash(scope), scope, details, at);
	}

	private SignupReceipt signUpLocked(ActionId id, String keyHash, String scope, SignupDetails details, Instant at) {
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
		SignupDetails kept = checked(action.template(), details);
		String token = ManageTokens.newToken();
		Signup signup = signups.saveAndFlush(new Signup(id, keyHash, requestHash, ManageTokens.hash(token),
				ManageTokens.seal(token, scope), kept, at));
		action.counted(1);
		signupsStored.increment();
		fireThresholds(action, at);
		joinNetwork(action, signup, at);
		return new SignupReceipt(signup.id(), token, false);
	}

	private static SignupReceipt repeated(Signup signup, String scope) {
		return new SignupReceipt(signup.id(), ManageTokens.unseal(signup.manageTokenSealed(), scope), true);
	}

	/** Records every threshold the count meets for the first time; the caller holds the action's row lock. */
	private void fireThresholds(Action action, Instant at) {
		for (Threshold threshold : thresholds.findByActionIdOrderByHouseholdsAsc(action.id().value())) {
			if (threshold.reachIfMet(action.households(), at)) {
				events.save(ActionEvent.thresholdReached(action.id(), threshold, at));
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
		Checks checks = new Checks();
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
			if (email.length() > 254 || !EMAIL.matcher(email).matches() || !SafeText.isSafe(email, 254)) {
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
		checks.optionalText("household.name", details.name().orElse(null), NAME_MAX);
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
		if (!signup.active()) {
			throw new ConflictException("error.action.signupCancelled");
		}
		if (!action.openAt(now())) {
			throw new ConflictException("error.action.closed");
		}
		SignupDetails kept = checked(action.template(), details);
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
		if (signup.active()) {
			signup.cancel(now());
			action.counted(-1);
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

	/** The active sign-ups, for the organiser page; the caller has checked the organiser's role. */
	public List<Signup> activeSignups(ActionId id) {
		return signups.findByActionIdAndStatusOrderByCreatedAtAsc(id.value(), Signup.Status.ACTIVE);
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
