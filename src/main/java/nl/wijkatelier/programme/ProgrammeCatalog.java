package nl.wijkatelier.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.programme.internal.NeighbourhoodRepository;
import nl.wijkatelier.programme.internal.PartyRepository;
import nl.wijkatelier.programme.internal.ProgrammeRepository;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.Checks;
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

	private final ProgrammeRepository programmes;
	private final NeighbourhoodRepository neighbourhoods;
	private final PartyRepository parties;
	private final CbsKeyFigures keyFigures;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgrammeCatalog(ProgrammeRepository programmes, NeighbourhoodRepository neighbourhoods,
			PartyRepository parties, CbsKeyFigures keyFigures, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.programmes = programmes;
		this.neighbourhoods = neighbourhoods;
		this.parties = parties;
		this.keyFigures = keyFigures;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public List<Programme> programmes() {
		return programmes.findAll();
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

	public List<Neighbourhood> neighbourhoods() {
		return neighbourhoods.findAllByOrderByNameAsc();
	}

	public List<Neighbourhood> neighbourhoods(ProgrammeId programme) {
		return neighbourhoods.findByProgrammeIdOrderByNameAsc(programme.value());
	}

	public Neighbourhood neighbourhood(NeighbourhoodId id) {
		return findNeighbourhood(id).orElseThrow(() -> new NotFoundException("neighbourhood", id));
	}

	public Optional<Neighbourhood> findNeighbourhood(NeighbourhoodId id) {
		return neighbourhoods.findById(id.value());
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
		new Checks().requiredText("slug", slug, 80).requiredText("name", name, NAME_MAX)
				.optionalText("description", description, DESCRIPTION_MAX).optionalWebAddress("website", website)
				.throwIfAny();
		return programmes.save(new Programme(slug, name.trim(), description, website, now()));
	}

	/**
	 * Registers a neighbourhood in a programme after checking every field: a name, a municipality, a CBS code
	 * that CBS knows (when given), a web address, and lengths within the columns.
	 */
	@Transactional
	public Neighbourhood registerNeighbourhood(ProgrammeId programme, NeighbourhoodDetails details) {
		Programme owner = programme(programme);
		check(details);
		if (neighbourhoods.existsByProgrammeIdAndNameIgnoreCase(owner.id().value(), details.name().trim())) {
			new Checks().add("name", "error.neighbourhood.duplicate", details.name().trim()).throwIfAny();
		}
		Neighbourhood neighbourhood = neighbourhoods.save(new Neighbourhood(owner.id(), trimmed(details), now()));
		events.publishEvent(new NeighbourhoodRegistered(owner.id(), neighbourhood.id(), neighbourhood.name()));
		return neighbourhood;
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
		return parties.save(new Party(programme(programme).id(), neighbourhood.orElse(null), name.trim(), type,
				blankToNull(website), example, now()));
	}

	private void check(NeighbourhoodDetails details) {
		Checks checks = new Checks().requiredText("name", details.name(), NAME_MAX)
				.requiredText("municipality", details.municipality(), NAME_MAX)
				.optionalWebAddress("website", details.website())
				.optionalText("description", details.description(), DESCRIPTION_MAX)
				.optionalText("boundary", details.boundaryGeoJson(), BOUNDARY_MAX);
		details.code().ifPresent(code -> {
			if (code.level() == CbsCode.Level.MUNICIPALITY) {
				checks.add("code", "error.cbsCode.notNeighbourhood", code);
			}
			else if (!keyFigures.knows(code)) {
				checks.add("code", "error.cbsCode.unknown", code);
			}
		});
		details.municipalityCode().ifPresent(code -> {
			if (!keyFigures.knows(code)) {
				checks.add("municipalityCode", "error.cbsCode.unknown", code);
			}
		});
		if (details.boundaryGeoJson() != null && !details.boundaryGeoJson().isBlank()
				&& !looksLikeGeoJsonPolygon(details.boundaryGeoJson())) {
			checks.add("boundary", "error.boundary.geojson");
		}
		checks.throwIfAny();
	}

	/** A cheap structural check; the geometry itself is drawn by the map, which rejects what it cannot read. */
	private static boolean looksLikeGeoJsonPolygon(String json) {
		String compact = json.replaceAll("\\s", "");
		return compact.startsWith("{") && compact.endsWith("}")
				&& (compact.contains("\"type\":\"Polygon\"") || compact.contains("\"type\":\"MultiPolygon\""))
				&& compact.contains("\"coordinates\":[");
	}

	private static NeighbourhoodDetails trimmed(NeighbourhoodDetails d) {
		return new NeighbourhoodDetails(d.name().trim(), d.code(), d.municipality().trim(), d.municipalityCode(),
				blankToNull(d.website()), blankToNull(d.description()), blankToNull(d.boundaryGeoJson()),
				d.example());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private Instant now() {
		return clock.instant();
	}
}
