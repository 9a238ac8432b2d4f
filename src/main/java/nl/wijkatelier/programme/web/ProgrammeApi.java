package nl.wijkatelier.programme.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.programme.CbsKeyFigures;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodAreas;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/** The programme's REST API: programmes, neighbourhoods, parties and themes. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programme", description = "Programmes, neighbourhoods, parties and integral themes")
class ProgrammeApi {

	private final ProgrammeCatalog catalog;
	private final ThemeCatalog themes;
	private final CbsKeyFigures keyFigures;
	private final CurrentUsers currentUsers;
	private final NeighbourhoodAreas areas;
	private final MessageSource messages;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ProgrammeApi(ProgrammeCatalog catalog, ThemeCatalog themes, CbsKeyFigures keyFigures,
			CurrentUsers currentUsers, NeighbourhoodAreas areas, MessageSource messages) {
		this.catalog = catalog;
		this.themes = themes;
		this.keyFigures = keyFigures;
		this.currentUsers = currentUsers;
		this.areas = areas;
		this.messages = messages;
	}

	record ProgrammeJson(String id, String slug, String name, String description, String region) {
		static ProgrammeJson of(Programme p) {
			return new ProgrammeJson(p.id().toString(), p.slug(), p.name(), p.description(), p.region());
		}
	}

	record ProgrammeBody(String name, String description, String region) {
	}

	/**
	 * @param codes the CBS areas the neighbourhood covers, as codes
	 * @param areas the same areas with the names CBS gives them (2024); a name is null outside the shipped names
	 */
	record NeighbourhoodJson(String id, String programmeId, String name, String code, List<String> codes,
			List<AreaJson> areas, String municipality, String municipalityCode, String website, String description,
			boolean example, boolean hasBoundary) {
		static NeighbourhoodJson of(Neighbourhood n, CbsKeyFigures names) {
			return new NeighbourhoodJson(n.id().toString(), n.programmeId().toString(), n.name(),
					n.code().map(CbsCode::value).orElse(null), n.codes().stream().map(CbsCode::value).toList(),
					n.codes().stream().map(c -> new AreaJson(c.value(), names.name(c).orElse(null))).toList(),
					n.municipality(), n.municipalityCode().map(CbsCode::value).orElse(null), n.website(), n.description(),
					n.example(), n.boundaryGeoJson().isPresent());
		}
	}

	/** A CBS area: its code and the name CBS gives it (null when the name is not shipped). */
	record AreaJson(String code, String name) {
	}

	/** The answer to registering or changing a neighbourhood: where its boundary came from, and why not from PDOK. */
	record RegisteredJson(@JsonUnwrapped NeighbourhoodJson neighbourhood, String boundary, String boundaryNote) {
	}

	record KeyFiguresJson(String code, List<String> codes, Long inhabitants, Long homes, Long density,
			Long areaLandHa, String source) {
		static KeyFiguresJson of(KeyFigures f) {
			return of(f, List.of(f.code()));
		}

		static KeyFiguresJson of(KeyFigures f, List<CbsCode> codes) {
			return new KeyFiguresJson(f.code().value(), codes.stream().map(CbsCode::value).toList(),
					value(f.inhabitants()), value(f.homes()), value(f.density()), value(f.areaLandHa()), KeyFigures.SOURCE);
		}

		private static Long value(OptionalLong number) {
			return number.isPresent() ? number.getAsLong() : null;
		}
	}

	record NeighbourhoodDetailJson(NeighbourhoodJson neighbourhood, KeyFiguresJson keyFigures,
			KeyFiguresJson municipalityKeyFigures, List<PartyJson> parties, JsonNode boundary) {
	}

	record NewNeighbourhood(String name, String code, List<String> codes, String municipality, String website,
			String description, String programmeId, JsonNode boundary) {
	}

	record NeighbourhoodEdit(String name, String code, List<String> codes, String municipality, String website,
			String description) {
	}

	record PartyJson(String id, String name, String type, String neighbourhoodId, String website, boolean example) {
		static PartyJson of(Party p) {
			return new PartyJson(p.id().toString(), p.name(), p.type().name(),
					p.neighbourhoodId().map(Object::toString).orElse(null), p.website(), p.example());
		}
	}

	record NewParty(String name, String type, String website) {
	}

	record ThemeJson(String code, String name, String description, List<String> coBenefits) {
	}

	record NewTheme(String code, String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
	}

	@GetMapping("/programmes")
	@Operation(summary = "All programmes, the default (oldest) first")
	List<ProgrammeJson> programmes() {
		return catalog.programmes().stream().map(ProgrammeJson::of).toList();
	}

	@PostMapping("/programmes")
	@Operation(summary = "Start a programme with the default themes (platform admin); the slug comes from the name",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<ProgrammeJson> startProgramme(@RequestBody ProgrammeBody body) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.startProgramme(body.name(), body.description(), body.region());
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + programme.id()))
				.body(ProgrammeJson.of(programme));
	}

	@GetMapping("/programmes/{id}")
	@Operation(summary = "A programme")
	ProgrammeJson programme(@PathVariable ProgrammeId id) {
		return ProgrammeJson.of(catalog.programme(id));
	}

	@PutMapping("/programmes/{id}")
	@Operation(summary = "Change a programme's name, description and region (its admins); the slug stays",
			security = @SecurityRequirement(name = "bearer"))
	ProgrammeJson describeProgramme(@PathVariable ProgrammeId id, @RequestBody ProgrammeBody body) {
		Programme programme = catalog.programme(id);
		currentUsers.require(user -> user.administers(programme.id()));
		return ProgrammeJson.of(catalog.describeProgramme(id, body.name(), body.description(), body.region()));
	}

	@GetMapping("/neighbourhoods")
	@Operation(summary = "The participating neighbourhoods (archived ones left out), of one programme when "
			+ "programmeId is given")
	List<NeighbourhoodJson> neighbourhoods(@RequestParam(required = false) String programmeId) {
		List<Neighbourhood> list = programmeId == null || programmeId.isBlank() ? catalog.neighbourhoods()
				: catalog.neighbourhoods(catalog.programmeOrDefault(programmeId).id());
		return list.stream().map(n -> NeighbourhoodJson.of(n, keyFigures)).toList();
	}

	@GetMapping("/neighbourhoods/{id}")
	@Operation(summary = "A neighbourhood with its CBS codes, key figures (summed over its codes), parties and boundary "
			+ "(GeoJSON geometry, WGS84 longitude/latitude)")
	NeighbourhoodDetailJson neighbourhood(@PathVariable NeighbourhoodId id) {
		Neighbourhood n = catalog.neighbourhood(id);
		return new NeighbourhoodDetailJson(NeighbourhoodJson.of(n, keyFigures),
				keyFigures.of(n.codes()).map(f -> KeyFiguresJson.of(f, n.codes())).orElse(null),
				n.municipalityCode().flatMap(keyFigures::of).map(KeyFiguresJson::of).orElse(null),
				catalog.parties(id).stream().map(PartyJson::of).toList(),
				n.boundaryGeoJson().map(JSON::readTree).orElse(null));
	}

	@PostMapping("/neighbourhoods")
	@Operation(summary = "Register a neighbourhood (officer or programme admin)",
			description = "codes: a wijk (WK...), buurten (BU...) or one municipality (GM...); the boundary is fetched "
					+ "from PDOK when reachable (boundary: FETCHED), or taken from the body's GeoJSON boundary (UPLOADED); "
					+ "PDOK off or unreachable registers without one (UNAVAILABLE, with boundaryNote). A code PDOK does not "
					+ "know is a 400.",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<RegisteredJson> register(@RequestBody NewNeighbourhood body) {
		currentUsers.require(ProgrammePages::mayRegisterNeighbourhood);
		Programme programme = catalog.programmeFor(body.programmeId(), "programmeId");
		currentUsers.require(user -> ProgrammePages.mayRegisterNeighbourhoodIn(user, programme));
		NeighbourhoodAreas.Prepared prepared = areas.prepare(new NeighbourhoodDetails(body.name(), Optional.empty(),
				body.municipality(), Optional.empty(), body.website(), body.description(),
				body.boundary() == null || body.boundary().isNull() ? null : body.boundary().toString(), false,
				codes(body.code(), body.codes())));
		Neighbourhood n = catalog.registerNeighbourhood(programme.id(), prepared.details());
		return ResponseEntity.created(URI.create("/api/v1/neighbourhoods/" + n.id()))
				.body(new RegisteredJson(NeighbourhoodJson.of(n, keyFigures), prepared.source().name(),
						prepared.reason()));
	}

	private static List<CbsCode> codes(String code, List<String> codes) {
		List<CbsCode> all = new ArrayList<>(NeighbourhoodAreas.parseCodes(code));
		if (codes != null) {
			codes.forEach(c -> all.addAll(NeighbourhoodAreas.parseCodes(c)));
		}
		return all;
	}

	@PutMapping("/neighbourhoods/{id}")
	@Operation(summary = "Change a neighbourhood's details (admins of its programme); new codes fetch a new boundary",
			security = @SecurityRequirement(name = "bearer"))
	NeighbourhoodJson editNeighbourhood(@PathVariable NeighbourhoodId id, @RequestBody NeighbourhoodEdit body) {
		Neighbourhood n = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(n.programmeId()));
		List<CbsCode> codes = codes(body.code(), body.codes());
		NeighbourhoodDetails details = new NeighbourhoodDetails(body.name(), Optional.empty(), body.municipality(),
				Optional.empty(), body.website(), body.description(), null, false, codes);
		if (!codes.isEmpty() && !codes.equals(n.codes())) {
			details = areas.prepare(details).details();
		}
		return NeighbourhoodJson.of(catalog.editNeighbourhood(id, details), keyFigures);
	}

	@PutMapping(value = "/neighbourhoods/{id}/boundary", consumes = { "application/geo+json", "application/json" })
	@Operation(summary = "Upload a neighbourhood's boundary (admins of its programme): a GeoJSON Polygon, "
			+ "MultiPolygon, Feature or FeatureCollection in WGS84 longitude/latitude; works without PDOK",
			security = @SecurityRequirement(name = "bearer"))
	NeighbourhoodDetailJson uploadBoundary(@PathVariable NeighbourhoodId id, @RequestBody String geoJson) {
		Neighbourhood n = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(n.programmeId()));
		catalog.setBoundary(id, geoJson);
		return neighbourhood(id);
	}

	@PostMapping("/neighbourhoods/{id}/boundary/fetch")
	@Operation(summary = "Fetch a neighbourhood's boundary from PDOK again for its codes (admins of its programme); "
			+ "503 when PDOK is switched off or does not answer",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Object> fetchBoundary(@PathVariable NeighbourhoodId id, Locale locale) {
		Neighbourhood n = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(n.programmeId()));
		NeighbourhoodAreas.Prepared prepared = areas.refetch(id);
		if (prepared.source() != NeighbourhoodAreas.Source.FETCHED) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
			problem.setTitle(messages.getMessage("neighbourhood.boundary.unavailable", new Object[] { prepared.reason() },
					locale));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
		}
		return ResponseEntity.ok(neighbourhood(id));
	}

	@PostMapping("/neighbourhoods/{id}/archive")
	@Operation(summary = "Archive a neighbourhood (admins of its programme): 204; from then on it is left out of "
			+ "every list and its pages and API answer 404, while its data is kept",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> archiveNeighbourhood(@PathVariable NeighbourhoodId id) {
		Neighbourhood n = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(n.programmeId()));
		catalog.archiveNeighbourhood(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/neighbourhoods/{id}/parties")
	@Operation(summary = "The parties of a neighbourhood")
	List<PartyJson> parties(@PathVariable NeighbourhoodId id) {
		catalog.neighbourhood(id);
		return catalog.parties(id).stream().map(PartyJson::of).toList();
	}

	@PostMapping("/neighbourhoods/{id}/parties")
	@Operation(summary = "Register a party in a neighbourhood (its facilitator, an officer there, or an admin)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<PartyJson> addParty(@PathVariable NeighbourhoodId id, @RequestBody NewParty body) {
		Neighbourhood n = catalog.neighbourhood(id);
		currentUsers.require(user -> user.canOrganise(id));
		PartyType type = PartyType.parse(body.type(), "type").orElse(null);
		Party party = catalog.registerParty(n.programmeId(), Optional.of(id), body.name(), type, body.website(),
				false);
		return ResponseEntity.created(URI.create("/api/v1/neighbourhoods/" + id + "/parties"))
				.body(PartyJson.of(party));
	}

	@GetMapping("/themes")
	@Operation(summary = "The integral themes of a programme (programmeId, else the default one) with their "
			+ "co-benefit links (names in the request's language)")
	List<ThemeJson> themes(@RequestParam(required = false) String programmeId, Locale locale) {
		Programme programme = catalog.programmeOrDefault(programmeId);
		Map<ThemeCode, List<ThemeCode>> links = themes.coBenefits(programme.id());
		return themes.themes(programme.id()).stream().map(t -> json(t, links, locale)).toList();
	}

	@PostMapping("/themes")
	@Operation(summary = "Add a programme's own theme (its admins; programmeId, else the default programme)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<ThemeJson> addTheme(@RequestParam(required = false) String programmeId,
			@RequestBody NewTheme body, Locale locale) {
		currentUsers.require(user -> user.admin() || user.isProgrammeAdmin());
		Programme programme = catalog.programmeOrDefault(programmeId);
		currentUsers.require(user -> user.administers(programme.id()));
		Theme theme = themes.addTheme(programme.id(), body.code(), body.nameNl(), body.nameEn(), body.descriptionNl(),
				body.descriptionEn());
		return ResponseEntity.created(URI.create("/api/v1/themes")).body(json(theme, Map.of(), locale));
	}

	@PutMapping("/themes/{code}/co-benefits")
	@Operation(summary = "Replace what a theme brings along (its programme's admins; programmeId, else the default)",
			security = @SecurityRequirement(name = "bearer"))
	ThemeJson setCoBenefits(@RequestParam(required = false) String programmeId, @PathVariable String code,
			@RequestBody List<String> coBenefits, Locale locale) {
		currentUsers.require(user -> user.admin() || user.isProgrammeAdmin());
		Programme programme = catalog.programmeOrDefault(programmeId);
		currentUsers.require(user -> user.administers(programme.id()));
		ThemeCode from = ThemeCode.parse(code);
		themes.setCoBenefits(programme.id(), from, coBenefits);
		Theme theme = themes.theme(programme.id(), from).orElseThrow(() -> new NotFoundException("theme", code));
		return json(theme, themes.coBenefits(programme.id()), locale);
	}

	private static ThemeJson json(Theme theme, Map<ThemeCode, List<ThemeCode>> links, Locale locale) {
		return new ThemeJson(theme.code().value(), theme.name(locale), theme.description(locale),
				links.getOrDefault(theme.code(), List.of()).stream().map(ThemeCode::value).toList());
	}
}
