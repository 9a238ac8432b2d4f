package nl.wijkatelier.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.shared.Tokens;
import nl.wijkatelier.shared.UserId;

/**
 * A neighbourhood action. Its household count is changed only by {@link Actions} while the row is locked, so
 * the thresholds are judged against an exact count.
 */
@Entity
@Table(name = "action")
public class Action {

	/** Dates of an action are days in the Netherlands. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@Id
	private UUID id;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	@Column(name = "programme_id")
	private UUID programmeId;
	@Enumerated(EnumType.STRING)
	private ActionTemplate template;
	private String title;
	private String description;
	@Column(name = "start_date")
	private LocalDate startDate;
	@Column(name = "end_date")
	private LocalDate endDate;
	private Integer target;
	private String themes;
	@Column(name = "organiser_id")
	private UUID organiserId;
	@Column(name = "organiser_email")
	private String organiserEmail;
	private boolean example;
	private int households;
	@Column(name = "personal_data_removed_at")
	private Instant personalDataRemovedAt;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "one_signup_per_address")
	private boolean oneSignupPerAddress;
	@Column(name = "email_confirmation")
	private boolean emailConfirmation;
	@Column(name = "client_key")
	private String clientKey;
	/** True when the keyed-hash key is derived from the server secret and {@link #clientKey}; false for older actions. */
	@Column(name = "client_key_derived")
	private boolean clientKeyDerived;
	@Version
	private long version;

	protected Action() {
	}

	Action(NeighbourhoodId neighbourhood, ProgrammeId programme, ActionTemplate template, String title,
			String description, LocalDate startDate, LocalDate endDate, Integer target, List<ThemeCode> themes,
			Optional<UserId> organiser, Optional<String> organiserEmail, boolean example, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.neighbourhoodId = neighbourhood.value();
		this.programmeId = programme.value();
		this.template = template;
		this.title = title;
		this.description = description;
		this.startDate = startDate;
		this.endDate = endDate;
		this.target = target;
		this.themes = String.join(",", themes.stream().map(ThemeCode::value).toList());
		this.organiserId = organiser.map(UserId::value).orElse(null);
		this.organiserEmail = organiserEmail.orElse(null);
		this.example = example;
		this.createdAt = createdAt;
		this.clientKey = Tokens.newToken("key_");
		this.clientKeyDerived = true;
	}

	public ActionId id() {
		return new ActionId(id);
	}

	public NeighbourhoodId neighbourhoodId() {
		return new NeighbourhoodId(neighbourhoodId);
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	public ActionTemplate template() {
		return template;
	}

	public String title() {
		return title;
	}

	public Optional<String> description() {
		return Optional.ofNullable(description);
	}

	public Optional<LocalDate> startDate() {
		return Optional.ofNullable(startDate);
	}

	public Optional<LocalDate> endDate() {
		return Optional.ofNullable(endDate);
	}

	/** The number of households the organiser aims for; empty when none was set. */
	public OptionalInt target() {
		return target == null ? OptionalInt.empty() : OptionalInt.of(target);
	}

	public List<ThemeCode> themes() {
		return themes == null || themes.isBlank() ? List.of()
				: Arrays.stream(themes.split(",")).map(ThemeCode::new).toList();
	}

	public Optional<String> organiserEmail() {
		return Optional.ofNullable(organiserEmail);
	}

	public Optional<UserId> organiserId() {
		return Optional.ofNullable(organiserId).map(UserId::new);
	}

	public boolean example() {
		return example;
	}

	/** Households with an active sign-up. */
	public int households() {
		return households;
	}

	public Optional<Instant> personalDataRemovedAt() {
		return Optional.ofNullable(personalDataRemovedAt);
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Open for sign-ups on {@code day}: on or after the start date and on or before the end date (inclusive). */
	public boolean openOn(LocalDate day) {
		return (startDate == null || !day.isBefore(startDate)) && (endDate == null || !day.isAfter(endDate))
				&& personalDataRemovedAt == null;
	}

	public boolean openAt(Instant instant) {
		return openOn(instant.atZone(ZONE).toLocalDate());
	}

	/** The first instant after the action's last day; empty for an action without an end date. */
	public Optional<Instant> endedAt() {
		return endDate().map(d -> d.plusDays(1).atStartOfDay(ZONE).toInstant());
	}

	/** Percentage of the target (or of the highest threshold) reached, 0 to 100. */
	public int progressPercent(int goal) {
		if (goal <= 0) {
			return 0;
		}
		return (int) Math.min(100, Math.round(100.0 * households / goal));
	}

	/** The organiser's rules for sign-ups of this action. */
	public SignupRules rules() {
		return new SignupRules(oneSignupPerAddress, emailConfirmation);
	}

	void ruled(SignupRules rules) {
		this.oneSignupPerAddress = rules.onePerAddress();
		this.emailConfirmation = rules.emailConfirmation();
	}

	/**
	 * The action's part of the key of its keyed hashes (addresses, client groups), made on first use for actions
	 * older than the key; empty once the personal data is removed. The caller holds the row lock.
	 */
	Optional<String> clientKey() {
		if (clientKey == null && personalDataRemovedAt == null) {
			clientKey = Tokens.newToken("key_");
			clientKeyDerived = true;
		}
		return Optional.ofNullable(clientKey);
	}

	/**
	 * Whether the keyed-hash key is derived from the server secret and {@link #clientKey()} (every action made or
	 * keyed since the server secret came); false for an older action, whose plain client key is the key.
	 */
	boolean clientKeyDerived() {
		return clientKeyDerived;
	}

	/** Sets the household count to a recount of the sign-ups that count; the caller holds the row lock. */
	void recounted(int households) {
		this.households = households;
	}

	void counted(int delta) {
		households = Math.max(0, households + delta);
	}

	void personalDataRemoved(Instant at) {
		personalDataRemovedAt = at;
		clientKey = null;
	}
}
