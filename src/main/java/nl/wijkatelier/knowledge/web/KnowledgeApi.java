package nl.wijkatelier.knowledge.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.knowledge.KnowledgeBase;
import nl.wijkatelier.knowledge.KnowledgeSearch;
import nl.wijkatelier.knowledge.Resource;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.ThemeCode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Knowledge", description = "Resources of the knowledge base")
class KnowledgeApi {

	private final KnowledgeBase knowledge;
	private final KnowledgeSearch search;
	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CurrentUsers currentUsers;

	KnowledgeApi(KnowledgeBase knowledge, KnowledgeSearch search, ProgrammeCatalog catalog, ThemeCatalog themes,
			CurrentUsers currentUsers) {
		this.knowledge = knowledge;
		this.search = search;
		this.catalog = catalog;
		this.themes = themes;
		this.currentUsers = currentUsers;
	}

	record SearchItem(String type, String title, String url, String snippet, List<String> themes, String kind) {
	}

	record SearchJson(long total, List<SearchItem> items) {
	}

	record ResourceRequest(String title, String url, String description, String kind, List<String> themes) {
	}

	@GetMapping("/search")
	@Operation(summary = "Full-text search in Dutch over resources, tips, reports and neighbourhoods",
			description = "Words are combined with AND; \"...\" is a phrase, -word excludes, word* is a prefix. "
					+ "The snippet is HTML: matched words in <mark>, everything else escaped.")
	SearchJson search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String neighbourhood) {
		KnowledgeSearch.Results results = search.search(q, filter(theme, kind, neighbourhood));
		return new SearchJson(results.total(), results.items().stream()
				.map(h -> new SearchItem(h.type(), h.title(), h.url(), h.snippetHtml(),
						h.themes().stream().map(ThemeCode::value).toList(), h.kind()))
				.toList());
	}

	@PostMapping("/resources")
	@Operation(summary = "Add a resource (programme admin), or propose one (anyone logged in; public once an admin "
			+ "approves it)", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<ResourceJson> add(@RequestParam(required = false) String programmeId,
			@RequestBody ResourceRequest body) {
		CurrentUser user = currentUsers.require();
		Programme programme = catalog.programmeOrDefault(programmeId);
		Resource resource = user.admin()
				? knowledge.addResource(programme.id(), body.title(), body.url(), body.description(),
						kind(body.kind()), "nl", null, body.themes())
				: knowledge.proposeResource(programme.id(), body.title(), body.url(), body.description(),
						kind(body.kind()), body.themes(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/resources/" + resource.id())).body(json(resource));
	}

	@GetMapping("/resources/proposals")
	@Operation(summary = "Residents' proposals waiting for review (programme admin)",
			security = @SecurityRequirement(name = "bearer"))
	List<ResourceJson> proposals(@RequestParam(required = false) String programmeId) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.programmeOrDefault(programmeId);
		return knowledge.proposals(programme.id()).stream().map(KnowledgeApi::json).toList();
	}

	@PostMapping("/resources/{id}/approve")
	@Operation(summary = "Approve a proposed resource: public and searchable from now (programme admin)",
			security = @SecurityRequirement(name = "bearer"))
	ResourceJson approve(@PathVariable UUID id) {
		currentUsers.require(CurrentUser::admin);
		return json(knowledge.approveResource(id));
	}

	@PutMapping("/resources/{id}")
	@Operation(summary = "Change a resource (programme admin)", security = @SecurityRequirement(name = "bearer"))
	ResourceJson change(@PathVariable UUID id, @RequestBody ResourceRequest body) {
		currentUsers.require(CurrentUser::admin);
		return json(knowledge.changeResource(id, body.title(), body.url(), body.description(), kind(body.kind()),
				body.themes()));
	}

	@DeleteMapping("/resources/{id}")
	@Operation(summary = "Remove a resource (programme admin)", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		currentUsers.require(CurrentUser::admin);
		knowledge.removeResource(id);
		return ResponseEntity.noContent().build();
	}

	private KnowledgeSearch.Filter filter(String theme, String kind, String neighbourhood) {
		Optional<NeighbourhoodId> where = Optional.ofNullable(neighbourhood).filter(n -> !n.isBlank()).map(n -> NeighbourhoodId.parse(n, "neighbourhood"));
		// A neighbourhood's themes are its own programme's; without one, the default programme's.
		Programme programme = where.flatMap(catalog::findNeighbourhood).map(n -> catalog.programme(n.programmeId()))
				.orElseGet(catalog::requireDefaultProgramme);
		Optional<ThemeCode> themeFilter = Optional.ofNullable(theme).filter(t -> !t.isBlank())
				.map(t -> themes.resolve(programme.id(), List.of(t), "theme").get(0));
		Optional<String> kindFilter = Optional.ofNullable(kind).filter(k -> !k.isBlank())
				.map(k -> k.trim().toUpperCase(Locale.ROOT));
		return new KnowledgeSearch.Filter(themeFilter, kindFilter, where);
	}

	private static Resource.Kind kind(String text) {
		try {
			return text == null ? null : Resource.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "error.resourceKind.unknown", text);
		}
	}

	private static ResourceJson json(Resource r) {
		return new ResourceJson(r.id().toString(), r.title(), r.url(), r.description(), r.kind().name(), r.language(),
				r.source(), r.themes().stream().map(ThemeCode::value).toList(), r.status().name());
	}

	record ResourceJson(String id, String title, String url, String description, String kind, String language,
			String source, List<String> themes, String status) {
	}

	@GetMapping("/resources")
	@Operation(summary = "The resources of a programme (programmeId, else the default one), optionally only those "
			+ "of one theme")
	List<ResourceJson> resources(@RequestParam(required = false) String theme,
			@RequestParam(required = false) String programmeId) {
		Programme programme = catalog.programmeOrDefault(programmeId);
		Optional<ThemeCode> filter = Optional.ofNullable(theme).filter(t -> !t.isBlank())
				.map(t -> themes.resolve(programme.id(), List.of(t), "theme").get(0));
		return knowledge.resources(programme.id(), filter).stream().map(KnowledgeApi::json).toList();
	}
}
