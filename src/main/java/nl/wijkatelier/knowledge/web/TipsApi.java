package nl.wijkatelier.knowledge.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import nl.wijkatelier.knowledge.Tips;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Knowledge", description = "Resources, tips and search of the knowledge base")
class TipsApi {

	private final Tips tips;

	TipsApi(Tips tips) {
		this.tips = tips;
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

	@DeleteMapping("/tips/{id}")
	@Operation(summary = "Remove a tip (programme admin)", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		tips.remove(id);
		return ResponseEntity.noContent().build();
	}

}
