package nl.wijkatelier.knowledge;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.knowledge.internal.ResourceRepository;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.shared.UserId;

/** The resources of a programme's knowledge base. */
@Service
@Transactional(readOnly = true)
public class KnowledgeBase {

	private final ResourceRepository resources;
	private final ThemeCatalog themes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KnowledgeBase(ResourceRepository resources, ThemeCatalog themes, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.resources = resources;
		this.themes = themes;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public List<Resource> allResources() {
		return resources.findAll();
	}

	public Optional<Resource> findResource(UUID id) {
		return resources.findById(id);
	}

	public Resource resource(UUID id) {
		return resources.findById(id).orElseThrow(() -> new NotFoundException("resource", id));
	}

	/** The programme's approved resources, by title; only those tagged with {@code theme} when it is given. */
	public List<Resource> resources(ProgrammeId programme, Optional<ThemeCode> theme) {
		return resources.findByProgrammeIdOrderByTitleAsc(programme.value()).stream().filter(Resource::approved)
				.filter(r -> theme.map(t -> r.themes().contains(t)).orElse(true)).toList();
	}

	/** Residents' proposals waiting for an admin, oldest first. */
	public List<Resource> proposals(ProgrammeId programme) {
		return resources.findByProgrammeIdOrderByTitleAsc(programme.value()).stream().filter(r -> !r.approved())
				.sorted(Comparator.comparing(Resource::createdAt)).toList();
	}

	/**
	 * A resident proposes a resource, checked as when an admin adds one; it stays out of lists and search until
	 * an admin approves it ({@link #approveResource}) and is removed when the admin rejects it.
	 */
	@Transactional
	public Resource proposeResource(ProgrammeId programme, String title, String url, String description,
			Resource.Kind kind, Collection<String> themeCodes, UserId proposer) {
		Resource resource = addResource(programme, title, url, description, kind, "nl", null, themeCodes);
		resource.proposedBy(proposer.value());
		return resource;
	}

	@Transactional
	public Resource approveResource(UUID id) {
		Resource resource = resource(id);
		resource.approve();
		events.publishEvent(new ResourceChanged(id, false));
		return resource;
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
		Resource resource = resources.save(new Resource(programme, title.trim(), url.trim(), description, kind,
				language == null || language.isBlank() ? "nl" : language, source, tags, clock.instant()));
		events.publishEvent(new ResourceChanged(resource.id(), false));
		return resource;
	}

	/** Changes a resource's title, address, description, kind and themes, checked as when adding. */
	@Transactional
	public Resource changeResource(UUID id, String title, String url, String description, Resource.Kind kind,
			Collection<String> themeCodes) {
		Resource resource = resource(id);
		Checks checks = new Checks().requiredText("title", title, 200).optionalWebAddress("url", url)
				.optionalText("description", description, 2000);
		if (url == null || url.isBlank()) {
			checks.add("url", "error.required");
		}
		if (kind == null) {
			checks.add("kind", "error.required");
		}
		checks.throwIfAny();
		List<ThemeCode> tags = themes.resolve(resource.programmeId(), themeCodes, "themes");
		resource.change(title.trim(), url.trim(), description, kind, tags);
		events.publishEvent(new ResourceChanged(id, false));
		return resource;
	}

	@Transactional
	public void removeResource(UUID id) {
		resources.delete(resource(id));
		events.publishEvent(new ResourceChanged(id, true));
	}
}
