package nl.wijkatelier.atelier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.BearerTokenAuthenticator;
import nl.wijkatelier.atelier.internal.AtelierRepository;
import nl.wijkatelier.atelier.internal.ContributionRepository;
import nl.wijkatelier.atelier.internal.ParticipantRepository;
import nl.wijkatelier.atelier.internal.Support;
import nl.wijkatelier.atelier.internal.SupportRepository;
import nl.wijkatelier.atelier.internal.Weight;
import nl.wijkatelier.atelier.internal.WeightRepository;
import nl.wijkatelier.platform.CommittedCounter;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

/**
 * The participant's use cases: join with the code (no account), contribute to the four questions, weigh the
 * themes and support other contributions. Each participant gets a token, used as {@code Authorization: Bearer}
 * for their own calls; only its hash is stored.
 */
@Service
@Transactional(readOnly = true)
public class Participation implements BearerTokenAuthenticator {

	static final String TOKEN_PREFIX = "wkp_";
	static final int NAME_MAX = 80;
	private static final SecureRandom RANDOM = new SecureRandom();

	/** A participant who just joined, with their token (shown this once). */
	public record Joined(Participant participant, String token) {
	}

	private final AtelierRepository ateliers;
	private final ParticipantRepository participants;
	private final ContributionRepository contributions;
	private final SupportRepository supports;
	private final WeightRepository weights;
	private final ThemeCatalog themes;
	private final AtelierProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CommittedCounter contributionsStored;

	Participation(AtelierRepository ateliers, ParticipantRepository participants,
			ContributionRepository contributions, SupportRepository supports, WeightRepository weights,
			ThemeCatalog themes, AtelierProperties properties, ApplicationEventPublisher events,
			Optional<Clock> clock, MeterRegistry meters) {
		this.ateliers = ateliers;
		this.participants = participants;
		this.contributions = contributions;
		this.supports = supports;
		this.weights = weights;
		this.themes = themes;
		this.properties = properties;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
		this.contributionsStored = CommittedCounter.of(meters, "wijkatelier.contributions",
				"Atelier contributions stored by this instance");
	}

	public AtelierProperties properties() {
		return properties;
	}

	/** Joins an open atelier by its code. The party type is one of {@link PartyType}'s codes. */
	@Transactional
	public Joined join(String joinCode, String displayName, String partyType, boolean anonymous) {
		Atelier atelier = ateliers.findByJoinCode(joinCode == null ? "" : joinCode.trim().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> new NotFoundException("atelier", joinCode));
		Checks checks = new Checks().optionalText("displayName", displayName, NAME_MAX);
		Optional<PartyType> type = partyType(partyType, checks);
		checks.throwIfAny();
		requireOpen(atelier);
		String token = TOKEN_PREFIX + randomToken();
		String name = displayName == null || displayName.isBlank() ? null : displayName.replaceAll("\\s+", " ").trim();
		Participant participant = participants.save(new Participant(atelier.id(), name, type.orElseThrow(), anonymous,
				hash(token), clock.instant()));
		return new Joined(participant, token);
	}

	public Participant participant(ParticipantId id) {
		return participants.findById(id.value()).orElseThrow(() -> new NotFoundException("participant", id));
	}

