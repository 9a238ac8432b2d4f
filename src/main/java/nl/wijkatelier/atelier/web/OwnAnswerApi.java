package nl.wijkatelier.atelier.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.atelier.ContributionKind;
import nl.wijkatelier.atelier.JointPicture;
import nl.wijkatelier.atelier.OwnAnswer;
import nl.wijkatelier.atelier.OwnAnswerDraft;
import nl.wijkatelier.atelier.OwnAnswers;
import nl.wijkatelier.atelier.OwnComparison;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;

/** The four questions on one's own, over the API: the caller's (or their party's) answer and the shared answers. */
@RestController
@RequestMapping("/api/v1/neighbourhoods/{id}")
@Tag(name = "Atelier", description = "Ateliers around the four questions, contributions, weights and the joint picture")
class OwnAnswerApi {

	private final OwnAnswers answers;

	OwnAnswerApi(OwnAnswers answers) {
		this.answers = answers;
	}

	/** As sent: texts may be left out; weights are points per theme code. */
	record Body(String integral, Map<String, Integer> weights, String opportunities, String challenges,
			String approach, Boolean shared) {
	}

	/** {@code kind} PARTY (with the party's id and name) or PERSON (no name is shown). */
	record OwnerJson(String kind, String partyId, String name) {
	}

	record ThemeRowJson(String theme, int own, Double neighbourhood, double delta, String difference) {
	}

	/**
	 * The joint picture beside the answer; {@code atelierId} is null when the neighbourhood has no published
	 * atelier yet. {@code margin}: weights differing by more than this many points are HIGHER or LOWER.
	 */
	record ComparisonJson(String atelierId, String atelierTitle, double margin, List<ThemeRowJson> themes,
			List<String> understandings, Map<String, List<String>> top, Map<String, List<String>> approaches) {
	}

	record AnswerJson(String id, String neighbourhoodId, OwnerJson owner, boolean answered, String integral,
			Map<String, Integer> weights, String opportunities, String challenges, String approach, boolean shared,
			String updatedAt, ComparisonJson comparison) {
	}

	record SharedJson(String id, OwnerJson owner, String integral, Map<String, Integer> weights,
			String opportunities, String challenges, String approach, String updatedAt) {
	}

	@GetMapping("/own-answer")
	@Operation(summary = "Your own answer to the four questions (or your party's, with ?party=, as its officer) "
			+ "beside the joint picture of the neighbourhood's latest published atelier, with the differences",
			security = @SecurityRequirement(name = "bearer"))
	AnswerJson answer(@PathVariable NeighbourhoodId id, @RequestParam(required = false) String party) {
		Optional<PartyId> partyId = party(party);
		OwnAnswers.Answerer answerer = answers.answerer(id, partyId);
		Optional<OwnAnswer> answer = answers.answer(id, partyId);
		return json(id, answerer, answer, answers.compare(id, answer));
	}

	@PutMapping("/own-answer")
	@Operation(summary = "Write your own answer (or your party's, with ?party=) whole: texts of at most 2000 "
			+ "characters, weights 0 or more on the atelier's scale adding up to it (or none), shared or private",
			security = @SecurityRequirement(name = "bearer"))
	AnswerJson save(@PathVariable NeighbourhoodId id, @RequestParam(required = false) String party,
			@RequestBody(required = false) Body body) {
		if (body == null) {
			throw new InvalidInputException("body", "error.required");
		}
		Optional<PartyId> partyId = party(party);
		OwnAnswer saved = answers.save(id, partyId, new OwnAnswerDraft(body.integral(), body.weights(),
				body.opportunities(), body.challenges(), body.approach(), Boolean.TRUE.equals(body.shared())));
		return json(id, answers.answerer(id, partyId), Optional.of(saved), answers.compare(id, Optional.of(saved)));
	}

	@GetMapping("/own-answers")
	@Operation(summary = "The answers parties and people shared with the neighbourhood, newest first (anyone "
			+ "taking part in it)", security = @SecurityRequirement(name = "bearer"))
	List<SharedJson> shared(@PathVariable NeighbourhoodId id) {
		return answers.shared(id).stream().map(a -> new SharedJson(a.id().toString(), owner(a), a.integral().orElse(null),
				weights(a), a.opportunities().orElse(null), a.challenges().orElse(null), a.approach().orElse(null),
				a.updatedAt().toString())).toList();
	}

	private AnswerJson json(NeighbourhoodId id, OwnAnswers.Answerer answerer, Optional<OwnAnswer> answer,
			OwnComparison comparison) {
		OwnerJson owner = new OwnerJson(answerer.party().isPresent() ? "PARTY" : "PERSON",
				answerer.partyId().map(PartyId::toString).orElse(null),
				answerer.party().map(p -> p.name()).orElse(null));
		return new AnswerJson(answer.map(a -> a.id().toString()).orElse(null), id.toString(), owner,
				answer.isPresent(), answer.flatMap(OwnAnswer::integral).orElse(null),
				answer.map(OwnAnswerApi::weights).orElse(Map.of()), answer.flatMap(OwnAnswer::opportunities).orElse(null),
				answer.flatMap(OwnAnswer::challenges).orElse(null), answer.flatMap(OwnAnswer::approach).orElse(null),
				answer.map(OwnAnswer::shared).orElse(false), answer.map(a -> a.updatedAt().toString()).orElse(null),
				comparison(comparison));
	}

	private OwnerJson owner(OwnAnswer answer) {
		return new OwnerJson(answer.party().isPresent() ? "PARTY" : "PERSON",
				answer.party().map(PartyId::toString).orElse(null), answers.partyName(answer).orElse(null));
	}

	private static Map<String, Integer> weights(OwnAnswer answer) {
		Map<String, Integer> result = new LinkedHashMap<>();
		answer.weights().forEach((code, points) -> result.put(code.value(), points));
		return result;
	}

	private static ComparisonJson comparison(OwnComparison c) {
		Map<String, List<String>> top = new LinkedHashMap<>();
		Map<String, List<String>> approaches = new LinkedHashMap<>();
		List<String> understandings = List.of();
		if (c.picture().isPresent()) {
			JointPicture picture = c.picture().get();
			for (ContributionKind kind : ContributionKind.values()) {
				top.put(kind.name(), texts(picture.top().getOrDefault(kind, List.of())));
			}
			picture.approaches().forEach((type, items) -> approaches.put(type.name(), texts(items)));
			understandings = texts(picture.understandings());
		}
		return new ComparisonJson(c.atelier().map(a -> a.id().toString()).orElse(null),
				c.atelier().map(a -> a.title()).orElse(null), c.margin(),
				c.themes().stream().map(r -> new ThemeRowJson(r.theme().value(), r.own(), r.neighbourhood().orElse(null),
						Math.round(r.delta() * 10) / 10.0, r.difference().name())).toList(),
				understandings, top, approaches);
	}

	private static List<String> texts(List<JointPicture.Item> items) {
		return items.stream().map(JointPicture.Item::text).toList();
	}

	static Optional<PartyId> party(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(PartyId.of(text.trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("party", "error.id.format", text);
		}
	}

}
