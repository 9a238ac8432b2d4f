package nl.wijkatelier.knowledge.web;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.knowledge.KnowledgeBase;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.ThemeCode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Knowledge", description = "Resources of the knowledge base")
class KnowledgeApi {

	private final KnowledgeBase knowledge;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;

	KnowledgeApi(KnowledgeBase knowledge, ProgrammeCatalog catalog, ThemeCatalog themes) {
		this.knowledge = knowledge;
		this.catalog = catalog;
		this.themes = themes;
	}

	record ResourceJson(String id, String title, String url, String description, String kind, String language,
			String source, List<String> themes) {
	}

	@GetMapping("/resources")
	@Operation(summary = "The programme's resources, optionally only those of one theme")
	List<ResourceJson> resources(@RequestParam(required = false) String theme) {
		Programme programme = catalog.defaultProgramme().orElseThrow(() -> new NotFoundException("programme", ""));
		Optional<ThemeCode> filter = Optional.ofNullable(theme).filter(t -> !t.isBlank())
				.map(t -> themes.resolve(programme.id(), List.of(t), "theme").get(0));
		return knowledge.resources(programme.id(), filter).stream()
				.map(r -> new ResourceJson(r.id().toString(), r.title(), r.url(), r.description(), r.kind().name(),
						r.language(), r.source(), r.themes().stream().map(ThemeCode::value).toList()))
				.toList();
	}
}
