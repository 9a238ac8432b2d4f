package nl.wijkatelier.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.internal.NeighbourhoodRepository;
import nl.wijkatelier.programme.internal.PartyRepository;
import nl.wijkatelier.programme.internal.ProgrammeRepository;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ProgrammeId;

/** Programmes, their neighbourhoods and parties: the use cases that read and register them. */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalog {

	static final int NAME_MAX = 200;
	static final int DESCRIPTION_MAX = 4000;
	static final int BOUNDARY_MAX = 1_000_000;
	static final int SLUG_MAX = 80;
	/** Slugs that are pages of their own under /programmes/. */
	private static final Set<String> RESERVED_SLUGS = Set.of("new");

	private final ProgrammeRepository programmes;
	private final NeighbourhoodRepository neighbourhoods;
	private final PartyRepository parties;
	private final CbsKeyFigures keyFigures;
	private final ThemeCatalog themes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgrammeCatalog(ProgrammeRepository programmes, NeighbourhoodRepository neighbourhoods,
			PartyRepository parties, CbsKeyFigures keyFigures, ThemeCatalog themes, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.programmes = programmes;
		this.neighbourhoods = neighbourhoods;
		this.parties = parties;
		this.keyFigures = keyFigures;
		this.themes = themes;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Every programme, the oldest (the default) first. */
	public List<Programme> programmes() {
		return programmes.findAllByOrderByCreatedAtAsc();
	}

	/** The first programme created: the one the API and home page use when no programme is named. */
	public Optional<Programme> defaultProgramme() {
		return programmes.findFirstByOrderByCreatedAtAsc();
	}

	/** The default programme; a 404 when the platform has none yet (started without the demo). */
	public Programme requireDefaultProgramme() {
		return defaultProgramme().orElseThrow(() -> new NotFoundException("programme", ""));
	}

	public Programme programme(ProgrammeId id) {
		return programmes.findById(id.value()).orElseThrow(() -> new NotFoundException("programme", id));
	}

	public Optional<Programme> programmeBySlug(String slug) {
		return programmes.findBySlug(slug);
	}

	/** The programme with this slug; a 404 when there is none. */
	public Programme requireProgrammeBySlug(String slug) {
		return programmeBySlug(slug).orElseThrow(() -> new NotFoundException("programme", slug));
	}

	/**
	 * The programme a request means: the one named, or, when none is named, the only one there is. With several
	 * programmes and none named the caller must choose ({@code field} names where); with none at all it is a 404.
	 */
	public Programme programmeFor(Optional<ProgrammeId> named, String field) {
		if (named.isPresent()) {
			return programme(named.get());
		}
		List<Programme> all = programmes();
		if (all.size() > 1) {
			new Checks().add(field, "error.programme.choose").throwIfAny();
		}
		return all.stream().findFirst().orElseThrow(() -> new NotFoundException("programme", ""));
	}

	/** {@link #programmeFor(Optional, String)} with the id as typed; a malformed id is refused under {@code field}. */
	public Programme programmeFor(String named, String field) {
		return programmeFor(programmeId(named, field), field);
	}

	/** The programme named, or the default (first) one when none is named, as the older pages and APIs do. */
	public Programme programmeOrDefault(Optional<ProgrammeId> named) {
		return named.map(this::programme).orElseGet(this::requireDefaultProgramme);
	}

	/**
	 * {@link #programmeOrDefault(Optional)} for a {@code programmeId} request parameter as typed: blank means the
	 * default programme, a malformed id is refused under {@code programmeId}, an unknown one is a 404.
	 */
	public Programme programmeOrDefault(String named) {
		return programmeOrDefault(programmeId(named, "programmeId"));
	}

	private static Optional<ProgrammeId> programmeId(String text, String field) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ProgrammeId.of(text.trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "error.programme.unknown", text);
		}
	}

	/** Neighbourhoods of every programme, archived ones left out. */
	public List<Neighbourhood> neighbourhoods() {
		return neighbourhoods.findByArchivedAtIsNullOrderByNameAsc();
	}

	public List<Neighbourhood> neighbourhoods(ProgrammeId programme) {
		return neighbourhoods.findByProgrammeIdAndArchivedAtIsNullOrderByNameAsc(programme.value());
	}

	public Neighbourhood neighbourhood(NeighbourhoodId id) {
		return findNeighbourhood(id).orElseThrow(() -> new NotFoundException("neighbourhood", id));
	}

	/** A neighbourhood that is not archived: an archived one is found by no module, so it answers 404 everywhere. */
	public Optional<Neighbourhood> findNeighbourhood(NeighbourhoodId id) {
		return neighbourhoods.findById(id.value()).filter(n -> !n.archived());
	}

	public List<Party> parties(NeighbourhoodId neighbourhood) {
		return parties.findByNeighbourhoodIdOrderByNameAsc(neighbourhood.value());
	}

	public List<Party> parties(ProgrammeId programme) {
		return parties.findByProgrammeIdOrderByNameAsc(programme.value());
	}

	public Party party(PartyId id) {
		return findParty(id).orElseThrow(() -> new NotFoundException("party", id));
	}

	public Optional<Party> findParty(PartyId id) {
		return parties.findById(id.value());
	}

	@Transactional
	public Programme createProgramme(String slug, String name, String description, String website) {
		new Checks().requiredText("slug", slug, SLUG_MAX).requiredText("name", name, NAME_MAX)
				.optionalText("description", description, DESCRIPTION_MAX).optionalWebAddress("website", website)
				.throwIfAny();
		Programme programme = programmes.save(new Programme(slug, name.trim(), description, website, now()));
		events.publishEvent(new ProgrammeContentChanged(programme.id()));
		return programme;
	}

	/**
	 * Starts a programme with the default integral themes and their co-benefit links, so its themes page works at
	 * once. The slug comes from the name and is made unique with a number. All of it, or nothing, is stored.
	 */
	@Transactional
	public Programme startProgramme(String name, String description, String region) {
		checkDescription(name, description, region);
		Programme programme = new Programme(uniqueSlug(name), name.trim(), blankToNull(description), null, now());
		programme.describe(programme.name(), programme.description(), blankToNull(region));
		programmes.save(programme);
		themes.addDefaultThemes(programme.id());
		events.publishEvent(new ProgrammeStarted(programme.id(), programme.slug(), programme.name()));
		return programme;
	}

	/** Changes a programme's name, description and region; its slug (and so its address) stays. */
	@Transactional
	public Programme describeProgramme(ProgrammeId id, String name, String description, String region) {
		Programme programme = programme(id);
		checkDescription(name, description, region);
		programme.describe(name.trim(), blankToNull(description), blankToNull(region));
		events.publishEvent(new ProgrammeDescribed(programme.id(), programme.name()));
		return programme;
	}

	private static void checkDescription(String name, String description, String region) {
		Checks checks = new Checks().requiredText("name", name, NAME_MAX)
				.optionalText("description", description, DESCRIPTION_MAX).optionalText("region", region, NAME_MAX);
		if (name != null && !name.isBlank() && Slugs.of(name).isEmpty()) {
			checks.add("name", "error.programme.nameWithoutLetters");
		}
		checks.throwIfAny();
	}

	private String uniqueSlug(String name) {
		String base = Slugs.of(name);
		String slug = base;
		for (int n = 2; RESERVED_SLUGS.contains(slug) || programmes.findBySlug(slug).isPresent(); n++) {
			String suffix = "-" + n;
			slug = base.substring(0, Math.min(base.length(), SLUG_MAX - suffix.length())) + suffix;
		}
		return slug;
	}

	/**
	 * Registers a neighbourhood in a programme after checking every field: a name, a municipality, a CBS code
	 * that CBS knows (when given), a web address, and lengths within the columns.
	 */
	@Transactional
	public Neighbourhood registerNeighbourhood(ProgrammeId programme, NeighbourhoodDetails details) {
		Programme owner = programme(programme);
		check(details);
		if (neighbourhoods.existsByProgrammeIdAndNameIgnoreCaseAndArchivedAtIsNull(owner.id().value(),
				details.name().trim())) {
			new Checks().add("name", "error.neighbourhood.duplicate", details.name().trim()).throwIfAny();
		}
		Neighbourhood neighbourhood = neighbourhoods.save(new Neighbourhood(owner.id(), trimmed(details), now()));
		events.publishEvent(new NeighbourhoodRegistered(owner.id(), neighbourhood.id(), neighbourhood.name()));
		return neighbourhood;
	}

	/**
	 * Changes a neighbourhood's details with the same checks as registering it. What the edit does not say is
	 * kept: the municipality code when no CBS code is given, the drawn boundary, the example mark.
	 */
	@Transactional
	public Neighbourhood editNeighbourhood(NeighbourhoodId id, NeighbourhoodDetails details) {
		Neighbourhood neighbourhood = neighbourhood(id);
		check(details);
		String name = details.name().trim();
		boolean nameTaken = neighbourhoods(neighbourhood.programmeId()).stream()
				.anyMatch(other -> !other.id().equals(id) && other.name().equalsIgnoreCase(name));
		if (nameTaken) {
			new Checks().add("name", "error.neighbourhood.duplicate", name).throwIfAny();
		}
		NeighbourhoodDetails edited = trimmed(details);
		neighbourhood.apply(new NeighbourhoodDetails(edited.name(), edited.code(), edited.municipality(),
				edited.municipalityCode().or(neighbourhood::municipalityCode), edited.website(), edited.description(),
				edited.boundaryGeoJson() == null ? neighbourhood.boundaryGeoJson().orElse(null)
						: edited.boundaryGeoJson(),
				neighbourhood.example(), edited.codes()));
		events.publishEvent(new NeighbourhoodChanged(neighbourhood.programmeId(), id, neighbourhood.name()));
		return neighbourhood;
	}

	/**
	 * Sets a neighbourhood's boundary: a GeoJSON Polygon or MultiPolygon (or a Feature or FeatureCollection of them)
	 * in WGS84 longitude/latitude, uploaded or fetched from PDOK; stored as one geometry.
	 */
	@Transactional
	public Neighbourhood setBoundary(NeighbourhoodId id, String geoJson) {
		Neighbourhood neighbourhood = neighbourhood(id);
		new Checks().requiredText("boundary", geoJson, BOUNDARY_MAX).throwIfAny();
		neighbourhood.boundary(Boundaries.geometry(geoJson));
		events.publishEvent(new NeighbourhoodChanged(neighbourhood.programmeId(), id, neighbourhood.name()));
		return neighbourhood;
	}

	/** Archives a neighbourhood: every list, page and API leaves it out from now on; nothing is deleted. */
	@Transactional
	public void archiveNeighbourhood(NeighbourhoodId id) {
		Neighbourhood neighbourhood = neighbourhood(id);
		neighbourhood.archive(now());
		events.publishEvent(new NeighbourhoodArchived(neighbourhood.programmeId(), id, neighbourhood.name()));
	}

	@Transactional
	public Party registerParty(ProgrammeId programme, Optional<NeighbourhoodId> neighbourhood, String name,
			PartyType type, String website, boolean example) {
		Checks checks = new Checks().requiredText("name", name, NAME_MAX).optionalWebAddress("website", website);
		if (type == null) {
			checks.add("type", "error.required");
		}
		neighbourhood.ifPresent(id -> {
			if (findNeighbourhood(id).filter(n -> n.programmeId().equals(programme)).isEmpty()) {
				checks.add("neighbourhoodId", "error.neighbourhood.unknown", id);
			}
		});
		checks.throwIfAny();
		Party party = parties.save(new Party(programme(programme).id(), neighbourhood.orElse(null), name.trim(), type,
				blankToNull(website), example, now()));
		events.publishEvent(new ProgrammeContentChanged(programme));
		return party;
	}

	private void check(NeighbourhoodDetails details) {
		Checks checks = new Checks().requiredText("name", details.name(), NAME_MAX)
				.requiredText("municipality", details.municipality(), NAME_MAX)
				.optionalWebAddress("website", details.website())
				.optionalText("description", details.description(), DESCRIPTION_MAX)
				.optionalText("boundary", details.boundaryGeoJson(), BOUNDARY_MAX);
		List<CbsCode> codes = details.codes();
		for (CbsCode code : codes) {
			if (code.level() == CbsCode.Level.MUNICIPALITY && codes.size() > 1) {
				checks.add("code", "error.cbsCode.municipalityAlone", code);
			}
			else if (!keyFigures.knows(code)) {
				checks.add("code", "error.cbsCode.unknown", code);
			}
		}
		if (codes.stream().map(CbsCode::municipality).distinct().count() > 1) {
			checks.add("code", "error.cbsCode.severalMunicipalities");
		}
		if (codes.size() != codes.stream().distinct().count()) {
			checks.add("code", "error.cbsCode.twice");
		}
		details.municipalityCode().ifPresent(code -> {
			if (!keyFigures.knows(code)) {
				checks.add("municipalityCode", "error.cbsCode.unknown", code);
			}
		});
		if (details.boundaryGeoJson() != null && !details.boundaryGeoJson().isBlank()) {
			try {
				Boundaries.geometry(details.boundaryGeoJson());
			}
			catch (InvalidInputException ex) {
				ex.violations().forEach(v -> checks.add("boundary", v.messageKey(), v.arguments().toArray()));
			}
		}
		checks.throwIfAny();
	}

	private static NeighbourhoodDetails trimmed(NeighbourhoodDetails d) {
		String boundary = blankToNull(d.boundaryGeoJson());
		return new NeighbourhoodDetails(d.name().trim(), d.code(), d.municipality().trim(), d.municipalityCode(),
				blankToNull(d.website()), blankToNull(d.description()),
				boundary == null ? null : Boundaries.geometry(boundary), d.example(), d.codes());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private Instant now() {
		return clock.instant();
	}
}
