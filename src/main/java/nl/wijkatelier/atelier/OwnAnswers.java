package nl.wijkatelier.atelier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.atelier.internal.OwnAnswerRepository;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * Answering the four questions on one's own ("buig je dan voor jezelf"): an officer answers for their party, a
 * person who takes part in the neighbourhood answers for themself. An answer is private (read only by its author,
 * and for a party by that party's officers) until its owner shares it with the neighbourhood, whose members then
 * read it. Each owner sees its answer beside the joint picture of the neighbourhood's latest published atelier.
 */
@Service
@Transactional(readOnly = true)
public class OwnAnswers {

	/** The longest text per question, as for a contribution in an atelier. */
	public static final int TEXT_MAX = Contribution.TEXT_MAX;

	/** Someone the caller may answer for here, with the party's name (empty for the caller themself). */
	public record Answerer(OwnAnswer.Owner owner, Optional<Party> party) {

		public Optional<PartyId> partyId() {
			return party.map(Party::id);
		}
	}

	private final OwnAnswerRepository answers;
	private final Ateliers ateliers;
	private final JointPictures pictures;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;
	private final AtelierProperties properties;
	private final Clock clock;

	OwnAnswers(OwnAnswerRepository answers, Ateliers ateliers, JointPictures pictures, ProgrammeCatalog catalog,
			ThemeCatalog themes, CurrentUsers currentUsers, AtelierProperties properties, Optional<Clock> clock) {
		this.answers = answers;
		this.ateliers = ateliers;
		this.pictures = pictures;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The points a complete set of weights adds up to: the atelier's scale. */
	public int scale() {
		return properties.pointsPerParticipant();
	}

	/** Whether this person may answer here at all: anyone who takes part in the neighbourhood, in any role. */
	public static boolean mayAnswer(NeighbourhoodId neighbourhood, Optional<CurrentUser> user) {
		return user.map(u -> u.belongsTo(neighbourhood)).orElse(false);
	}

	/** Whether this person reads the neighbourhood's shared answers: everyone who takes part in it. */
	public static boolean mayReadShared(NeighbourhoodId neighbourhood, Optional<CurrentUser> user) {
		return mayAnswer(neighbourhood, user);
	}

	/** Themself, then each party of the neighbourhood the caller is an officer of. */
	public List<Answerer> answerers(NeighbourhoodId neighbourhood) {
		CurrentUser me = currentUsers.require(u -> mayAnswer(neighbourhood, Optional.of(u)));
		List<Answerer> result = new ArrayList<>();
		result.add(new Answerer(new OwnAnswer.PersonOwner(me.id()), Optional.empty()));
		catalog.parties(neighbourhood).stream().filter(p -> me.officerOf().contains(p.id()))
				.sorted(Comparator.comparing(Party::name))
				.forEach(p -> result.add(new Answerer(new OwnAnswer.PartyOwner(p.id()), Optional.of(p))));
		return result;
	}

	/**
	 * Who answers: the caller for the party when one is given (they must be its officer, and it must be a party of
	 * this neighbourhood), the caller themself otherwise.
	 */
	public Answerer answerer(NeighbourhoodId neighbourhood, Optional<PartyId> party) {
		catalog.neighbourhood(neighbourhood);
		CurrentUser me = currentUsers.require(u -> mayAnswer(neighbourhood, Optional.of(u)));
		if (party.isEmpty()) {
			return new Answerer(new OwnAnswer.PersonOwner(me.id()), Optional.empty());
		}
		Party found = catalog.findParty(party.get())
				.orElseThrow(() -> new InvalidInputException("party", "error.ownAnswer.partyUnknown", party.get()));
		if (!found.neighbourhoodId().map(neighbourhood::equals).orElse(false)) {
			throw new InvalidInputException("party", "error.ownAnswer.partyElsewhere", found.name());
		}
		if (!me.officerOf().contains(found.id())) {
			throw new AccessDeniedException("only the party's officers answer for it");
		}
		return new Answerer(new OwnAnswer.PartyOwner(found.id()), Optional.of(found));
	}

	/** The answer of the caller (or of their party), when there is one. */
	public Optional<OwnAnswer> answer(NeighbourhoodId neighbourhood, Optional<PartyId> party) {
		return find(neighbourhood, answerer(neighbourhood, party).owner());
	}

	/**
	 * Writes the caller's (or their party's) answer whole, after checking every field: each text at most
	 * {@value #TEXT_MAX} characters under the shared free-text rules; weights on the atelier's scale, each a whole
	 * number from 0 to {@link AtelierProperties#pointsPerParticipant()} for a theme of the programme, together
	 * exactly that many points, or none at all.
	 */
	@Transactional
	public OwnAnswer save(NeighbourhoodId neighbourhood, Optional<PartyId> party, OwnAnswerDraft draft) {
		Answerer answerer = answerer(neighbourhood, party);
		Neighbourhood where = catalog.neighbourhood(neighbourhood);
		Checks checks = new Checks().optionalText("integral", draft.integral(), TEXT_MAX)
				.optionalText("opportunities", draft.opportunities(), TEXT_MAX)
				.optionalText("challenges", draft.challenges(), TEXT_MAX)
				.optionalText("approach", draft.approach(), TEXT_MAX);
		Map<ThemeCode, Integer> points = weights(where, draft.weights(), checks);
		checks.throwIfAny();
		OwnAnswer answer = find(neighbourhood, answerer.owner())
				.orElseGet(() -> new OwnAnswer(neighbourhood, answerer.owner()));
		answer.change(draft, points, currentUsers.require().id(), clock.instant());
		try {
			return answers.saveAndFlush(answer);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			// Two saves of the same owner's answer at once: the one that came second is refused, nothing half-stored.
			throw new ConflictException("error.ownAnswer.concurrent");
		}
	}

	private Map<ThemeCode, Integer> weights(Neighbourhood where, Map<String, Integer> typed, Checks checks) {
		int scale = properties.pointsPerParticipant();
		Map<ThemeCode, Integer> resolved = new LinkedHashMap<>();
		int total = 0;
		boolean valid = true;
		for (Map.Entry<String, Integer> entry : typed.entrySet()) {
			String field = "weights." + entry.getKey();
			List<ThemeCode> code;
			try {
				code = themes.resolve(where.programmeId(), List.of(entry.getKey()), field);
			}
			catch (InvalidInputException ex) {
				ex.violations().forEach(v -> checks.add(v.field(), v.messageKey(), v.arguments().toArray()));
				valid = false;
				continue;
			}
			Integer value = entry.getValue();
			if (value == null || value < 0 || value > scale) {
				checks.add(field, "error.weight.range", scale);
				valid = false;
				continue;
			}
			resolved.merge(code.get(0), value, Integer::sum);
			total += value;
		}
		if (valid && total != 0 && total != scale) {
			checks.add("weights", "error.ownAnswer.weightTotal", scale, total);
		}
		return resolved;
	}

	/** The answers shared with the neighbourhood, newest first; for those who take part in it. */
	public List<OwnAnswer> shared(NeighbourhoodId neighbourhood) {
		catalog.neighbourhood(neighbourhood);
		currentUsers.require(u -> mayReadShared(neighbourhood, Optional.of(u)));
		return answers.findByNeighbourhoodIdAndSharedTrueOrderByUpdatedAtDesc(neighbourhood.value());
	}

	/** The neighbourhood's latest published atelier: the latest held, and of those the latest created. */
	public Optional<Atelier> latestPublished(NeighbourhoodId neighbourhood) {
		return ateliers.ofNeighbourhood(neighbourhood).stream().filter(Atelier::isPublished)
				.max(Comparator.comparing(Atelier::heldOn).thenComparing(Atelier::createdAt));
	}

	/** The answer's weights (none when there is no answer) beside the joint picture of the latest atelier. */
	public OwnComparison compare(NeighbourhoodId neighbourhood, Optional<OwnAnswer> answer) {
		Neighbourhood where = catalog.neighbourhood(neighbourhood);
		Optional<Atelier> latest = latestPublished(neighbourhood);
		Optional<JointPicture> picture = latest.map(pictures::of);
		List<ThemeCode> codes = themes.themes(where.programmeId()).stream().map(Theme::code).toList();
		Map<ThemeCode, Integer> own = answer.map(OwnAnswer::weights).orElse(Map.of());
		double margin = properties.divergenceThreshold();
		return new OwnComparison(latest, picture, margin, OwnComparison.rows(codes, own, picture, margin));
	}

	/** The party's name for a party's answer; empty for a person's (shared answers of people show no name). */
	public Optional<String> partyName(OwnAnswer answer) {
		return answer.party().flatMap(catalog::findParty).map(Party::name);
	}

	private Optional<OwnAnswer> find(NeighbourhoodId neighbourhood, OwnAnswer.Owner owner) {
		if (owner instanceof OwnAnswer.PartyOwner p) {
			return answers.findByNeighbourhoodIdAndPartyId(neighbourhood.value(), p.party().value());
		}
		return answers.findByNeighbourhoodIdAndUserId(neighbourhood.value(),
				((OwnAnswer.PersonOwner) owner).user().value());
	}
}