	/**
	 * Adds a contribution. The question is 1 to 4; a kind is required for question 2 and ignored for the others;
	 * the text is 1 to {@value Contribution#TEXT_MAX} characters; without themes the platform's suggestion is
	 * used. Refused with 409 when the atelier is not open.
	 */
	@Transactional
	public Contribution contribute(ParticipantPrincipal who, AtelierId atelierId, Integer question, String kind,
			String text, List<String> themeCodes) {
		Atelier atelier = ownAtelier(who, atelierId);
		Checks checks = new Checks();
		if (question == null || question < 1 || question > Atelier.QUESTIONS) {
			checks.add("question", "error.contribution.question", Atelier.QUESTIONS);
		}
		checks.requiredText("text", text, Contribution.TEXT_MAX);
		Optional<ContributionKind> contributionKind = Optional.empty();
		if (question != null && question == 2) {
			if (kind == null || kind.isBlank()) {
				checks.add("kind", "error.contribution.kindRequired");
			}
			else {
				try {
					contributionKind = Optional.of(ContributionKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					checks.add("kind", "error.contribution.kindUnknown", kind);
				}
			}
		}
		List<ThemeCode> codes = List.of();
		try {
			codes = themes.resolve(atelier.programmeId(), themeCodes, "themes");
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach(v -> checks.add(v.field(), v.messageKey(), v.arguments().toArray()));
		}
		checks.throwIfAny();
		requireOpen(atelier);
		if (codes.isEmpty()) {
			codes = ThemeSuggestions.suggest(text);
		}
		Contribution contribution = contributions.save(new Contribution(atelier.id(), who.participant(), question,
				contributionKind, text.strip(), codes, clock.instant()));
		contributionsStored.increment();
		events.publishEvent(new AtelierActivity(atelier.id()));
		return contribution;
	}

	/**
	 * Replaces the participant's weights: points per theme code, each 0 or more, together exactly
	 * {@link AtelierProperties#pointsPerParticipant()}.
	 */
	@Transactional
	public Map<ThemeCode, Integer> weigh(ParticipantPrincipal who, AtelierId atelierId, Map<String, Integer> points) {
		Atelier atelier = ownAtelier(who, atelierId);
		Checks checks = new Checks();
		Map<ThemeCode, Integer> resolved = new LinkedHashMap<>();
		int total = 0;
		for (Map.Entry<String, Integer> entry : (points == null ? Map.<String, Integer>of() : points).entrySet()) {
			List<ThemeCode> code;
			try {
				code = themes.resolve(atelier.programmeId(), List.of(entry.getKey()), entry.getKey());
			}
			catch (InvalidInputException ex) {
				ex.violations().forEach(v -> checks.add(v.field(), v.messageKey(), v.arguments().toArray()));
				continue;
			}
			Integer value = entry.getValue();
			if (value == null || value < 0 || value > properties.pointsPerParticipant()) {
				checks.add(entry.getKey(), "error.weight.range", properties.pointsPerParticipant());
				continue;
			}
			resolved.merge(code.get(0), value, Integer::sum);
			total += value;
		}
		if (checks.isEmpty() && total != properties.pointsPerParticipant()) {
			checks.add("weights", "error.weight.total", properties.pointsPerParticipant(), total);
		}
		checks.throwIfAny();
		requireOpen(atelier);
		weights.deleteByParticipant(who.participant().value());
		weights.flush();
		resolved.forEach((code, value) -> {
			if (value > 0) {
				weights.save(new Weight(who.participant().value(), code.value(), atelier.id().value(), value));
			}
		});
		events.publishEvent(new AtelierActivity(atelier.id()));
		return resolved;
	}

	/** The participant's current weights (empty when they have not weighed yet). */
	public Map<ThemeCode, Integer> weightsOf(ParticipantId participant, AtelierId atelier) {
		Map<ThemeCode, Integer> result = new LinkedHashMap<>();
		weights.findByAtelierId(atelier.value()).stream()
				.filter(w -> w.participantId().equals(participant.value()))
				.forEach(w -> result.put(new ThemeCode(w.themeCode()), w.points()));
		return result;
	}

	/** The contributions this participant supported. */
	public List<ContributionId> supportedBy(ParticipantId participant, AtelierId atelier) {
		List<ContributionId> result = new ArrayList<>();
		supports.findByAtelierId(atelier.value()).stream().filter(s -> s.participantId().equals(participant.value()))
				.forEach(s -> result.add(new ContributionId(s.contributionId())));
		return result;
	}

	/**
	 * Supports another participant's visible contribution, once, within the vote limit. The participant's row is
	 * locked, so votes sent at the same moment are counted one after the other.
	 */
	@Transactional
	public void support(ParticipantPrincipal who, AtelierId atelierId, ContributionId contributionId) {
		Atelier atelier = ownAtelier(who, atelierId);
		Contribution contribution = contributions.findById(contributionId.value())
				.filter(c -> c.atelierId().equals(atelier.id()) && c.visible())
				.orElseThrow(() -> new NotFoundException("contribution", contributionId));
		if (contribution.participantId().equals(who.participant())) {
			throw new InvalidInputException("contribution", "error.support.own");
		}
		requireOpen(atelier);
		Participant participant = participants.lockById(who.participant().value())
				.orElseThrow(() -> new NotFoundException("participant", who.participant()));
		if (supports.existsById(new Support.Key(contribution.id().value(), participant.id().value()))) {
			throw new ConflictException("error.support.twice");
		}
		participant.useVote(properties.votesPerParticipant());
		try {
			supports.saveAndFlush(new Support(contribution.id().value(), participant.id().value(),
					atelier.id().value(), clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("error.support.twice");
		}
		events.publishEvent(new AtelierActivity(atelier.id()));
	}

	@Override
	public Optional<Authentication> authenticate(String token) {
		if (!token.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		return participants.findByTokenHash(hash(token)).map(p -> {
			ParticipantPrincipal principal = new ParticipantPrincipal(p.id(), p.atelierId());
			return UsernamePasswordAuthenticationToken.authenticated(principal, null,
					List.of(new SimpleGrantedAuthority("ROLE_ATELIER_PARTICIPANT")));
		});
	}

	private Atelier ownAtelier(ParticipantPrincipal who, AtelierId atelierId) {
		Atelier atelier = ateliers.findById(atelierId.value())
				.orElseThrow(() -> new NotFoundException("atelier", atelierId));
		if (!who.atelier().equals(atelier.id())) {
			throw new AccessDeniedException("participant of another atelier");
		}
		return atelier;
	}

	private static void requireOpen(Atelier atelier) {
		if (!atelier.isOpen()) {
			throw new ConflictException("error.atelier.notOpen");
		}
	}

	private static Optional<PartyType> partyType(String code, Checks checks) {
		if (code == null || code.isBlank()) {
			checks.add("partyType", "error.required");
			return Optional.empty();
		}
		try {
			return Optional.of(PartyType.valueOf(code.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			checks.add("partyType", "error.partyType.unknown", code);
			return Optional.empty();
		}
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Hex SHA-256: enough for a 256-bit random token, which needs no salt or slow hash. */
	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
