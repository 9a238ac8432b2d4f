package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.action.internal.ActionEventRepository;
import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.action.internal.ThresholdRepository;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NotFoundException;

/** Voids sign-ups the organiser judges not genuine (a burst from one address, say), withdrawing what they reached. */
@Service
public class VoidSignups {

	static final int VOID_REASON_MAX = 500;
	static final int VOID_MAX = 1_000;

	private final ActionRepository actions;
	private final SignupRepository signups;
	private final ThresholdRepository thresholds;
	private final ActionEventRepository events;
	private final NetworkMembership network;
	private final ApplicationEventPublisher publisher;
	private final AuditLog audit;
	private final Clock clock;

	VoidSignups(ActionRepository actions, SignupRepository signups, ThresholdRepository thresholds,
			ActionEventRepository events, NetworkMembership network, ApplicationEventPublisher publisher, AuditLog audit,
			Optional<Clock> clock) {
		this.actions = actions;
		this.signups = signups;
		this.thresholds = thresholds;
		this.events = events;
		this.network = network;
		this.publisher = publisher;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
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
		List<Signup> chosen = signups.findAllById(new LinkedHashSet<>(ids));
		Set<UUID> known = new HashSet<>();
		chosen.stream().filter(s -> s.actionId().equals(id)).forEach(s -> known.add(s.id().value()));
		ids.stream().filter(u -> !known.contains(u)).findFirst().ifPresent(u -> {
			throw new InvalidInputException("signupIds", "error.action.void.unknown", u.toString());
		});
		Instant at = clock.instant();
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
			network.leave(signup, at);
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
		publisher.publishEvent(ActionChanged.of(action));
		return new Voided(voided, action.households(), List.copyOf(withdrawn));
	}
}
