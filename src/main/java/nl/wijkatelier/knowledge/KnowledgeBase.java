package nl.wijkatelier.knowledge;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.knowledge.internal.ResourceRepository;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/** The resources of a programme's knowledge base. */
@Service
@Transactional(readOnly = true)
public class KnowledgeBase {

	private final ResourceRepository resources;
	private final ThemeCatalog themes;
	private final Clock clock;

	KnowledgeBase(ResourceRepository resources, ThemeCatalog themes, Optional<Clock> clock) {
		this.resources = resources;
		this.themes = themes;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The programme's resources, by title; only those tagged with {@code theme} when it is given. */
	public List<Resource> resources(ProgrammeId programme, Optional<ThemeCode> theme) {
		return resources.findByProgrammeIdOrderByTitleAsc(programme.value()).stream()
				.filter(r -> theme.map(t -> r.themes().contains(t)).orElse(true)).toList();
	}

	/** Adds a resource after checking title, web address, description and themes. */
	@Transactional
	public Resource addResource(ProgrammeId programme, String title, String url, String description,
			Resource.Kind kind, String language, String source, Collection<String> themeCodes) {
		Checks checks = new Checks().requiredText("title", title, 200).optionalWebAddress("url", url)
				.optionalText("description", description, 2000);
		if (url == null || url.isBlank()) {
			checks.add("url", "error.required");
		}
		if (kind == null) {
			checks.add("kind", "error.required");
		}
		checks.throwIfAny();
		List<ThemeCode> tags = themes.resolve(programme, themeCodes, "themes");
		return resources.save(new Resource(programme, title.trim(), url.trim(), description, kind,
				language == null || language.isBlank() ? "nl" : language, source, tags, clock.instant()));
	}
}
