package nl.wijkatelier.atelier.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.atelier.Atelier;
import nl.wijkatelier.atelier.AtelierDraft;
import nl.wijkatelier.atelier.AtelierId;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.atelier.Contribution;
import nl.wijkatelier.atelier.ContributionId;
import nl.wijkatelier.atelier.JointPictures;
import nl.wijkatelier.atelier.ParticipantPrincipal;
import nl.wijkatelier.atelier.Participation;
import nl.wijkatelier.atelier.ThemeSuggestions;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.ThemeCode;

/** The atelier's REST API: facilitators run ateliers; participants join by code and use their token. */
@RestController
@RequestMapping("/api/v1/ateliers")
@Tag(name = "Atelier", description = "Ateliers around the four questions, contributions, weights and the joint picture")
class AtelierApi {

	private final Ateliers ateliers;
	private final Participation participation;
	private final JointPictures pictures;
	private final CurrentUsers currentUsers;

	private final JoinLimit joinLimit;

	AtelierApi(Ateliers ateliers, Participation participation, JointPictures pictures, CurrentUsers currentUsers,
			JoinLimit joinLimit) {
		this.joinLimit = joinLimit;
		this.ateliers = ateliers;
		this.participation = participation;
		this.pictures = pictures;
		this.currentUsers = currentUsers;
	}

	@PostMapping
	@Operation(summary = "Create an atelier (facilitator of the neighbourhood, or admin for a programme-wide one)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<AtelierJson.Created> create(@RequestBody AtelierJson.Create body) {
		Optional<NeighbourhoodId> neighbourhood = Optional.empty();
		if (body.neighbourhoodId() != null && !body.neighbourhoodId().isBlank()) {
			try {
				neighbourhood = Optional.of(NeighbourhoodId.of(body.neighbourhoodId().trim()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("neighbourhoodId", "error.id.format", body.neighbourhoodId());
			}
		}
		Atelier atelier = ateliers.create(new AtelierDraft(neighbourhood, body.title(), Optional.ofNullable(body.date()),
				body.topic(), body.themes(), body.speakers(), body.questions(), body.links()));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + atelier.id()))
				.body(new AtelierJson.Created(atelier.id().toString(), atelier.joinCode()));
	}

