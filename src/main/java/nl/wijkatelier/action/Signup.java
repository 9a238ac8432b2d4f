package nl.wijkatelier.action;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One household's sign-up for an action: what it contributes and only the personal data the template needs.
 * Changed, cancelled, exported or deleted through its private manage link.
 */
@Entity
@Table(name = "action_signup")
public class Signup {

	/**
	 * Only {@code ACTIVE} counts towards households, totals, thresholds and impact. {@code PENDING} waits for the
	 * household's e-mail confirmation; {@code VOIDED} was taken out by the organiser.
	 */
	public enum Status { ACTIVE, PENDING, CANCELLED, VOIDED }

	@Id
	private UUID id;
	@Column(name = "action_id")
	private UUID actionId;
	@Column(name = "idempotency_key_hash")
	private String idempotencyKeyHash;
	/** Hash of the request that made this sign-up, scoped to its idempotency key; null for sign-ups before V92. */
	@Column(name = "request_hash")
	private String requestHash;
	@Column(name = "manage_token_hash")
	private String manageTokenHash;
	@Column(name = "manage_token_sealed")
	private String manageTokenSealed;
	private String quantities;
	private String name;
	private String email;
	private String postcode;
	@Column(name = "house_number")
	private String houseNumber;
	@Column(name = "follow_up_consent")
	private boolean followUpConsent;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "updated_at")
	private Instant updatedAt;
	@Column(name = "address_key")
	private String addressKey;
	@Column(name = "client_group")
	private String clientGroup;
	@Column(name = "confirm_token_hash")
	private String confirmTokenHash;
	@Column(name = "confirmed_at")
	private Instant confirmedAt;
	@Column(name = "voided_at")
	private Instant voidedAt;
	@Column(name = "void_reason")
	private String voidReason;
	@Version
	private long version;

	protected Signup() {
	}

	Signup(ActionId action, String idempotencyKeyHash, String requestHash, String manageTokenHash,
			String manageTokenSealed, SignupDetails details, Instant at) {
		this.id = UUID.randomUUID();
		this.actionId = action.value();
		this.idempotencyKeyHash = idempotencyKeyHash;
		this.requestHash = requestHash;
		this.manageTokenHash = manageTokenHash;
		this.manageTokenSealed = manageTokenSealed;
		this.status = Status.ACTIVE;
		this.createdAt = at;
		apply(details, at);
	}

	/** Holds the address under the one-per-address rule; empty frees it. */
	void holdAddress(Optional<String> addressKey) {
		this.addressKey = addressKey.orElse(null);
	}

	void cameFrom(Optional<String> clientGroup) {
		this.clientGroup = clientGroup.orElse(null);
	}

	/** Waits for the household to open the mailed link; {@code tokenHash} is the SHA-256 of the link's token. */
	void awaitConfirmation(String tokenHash) {
		this.status = Status.PENDING;
		this.confirmTokenHash = tokenHash;
	}

	/** True when this pending sign-up now counts; false when it was not pending (confirmed twice, cancelled, voided). */
	boolean confirm(Instant at) {
		if (status != Status.PENDING) {
			return false;
		}
		status = Status.ACTIVE;
		confirmTokenHash = null;
		confirmedAt = at;
		updatedAt = at;
		return true;
	}

	/** Takes the sign-up out of every count; the address it held is free again. */
	void voidBy(String reason, Instant at) {
		status = Status.VOIDED;
		voidedAt = at;
		voidReason = reason;
		addressKey = null;
		confirmTokenHash = null;
		updatedAt = at;
	}

	void apply(SignupDetails details, Instant at) {
		this.quantities = encode(details.quantities());
		this.name = details.name().orElse(null);
		this.email = details.email().orElse(null);
		this.postcode = details.postcode().orElse(null);
		this.houseNumber = details.houseNumber().orElse(null);
		this.followUpConsent = details.followUpConsent();
		this.updatedAt = at;
	}

	void cancel(Instant at) {
		status = Status.CANCELLED;
		addressKey = null;
		confirmTokenHash = null;
		updatedAt = at;
	}

	/** Keeps the quantities (they count towards totals and impact) and drops everything personal. */
	void anonymise(Instant at) {
		name = null;
		email = null;
		postcode = null;
		houseNumber = null;
		followUpConsent = false;
		addressKey = null;
		clientGroup = null;
		confirmTokenHash = null;
		updatedAt = at;
	}

	public SignupId id() {
		return new SignupId(id);
	}

	public ActionId actionId() {
		return new ActionId(actionId);
	}

	/** Whether the request with this hash is the one that made the sign-up (so a repeat of it may be answered). */
	boolean madeBy(String requestHash) {
		return this.requestHash != null && this.requestHash.equals(requestHash);
	}

	String manageTokenSealed() {
		return manageTokenSealed;
	}

	public Map<String, Integer> quantities() {
		return decode(quantities);
	}

	/** Reads the stored form ({@code key=value;key=value}) of a sign-up's quantities. */
	static Map<String, Integer> decode(String quantities) {
		Map<String, Integer> result = new LinkedHashMap<>();
		if (quantities != null && !quantities.isBlank()) {
			for (String pair : quantities.split(";")) {
				String[] kv = pair.split("=", 2);
				result.put(kv[0], Integer.parseInt(kv[1]));
			}
		}
		return result;
	}

	public Optional<String> name() {
		return Optional.ofNullable(name);
	}

	public Optional<String> email() {
		return Optional.ofNullable(email);
	}

	public Optional<String> postcode() {
		return Optional.ofNullable(postcode);
	}

	public Optional<String> houseNumber() {
		return Optional.ofNullable(houseNumber);
	}

	public boolean followUpConsent() {
		return followUpConsent;
	}

	public Status status() {
		return status;
	}

	public boolean active() {
		return status == Status.ACTIVE;
	}

	public boolean pending() {
		return status == Status.PENDING;
	}

	/** Still the household's own: active or waiting for confirmation (not cancelled, not voided). */
	public boolean open() {
		return status == Status.ACTIVE || status == Status.PENDING;
	}

	/** The keyed hash of the client address it came from, for grouping bursts; empty when not known or removed. */
	public Optional<String> clientGroup() {
		return Optional.ofNullable(clientGroup);
	}

	public Optional<Instant> confirmedAt() {
		return Optional.ofNullable(confirmedAt);
	}

	public Optional<Instant> voidedAt() {
		return Optional.ofNullable(voidedAt);
	}

	public Optional<String> voidReason() {
		return Optional.ofNullable(voidReason);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	private static String encode(Map<String, Integer> quantities) {
		StringBuilder text = new StringBuilder();
		quantities.forEach((k, v) -> text.append(text.isEmpty() ? "" : ";").append(k).append('=').append(v));
		return text.toString();
	}
}
