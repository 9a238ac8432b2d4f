package nl.wijkatelier.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.knowledge.internal.TipFlag;
import nl.wijkatelier.knowledge.internal.TipFlagRepository;
import nl.wijkatelier.knowledge.internal.TipRepository;
import nl.wijkatelier.platform.RateLimitedException;
import nl.wijkatelier.platform.RateLimiter;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.ProgrammeId;

/**
 * Flags on tips shared directly, and their review. Anyone may flag a shown tip with a reason, logged in or not;
 * one client address sends at most {@link KnowledgeProperties#tipFlagsPerHour()} flags an hour, and the same
 * person's flag on a tip counts once (a logged-in person by their account, anyone else by their address). A
 * programme admin of the tip's programme reviews the flagged tips: hiding one takes it out of every list and
 * search result on every instance; keeping it closes its flags. Both are written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class TipFlags {

	static final int REASON_MAX = 500;
	private static final String BUCKET = "tip-flag";
	private static final Duration WINDOW = Duration.ofHours(1);

	/** What a flag did: {@code counted} is false when this person had flagged the tip already. */
	public record Flagged(UUID tip, boolean counted, int openFlags) {
	}

	/** A reason someone gave, and when. */
	public record Flag(String reason, Instant flaggedAt) {
	}

	/** A tip with its open flags, oldest flag first. */
	public record FlaggedTip(Tip tip, List<Flag> flags) {
		public FlaggedTip {
			flags = List.copyOf(flags);
		}
	}

	/** What the admin decided. */
	public enum Decision {
		/** Out of every list and search result. */
		HIDE,
		/** Shown as before; its flags are closed. */
		KEEP;

		public static Optional<Decision> parse(String text) {
			if (text == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
	}

	private final TipRepository tips;
	private final TipFlagRepository flags;
	private final CurrentUsers currentUsers;
	private final RateLimiter limiter;
	private final KnowledgeProperties properties;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TipFlags(TipRepository tips, TipFlagRepository flags, CurrentUsers currentUsers, RateLimiter limiter,
			KnowledgeProperties properties, AuditLog audit, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.tips = tips;
		this.flags = flags;
		this.currentUsers = currentUsers;
		this.limiter = limiter;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Flags a shown tip. The reason is required free text of at most {@value #REASON_MAX} characters; a hidden
	 * or unknown tip is 404; over the address's limit is {@link RateLimitedException}. Input is checked before
	 * the limit counts, so a mistyped reason costs nothing.
	 */
	@Transactional
	public Flagged flag(UUID tipId, String reason, String clientAddress) {
		Tip tip = tips.findById(tipId).filter(t -> !t.hidden()).orElseThrow(() -> new NotFoundException("tip", tipId));
		new Checks().requiredText("reason", reason, REASON_MAX).throwIfAny();
		String flagger = currentUsers.current().map(u -> "user:" + u.id().value())
				.orElseGet(() -> "address:" + limiter.keyHash(clientAddress));
		TipFlag.Key key = new TipFlag.Key(tip.id(), flagger);
		if (flags.existsById(key)) {
			return new Flagged(tip.id(), false, openFlags(tip.id()));
		}
		RateLimiter.Decision decision = limiter.hit(BUCKET, clientAddress, properties.tipFlagsPerHour(), WINDOW);
		if (!decision.allowed()) {
			throw new RateLimitedException("error.tip.flags.rateLimited", decision.retryAfterSeconds());
		}
		try {
			flags.saveAndFlush(new TipFlag(tip.id(), flagger, reason.strip(), clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// The same person's flag sent twice at once: the second is refused, and its count undone with it.
			throw new ConflictException("error.tip.flags.concurrent");
		}
		return new Flagged(tip.id(), true, openFlags(tip.id()));
	}

	/** The programme's shown tips with open flags, the longest-waiting first; for its programme admins. */
	public List<FlaggedTip> flagged(ProgrammeId programme) {
		currentUsers.require(u -> u.administers(programme));
		Map<UUID, List<Flag>> byTip = new LinkedHashMap<>();
		for (TipFlag flag : flags.findByReviewedAtIsNullOrderByFlaggedAtAsc()) {
			byTip.computeIfAbsent(flag.tipId(), k -> new ArrayList<>()).add(new Flag(flag.reason(), flag.flaggedAt()));
		}
		List<FlaggedTip> result = new ArrayList<>();
		byTip.forEach((id, list) -> tips.findById(id)
				.filter(t -> !t.hidden() && t.programmeId().equals(programme))
				.ifPresent(t -> result.add(new FlaggedTip(t, list))));
		result.sort(Comparator.comparing(f -> f.flags().get(0).flaggedAt()));
		return result;
	}

	/**
	 * A programme admin of the tip's programme hides the tip or keeps it; either closes its open flags. Refused
	 * (409) when the tip has no open flags: there is nothing to review.
	 */
	@Transactional
	public Tip review(UUID tipId, Decision decision) {
		Tip tip = tips.findById(tipId).filter(t -> !t.hidden()).orElseThrow(() -> new NotFoundException("tip", tipId));
		CurrentUser admin = currentUsers.require(u -> u.administers(tip.programmeId()));
		if (decision == null) {
			throw new InvalidInputException("decision", "error.tip.review.decision");
		}
		List<TipFlag> open = flags.findByKeyTipIdAndReviewedAtIsNull(tip.id());
		if (open.isEmpty()) {
			throw new ConflictException("error.tip.review.nothingToReview");
		}
		Instant now = clock.instant();
		open.forEach(f -> f.reviewed(now));
		List<String> reasons = open.stream().map(TipFlag::reason).toList();
		if (decision == Decision.HIDE) {
			tip.hide(now);
			events.publishEvent(new TipChanged(tip.id(), true));
		}
		audit.record(decision == Decision.HIDE ? "TIP_HIDDEN" : "TIP_KEPT", "tip", tip.id(),
				"by " + admin.email() + " after " + open.size() + " flag(s): " + String.join(" | ", reasons));
		return tip;
	}

	private int openFlags(UUID tip) {
		return flags.findByKeyTipIdAndReviewedAtIsNull(tip).size();
	}
}
