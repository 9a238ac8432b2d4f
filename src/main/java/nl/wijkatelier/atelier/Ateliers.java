package nl.wijkatelier.atelier;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.atelier.internal.AtelierRepository;
import nl.wijkatelier.atelier.internal.ContributionRepository;
import nl.wijkatelier.atelier.internal.ParticipantRepository;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * The facilitator's use cases: create an atelier, open, close and publish it, and moderate contributions. A
 * neighbourhood's atelier is run by its facilitators (and admins); a programme-wide one by admins.
 */
@Service
@Transactional(readOnly = true)
public class Ateliers {

	static final int TITLE_MAX = 200;
	static final int QUESTION_MAX = 500;
	static final int SPEAKERS_MAX = 20;
	static final int LINKS_MAX = 40;
	static final int INSIGHTS_MAX = 20_000;
	/** Join codes avoid characters people confuse when reading them off a screen (0/O, 1/I/L). */
	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
	private static final int CODE_LENGTH = 6;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final AtelierRepository ateliers;
	private final ContributionRepository contributions;
	private final ParticipantRepository participants;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Ateliers(AtelierRepository ateliers, ContributionRepository contributions, ParticipantRepository participants,
			ProgrammeCatalog catalog, ThemeCatalog themes, CurrentUsers currentUsers, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.ateliers = ateliers;
		this.contributions = contributions;
		this.participants = participants;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Atelier atelier(AtelierId id) {
		return ateliers.findById(id.value()).orElseThrow(() -> new NotFoundException("atelier", id));
	}

	public Optional<Atelier> byJoinCode(String code) {
		if (code == null || code.isBlank() || code.length() > 20) {
			return Optional.empty();
		}
		return ateliers.findByJoinCode(code.trim().toUpperCase(Locale.ROOT));
	}

	public List<Atelier> ofNeighbourhood(NeighbourhoodId neighbourhood) {
		return ateliers.findByNeighbourhoodIdOrderByHeldOnDesc(neighbourhood.value());
	}

	/** The programme-wide knowledge ateliers of a programme. */
	public List<Atelier> programmeWide(ProgrammeId programme) {
		return ateliers.findByProgrammeIdOrderByHeldOnDesc(programme.value()).stream()
				.filter(a -> a.neighbourhoodId().isEmpty()).toList();
	}

	public List<Atelier> all() {
		return ateliers.findAllByOrderByHeldOnDesc();
	}

	/** Whether this person runs the atelier: an admin, or a facilitator of its neighbourhood. */
	public static boolean mayFacilitate(Atelier atelier, Optional<CurrentUser> user) {
		return user.map(u -> u.admin() || atelier.neighbourhoodId().map(u::canFacilitate).orElse(false))
				.orElse(false);
	}

	/** Whether the person logged in now runs the atelier. */
	public boolean mayFacilitate(Atelier atelier) {
		return mayFacilitate(atelier, currentUsers.current());
	}

	/** Whether this person may start ateliers at all: an admin, or a facilitator of some neighbourhood. */
	public static boolean mayCreate(Optional<CurrentUser> user) {
		return user.map(u -> u.admin() || u.isFacilitator()).orElse(false);
	}

	/** The person logged in now, when they may start ateliers; otherwise 401 (or the login page) or 403. */
	public CurrentUser requireCreator() {
		return currentUsers.require(u -> mayCreate(Optional.of(u)));
	}

	/** What the list of ateliers shows the person logged in now: the published ones and those they run. */
	public List<Atelier> listed() {
		Optional<CurrentUser> me = currentUsers.current();
		return all().stream().filter(a -> a.isPublished() || mayFacilitate(a, me)).toList();
	}

	/**
	 * Where a person may start an atelier: the neighbourhoods they facilitate, programme-wide when they are an
	 * admin, with the themes of the programme those neighbourhoods share (the default programme's when they are in
	 * several programmes or none).
	 */
	public record NewAtelierChoices(List<Neighbourhood> neighbourhoods, boolean programmeWide, Programme programme) {
		public NewAtelierChoices {
			neighbourhoods = List.copyOf(neighbourhoods);
		}
	}

	public NewAtelierChoices choices(CurrentUser me) {
		List<Neighbourhood> neighbourhoods = catalog.neighbourhoods().stream().filter(n -> me.canFacilitate(n.id()))
				.toList();
		List<ProgrammeId> theirs = neighbourhoods.stream().map(Neighbourhood::programmeId).distinct().toList();
		Programme programme = theirs.size() == 1 ? catalog.programme(theirs.get(0)) : catalog.requireDefaultProgramme();
		return new NewAtelierChoices(neighbourhoods, me.admin(), programme);
	}

	/** Asks for the right to read the report; anonymous callers hear 401 (or see the login page), others 403. */
	public void requireReadable(Atelier atelier) {
		if (!atelier.isPublished()) {
			currentUsers.require(user -> mayFacilitate(atelier, Optional.of(user)));
		}
	}

	/**
	 * Creates a draft atelier after checking every field: a title, a date, at least one theme the programme
	 * knows, speakers, questions (one line each) and web addresses. It gets a join code no other atelier has.
	 */
	@Transactional
	public Atelier create(AtelierDraft draft) {
		currentUsers.require(u -> draft.neighbourhood().map(u::canFacilitate).orElse(u.admin()));
		ProgrammeId programme = draft.neighbourhood().map(n -> catalog.neighbourhood(n).programmeId())
				.or(() -> catalog.defaultProgramme().map(Programme::id))
				.orElseThrow(() -> new NotFoundException("programme", ""));
		Checks checks = new Checks().requiredText("title", draft.title(), TITLE_MAX)
				.optionalText("topic", draft.topic(), TITLE_MAX);
		if (draft.date().isEmpty()) {
			checks.add("date", "error.required");
		}
		List<ThemeCode> codes = List.of();
		try {
			codes = themes.resolve(programme, draft.themes(), "themes");
			if (codes.isEmpty()) {
				checks.add("themes", "error.atelier.themesRequired");
			}
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach(v -> checks.add(v.field(), v.messageKey(), v.arguments().toArray()));
		}
		if (draft.speakers().size() > SPEAKERS_MAX) {
			checks.add("speakers", "error.atelier.tooMany", SPEAKERS_MAX);
		}
		draft.speakers().forEach(s -> checks.requiredText("speakers", s.name(), 120).optionalText("speakers", s.role(), 200));
		if (draft.questions().size() > Atelier.QUESTIONS) {
			checks.add("questions", "error.atelier.tooMany", Atelier.QUESTIONS);
		}
		for (int i = 0; i < draft.questions().size(); i++) {
			checks.optionalText("question" + (i + 1), draft.questions().get(i), QUESTION_MAX);
			if (draft.questions().get(i).contains("\n")) {
				checks.add("question" + (i + 1), "error.atelier.oneLine");
			}
		}
		if (draft.links().size() > LINKS_MAX) {
			checks.add("links", "error.atelier.tooMany", LINKS_MAX);
		}
		draft.links().forEach(link -> checks.optionalWebAddress("links", link));
		checks.throwIfAny();
		List<Speaker> speakers = draft.speakers().stream()
				.map(s -> new Speaker(oneLine(s.name()), s.role() == null ? "" : oneLine(s.role()))).toList();
		List<String> questions = draft.questions().stream().map(String::trim).toList();
		Atelier atelier = new Atelier(programme, draft.neighbourhood(), draft.title().trim(), draft.date().get(),
				draft.topic() == null ? null : oneLine(draft.topic()), codes, speakers, questions, draft.links(), newJoinCode(), false, clock.instant());
		return ateliers.save(atelier);
	}

	@Transactional
	public Atelier open(AtelierId id) {
		Atelier atelier = facilitated(id);
		atelier.open();
		events.publishEvent(new AtelierActivity(atelier.id()));
		return atelier;
	}

	@Transactional
	public Atelier close(AtelierId id) {
		Atelier atelier = facilitated(id);
		atelier.close();
		events.publishEvent(new AtelierActivity(atelier.id()));
		return atelier;
	}

	/** Publishes the report, with the facilitator's insights (paragraphs separated by a blank line) if given. */
	@Transactional
	public Atelier publish(AtelierId id, String insights) {
		Atelier atelier = facilitated(id);
		new Checks().optionalText("insights", insights, INSIGHTS_MAX).throwIfAny();
		atelier.publish(insights, clock.instant());
		announce(atelier);
		events.publishEvent(new AtelierActivity(atelier.id()));
		return atelier;
	}

	/** Hides an improper contribution: it stays stored but is shown and counted nowhere. */
	@Transactional
	public void hide(AtelierId id, ContributionId contribution) {
		facilitated(id);
		contribution(id, contribution).hide();
		events.publishEvent(new AtelierActivity(id));
	}

	/** Merges a duplicate into another contribution to the same question; the duplicate's supports move along. */
	@Transactional
	public void merge(AtelierId id, ContributionId duplicate, ContributionId into) {
		facilitated(id);
		Contribution source = contribution(id, duplicate);
		Contribution target = contribution(id, into);
		if (source.id().equals(target.id()) || source.question() != target.question() || !target.visible()) {
			throw new InvalidInputException("into", "error.contribution.mergeTarget");
		}
		source.mergeInto(target.id());
		events.publishEvent(new AtelierActivity(id));
	}

	/** Creates an atelier as the demo seed needs it, without a logged-in person. */
	@Transactional
	Atelier seed(ProgrammeId programme, Optional<NeighbourhoodId> neighbourhood, String title, LocalDate date,
			String topic, List<ThemeCode> codes, List<Speaker> speakers, List<String> links, boolean example) {
		return ateliers.save(new Atelier(programme, neighbourhood, title, date, topic, codes, speakers, List.of(), links,
				newJoinCode(), example, clock.instant()));
	}

	void announce(Atelier atelier) {
		events.publishEvent(publication(atelier));
	}

	/** Every published atelier as its publication event, e.g. to rebuild what the knowledge base holds. */
	public List<AtelierPublished> publications() {
		return all().stream().filter(Atelier::isPublished).map(this::publication).toList();
	}

	private AtelierPublished publication(Atelier atelier) {
		List<String> tips = new ArrayList<>(atelier.tips());
		List<Optional<PartyType>> roles = new ArrayList<>();
		atelier.tips().forEach(tip -> roles.add(Optional.empty()));
		Map<UUID, PartyType> partyTypes = new HashMap<>();
		participants.findByAtelierId(atelier.id().value()).forEach(p -> partyTypes.put(p.id().value(), p.partyType()));
		List<String> understandings = new ArrayList<>();
		Map<ContributionKind, List<String>> question2 = new EnumMap<>(ContributionKind.class);
		Map<PartyType, List<String>> approaches = new EnumMap<>(PartyType.class);
		for (Contribution c : contributions.findByAtelierIdOrderByCreatedAtAsc(atelier.id().value())) {
			if (!c.visible()) {
				continue;
			}
			Optional<PartyType> type = Optional.ofNullable(partyTypes.get(c.participantId().value()));
			switch (c.question()) {
				case 1 -> understandings.add(c.text());
				case 2 -> c.kind().ifPresent(kind -> question2.computeIfAbsent(kind, k -> new ArrayList<>()).add(c.text()));
				case 3 -> type.ifPresent(t -> approaches.computeIfAbsent(t, k -> new ArrayList<>()).add(c.text()));
				case 4 -> {
					tips.add(c.text());
					roles.add(type);
				}
				default -> {
				}
			}
		}
		AtelierPublished.Says says = new AtelierPublished.Says(atelier.topic(), atelier.insights(), understandings,
				question2, approaches);
		return new AtelierPublished(atelier.id(), atelier.programmeId(), atelier.neighbourhoodId(), atelier.title(),
				atelier.heldOn(), atelier.themes(), tips, roles, atelier.links(), "/ateliers/" + atelier.id() + "/report",
				atelier.example(), says);
	}

	private Contribution contribution(AtelierId atelier, ContributionId id) {
		return contributions.findById(id.value()).filter(c -> c.atelierId().equals(atelier))
				.orElseThrow(() -> new NotFoundException("contribution", id));
	}

	/** The atelier, when the person logged in now runs it; otherwise 401 (or the login page) or 403. */
	public Atelier facilitated(AtelierId id) {
		Atelier atelier = atelier(id);
		currentUsers.require(user -> mayFacilitate(atelier, Optional.of(user)));
		return atelier;
	}

	private String newJoinCode() {
		for (int attempt = 0; attempt < 20; attempt++) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < CODE_LENGTH; i++) {
				code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
			}
			if (!ateliers.existsByJoinCode(code.toString())) {
				return code.toString();
			}
		}
		throw new IllegalStateException("no free join code after 20 attempts");
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\t\\r\\n]+", " ").trim();
	}
}