	@GetMapping
	@Operation(summary = "Published ateliers, and those the caller runs; optionally of one neighbourhood")
	List<AtelierJson.AtelierView> list(@RequestParam(required = false) NeighbourhoodId neighbourhoodId) {
		Optional<CurrentUser> me = currentUsers.current();
		List<Atelier> all = neighbourhoodId == null ? ateliers.all() : ateliers.ofNeighbourhood(neighbourhoodId);
		return all.stream().filter(a -> a.isPublished() || Ateliers.mayFacilitate(a, me))
				.map(a -> AtelierJson.AtelierView.of(a, Ateliers.mayFacilitate(a, me))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An atelier: public once published; before that for its facilitators and participants")
	AtelierJson.AtelierView atelier(@PathVariable AtelierId id) {
		Atelier atelier = ateliers.atelier(id);
		boolean facilitator = Ateliers.mayFacilitate(atelier, currentUsers.current());
		if (!facilitator && !atelier.isPublished() && !participant().filter(p -> p.atelier().equals(id)).isPresent()) {
			ateliers.requireReadable(atelier);
		}
		return AtelierJson.AtelierView.of(atelier, facilitator);
	}

	@PostMapping("/{id}/open")
	@Operation(summary = "Open the atelier for participants (facilitator)", security = @SecurityRequirement(name = "bearer"))
	AtelierJson.AtelierView open(@PathVariable AtelierId id) {
		return AtelierJson.AtelierView.of(ateliers.open(id), true);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close the atelier: no more contributions (facilitator)", security = @SecurityRequirement(name = "bearer"))
	AtelierJson.AtelierView close(@PathVariable AtelierId id) {
		return AtelierJson.AtelierView.of(ateliers.close(id), true);
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish the feedback report, optionally with insights (facilitator)",
			security = @SecurityRequirement(name = "bearer"))
	AtelierJson.AtelierView publish(@PathVariable AtelierId id,
			@RequestBody(required = false) AtelierJson.Publish body) {
		return AtelierJson.AtelierView.of(ateliers.publish(id, body == null ? null : body.insights()), true);
	}

	@PostMapping("/join/{joinCode}")
	@Operation(summary = "Join an open atelier with its code, without an account; answers the participant token. "
			+ "Sent with this atelier's participant token, it answers that participant again (200) instead of a new one. "
			+ "Too many wrong codes from one address answer 429 with Retry-After.")
	ResponseEntity<AtelierJson.Joined> join(@PathVariable String joinCode,
			@RequestBody(required = false) AtelierJson.Join body, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		joinLimit.check(address);
		Optional<Atelier> atelier = ateliers.byJoinCode(joinCode);
		if (atelier.isEmpty()) {
			joinLimit.failed(address);
			throw new NotFoundException("atelier", joinCode);
		}
		Optional<ParticipantPrincipal> already = participant().filter(p -> p.atelier().equals(atelier.get().id()));
		String sentToken = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (already.isPresent() && sentToken != null && sentToken.startsWith("Bearer ")) {
			return ResponseEntity.ok(new AtelierJson.Joined(sentToken.substring("Bearer ".length()).trim(),
					already.get().participant().toString(), atelier.get().id().toString()));
		}
		AtelierJson.Join join = body == null ? new AtelierJson.Join(null, null, null) : body;
		Participation.Joined joined = participation.join(joinCode, join.displayName(), join.partyType(),
				Boolean.TRUE.equals(join.anonymous()));
		return ResponseEntity.status(201).body(new AtelierJson.Joined(joined.token(),
				joined.participant().id().toString(), joined.participant().atelierId().toString()));
	}

	@PostMapping("/{id}/contributions")
	@Operation(summary = "Contribute to a question (participant token)", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<AtelierJson.ContributionView> contribute(@PathVariable AtelierId id,
			@RequestBody AtelierJson.NewContribution body) {
		Contribution contribution = participation.contribute(requireParticipant(), id, body.question(), body.kind(),
				body.text(), body.themes());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/contributions/" + contribution.id()))
				.body(AtelierJson.ContributionView.of(contribution));
	}

	@PutMapping("/{id}/weights")
	@Operation(summary = "Weigh the themes: points per theme code, 100 in all (participant token)",
			security = @SecurityRequirement(name = "bearer"))
	Map<String, Integer> weigh(@PathVariable AtelierId id, @RequestBody Map<String, Integer> body) {
		Map<String, Integer> result = new LinkedHashMap<>();
		participation.weigh(requireParticipant(), id, body).forEach((code, points) -> result.put(code.value(), points));
		return result;
	}

	@PostMapping("/{id}/contributions/{cid}/support")
	@Operation(summary = "Support another participant's contribution (participant token; limited votes)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> support(@PathVariable AtelierId id, @PathVariable("cid") ContributionId contribution) {
		participation.support(requireParticipant(), id, contribution);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/contributions/{cid}/hide")
	@Operation(summary = "Hide an improper contribution (facilitator)", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> hide(@PathVariable AtelierId id, @PathVariable("cid") ContributionId contribution) {
		ateliers.hide(id, contribution);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/contributions/{cid}/merge")
	@Operation(summary = "Merge a duplicate into another contribution to the same question (facilitator)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> merge(@PathVariable AtelierId id, @PathVariable("cid") ContributionId contribution,
			@RequestBody AtelierJson.Merge body) {
		ContributionId into;
		try {
			into = ContributionId.of(body.into() == null ? "" : body.into().trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("into", "error.id.format", body.into());
		}
		ateliers.merge(id, contribution, into);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/joint-picture")
	@Operation(summary = "The joint picture: public once published; before that for facilitators and participants")
	AtelierJson.Picture jointPicture(@PathVariable AtelierId id) {
		Atelier atelier = ateliers.atelier(id);
		if (!participant().filter(p -> p.atelier().equals(id)).isPresent()) {
			ateliers.requireReadable(atelier);
		}
		return AtelierJson.Picture.of(pictures.of(atelier));
	}

	@GetMapping("/theme-suggestions")
	@Operation(summary = "Themes suggested for a (Dutch) text")
	List<String> suggest(@RequestParam(defaultValue = "") String text) {
		return ThemeSuggestions.suggest(text.length() > 2000 ? text.substring(0, 2000) : text).stream()
				.map(ThemeCode::value).toList();
	}

	private static Optional<ParticipantPrincipal> participant() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ParticipantPrincipal p
				? Optional.of(p) : Optional.empty();
	}

	private static ParticipantPrincipal requireParticipant() {
		return participant().orElseThrow(
				() -> new AuthenticationCredentialsNotFoundException("join the atelier first: participant token required"));
	}
}
