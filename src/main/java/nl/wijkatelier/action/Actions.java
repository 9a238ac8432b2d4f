package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionEventRepository;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.action.internal.ThresholdRepository;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;

/**
 * Finding and reading neighbourhood actions: an action, those of a neighbourhood or template, its progress and
 * impact ({@link #view}), its events and sign-ups for the organiser, and a sign-up behind its manage link. Each
 * change is its own use case: {@link CreateAction}, {@link SignUp}, {@link ConfirmSignup}, {@link ChangeSignup},
 * {@link CancelSignup}, {@link DeleteSignup}, {@link VoidSignups}, {@link ChangeSignupRules}; the rules are in
 * {@link ActionValidation} and {@link SignupValidation}, the retention in {@link PersonalDataRemoval}.
 */
@Service
@Transactional(readOnly = true)
public class Actions {

	/** The most households an action, a target or a threshold can count. */
	public static final int MAX_HOUSEHOLDS = ActionValidation.MAX_HOUSEHOLDS;

	private final ActionRepository actions;
	private final ThresholdRepository thresholds;
	private final SignupRepository signups;
	private final ActionEventRepository events;
	private final ImpactParameters parameters;
	private final SignupSecrets secrets;
	private final Clock clock;

	Actions(ActionRepository actions, ThresholdRepository thresholds, SignupRepository signups,
			ActionEventRepository events, ImpactParameters parameters, SignupSecrets secrets, Optional<Clock> clock) {
		this.actions = actions;
		this.thresholds = thresholds;
		this.signups = signups;
		this.events = events;
		this.parameters = parameters;
		this.secrets = secrets;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Action action(ActionId id) {
		return actions.findById(id.value()).orElseThrow(() -> new NotFoundException("action", id));
	}

	public Optional<Action> find(ActionId id) {
		return actions.findById(id.value());
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

	public ManagedSignup managed(String manageToken) {
		Signup signup = secrets.signup(manageToken);
		return new ManagedSignup(signup, action(signup.actionId()));
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
		result.sort(Comparator.comparingInt((ClientGroup g) -> -g.signups().size()));
		return List.copyOf(result);
	}

	public ImpactParameters parameters() {
		return parameters;
	}

	private Instant now() {
		return clock.instant();
	}
}
