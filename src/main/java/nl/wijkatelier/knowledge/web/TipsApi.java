package nl.wijkatelier.knowledge.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.knowledge.Tip;
import nl.wijkatelier.knowledge.TipFlags;
import nl.wijkatelier.knowledge.Tips;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Knowledge", description = "Resources, tips and search of the knowledge base")
class TipsApi {

	private final Tips tips;
	private final TipFlags flags;
	private final ProgrammeCatalog catalog;

	TipsApi(Tips tips, TipFlags flags, ProgrammeCatalog catalog) {
		this.tips = tips;
		this.flags = flags;
		this.catalog = catalog;
	}

	record TipJson(String id, String neighbourhoodId, String partyType, String text, List<String> themes,
			String createdAt) {
		static TipJson of(Tip t) {
			return new TipJson(t.id().toString(), t.neighbourhoodId().toString(), t.partyType().name(), t.text(),
					t.themes().stream().map(ThemeCode::value).toList(), t.createdAt().toString());
		}
	}

	record NewTip(String neighbourhoodId, String partyType, String text, List<String> themes) {
	}

	record NewFlag(String reason) {
	}

	record FlaggedJson(String tip, boolean counted, int openFlags) {
	}

	record FlagJson(String reason, String flaggedAt) {
	}

	record FlaggedTipJson(TipJson tip, List<FlagJson> flags) {
	}

	record ReviewJson(String decision) {
	}

	@GetMapping("/tips")
	@Operation(summary = "Tips written directly, newest first; only one neighbourhood's when it is given")
	List<TipJson> tips(@RequestParam(required = false) String neighbourhood) {
		List<Tip> list = neighbourhood == null || neighbourhood.isBlank() ? tips.all()
				: tips.of(NeighbourhoodId.parse(neighbourhood, "neighbourhood"));
		return list.stream().map(TipJson::of).toList();
	}

	@PostMapping("/tips")
	@Operation(summary = "Share a tip from a neighbourhood you take part in (any role there, or admin)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<TipJson> share(@RequestBody NewTip body) {
		if (body.neighbourhoodId() == null || body.neighbourhoodId().isBlank()) {
			throw new InvalidInputException("neighbourhoodId", "error.required");
		}
		Tip tip = tips.share(NeighbourhoodId.parse(body.neighbourhoodId(), "neighbourhoodId"),
				PartyType.parse(body.partyType(), "partyType").orElse(null), body.text(),
				body.themes());
		return ResponseEntity.created(URI.create("/api/v1/tips/" + tip.id())).body(TipJson.of(tip));
	}

	@PostMapping("/tips/{id}/flags")
	@Operation(summary = "Flag a tip as improper, with a reason (anyone; a limited number per address an hour; "
			+ "the same person's flag counts once: 201 when counted, 200 when it was counted before)")
	ResponseEntity<FlaggedJson> flag(@PathVariable UUID id, @RequestBody(required = false) NewFlag body,
			HttpServletRequest request) {
		TipFlags.Flagged flagged = flags.flag(id, body == null ? null : body.reason(), request.getRemoteAddr());
		return ResponseEntity.status(flagged.counted() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(new FlaggedJson(flagged.tip().toString(), flagged.counted(), flagged.openFlags()));
	}

	@GetMapping("/tips/flagged")
	@Operation(summary = "Tips with open flags and their reasons, longest waiting first (programme admin)",
			security = @SecurityRequirement(name = "bearer"))
	List<FlaggedTipJson> flagged(@RequestParam(required = false) String programmeId) {
		return flags.flagged(catalog.programmeOrDefault(programmeId).id()).stream()
				.map(f -> new FlaggedTipJson(TipJson.of(f.tip()), f.flags().stream()
						.map(flag -> new FlagJson(flag.reason(), flag.flaggedAt().toString())).toList()))
				.toList();
	}

	@PostMapping("/tips/{id}/review")
	@Operation(summary = "Review a flagged tip: HIDE takes it out of every list and search, KEEP closes its flags "
			+ "(programme admin of its programme; audited)", security = @SecurityRequirement(name = "bearer"))
	TipJson review(@PathVariable UUID id, @RequestBody(required = false) ReviewJson body) {
		TipFlags.Decision decision = TipFlags.Decision.parse(body == null ? null : body.decision())
				.orElseThrow(() -> new InvalidInputException("decision", "error.tip.review.decision"));
		return TipJson.of(flags.review(id, decision));
	}

	@DeleteMapping("/tips/{id}")
	@Operation(summary = "Remove a tip (programme admin)", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		tips.remove(id);
		return ResponseEntity.noContent().build();
	}

}
