package nl.wijkatelier.action;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.action.internal.ActionRepository;
import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.platform.CommittedCounter;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ClientAddresses;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.UnprocessableException;

/**
 * Signs a household up for an action, idempotently: the same request again (same key, same details) answers as the
 * first did and counts nothing.
 */
@Service
public class SignUp {

	/** Shortest key accepted: 16 characters leave no room for guessing another client's key (a UUID has 36). */
	static final int IDEMPOTENCY_KEY_MIN = 16;
	static final int IDEMPOTENCY_KEY_MAX = 200;

	private final ActionRepository actions;
	private final SignupRepository signups;
	private final SignupSecrets secrets;
	private final HouseholdCounter counter;
	private final ConfirmationMails confirmationMails;
	private final CommittedCounter signupsStored;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	SignUp(ActionRepository actions, SignupRepository signups, SignupSecrets secrets, HouseholdCounter counter,
			ConfirmationMails confirmationMails, MeterRegistry meters, Optional<Clock> clock,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.actions = actions;
		this.signups = signups;
		this.secrets = secrets;
		this.counter = counter;
		this.confirmationMails = confirmationMails;
		this.signupsStored = CommittedCounter.of(meters, "wijkatelier.signups",
				"Sign-ups stored by this instance (repeats with the same Idempotency-Key not counted)");
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Signs a household up. A request with an idempotency key seen before for this action and the same details
	 * answers as the first did (same sign-up, same manage token) and counts nothing; with other details it is
	 * refused ({@link UnprocessableException}) without saying anything about the first. The action row is locked
	 * while the household is counted, so every threshold is judged on an exact count and fires once.
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
		return signUpAt(id, idempotencyKey, details, clientAddress, clock.instant());
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
		return signUpLocked(id, SignupSecrets.hash(scope), scope, details, clientAddress, at);
	}

	private SignupReceipt signUpLocked(ActionId id, String keyHash, String scope, SignupDetails details,
			Optional<String> clientAddress, Instant at) {
		Action action = actions.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("action", id));
		Optional<Signup> earlier = signups.findByActionIdAndIdempotencyKeyHash(id.value(), keyHash);
		String requestHash = SignupSecrets.hash("request:" + scope + "\n" + details.canonical());
		if (earlier.isPresent()) {
			if (!earlier.get().madeBy(requestHash)) {
				throw new UnprocessableException("error.action.idempotencyKey.reused");
			}
			return repeated(earlier.get(), scope);
		}
		if (!action.openAt(at)) {
			throw new ConflictException("error.action.closed");
		}
		SignupDetails kept = SignupValidation.checked(action.template(), action.rules(), details);
		Optional<String> addressKey = secrets.addressKey(action, details);
		if (addressKey.isPresent() && signups.existsByActionIdAndAddressKey(id.value(), addressKey.get())) {
			throw new InvalidInputException("household.houseNumber", "error.action.address.taken");
		}
		String token = SignupSecrets.newManageToken();
		Signup signup = new Signup(id, keyHash, requestHash, SignupSecrets.hash(token), secrets.seal(token, scope),
				kept, at);
		signup.holdAddress(addressKey);
		signup.cameFrom(clientAddress.filter(a -> !a.isBlank())
				.flatMap(a -> secrets.keyedHash(action, "client:" + ClientAddresses.countingKey(a.trim()))));
		Optional<String> confirmToken = Optional.empty();
		if (action.rules().emailConfirmation()) {
			confirmToken = Optional.of(SignupSecrets.newConfirmToken());
			signup.awaitConfirmation(SignupSecrets.hash(confirmToken.get()));
		}
		// The unique (action, address key) index backs the check above up, as the row lock makes a race unreachable.
		signup = signups.saveAndFlush(signup);
		signupsStored.increment();
		publisher.publishEvent(ActionChanged.of(action));
		if (confirmToken.isPresent()) {
			confirmationMails.queue(action, details.email().orElseThrow(), confirmToken.get(), token);
			return new SignupReceipt(signup.id(), token, false);
		}
		counter.count(action, signup, at);
		return new SignupReceipt(signup.id(), token, false);
	}

	/**
	 * The first answer again. A sign-up sealed before the server secret came has no token to give back (its seal
	 * was removed): the repeat is refused, the manage link sent with the first answer keeps working.
	 */
	private SignupReceipt repeated(Signup signup, String scope) {
		String token = secrets.unseal(signup.manageTokenSealed(), scope)
				.orElseThrow(() -> new UnprocessableException("error.action.idempotencyKey.expired"));
		return new SignupReceipt(signup.id(), token, true);
	}
}
