package nl.wijkatelier.programme.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.programme.CbsKeyFigures;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.PartyType;
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

	ProgrammeApi(ProgrammeCatalog catalog, ThemeCatalog themes, CbsKeyFigures keyFigures,
			CurrentUsers currentUsers) {
		this.catalog = catalog;
		this.themes = themes;
		this.keyFigures = keyFigures;
		this.currentUsers = currentUsers;
	}

	record ProgrammeJson(String id, String slug, String name, String description) {
		static ProgrammeJson of(Programme p) {
			return new ProgrammeJson(p.id().toString(), p.slug(), p.name(), p.description());
		}
	}

	record NeighbourhoodJson(String id, String programmeId, String name, String code, String municipality,
			String municipalityCode, String website, String description, boolean example) {
		static NeighbourhoodJson of(Neighbourhood n) {
			return new NeighbourhoodJson(n.id().toString(), n.programmeId().toString(), n.name(),
					n.code().map(CbsCode::value).orElse(null), n.municipality(),
					n.municipalityCode().map(CbsCode::value).orElse(null), n.website(), n.description(), n.example());
		}
	}

	record KeyFiguresJson(String code, Long inhabitants, Long homes, Long density, Long areaLandHa, String source) {
		static KeyFiguresJson of(KeyFigures f) {
			return new KeyFiguresJson(f.code().value(), value(f.inhabitants()), value(f.homes()), value(f.density()),
					value(f.areaLandHa()), KeyFigures.SOURCE);
		}

		private static Long value(java.util.OptionalLong number) {
			return number.isPresent() ? number.getAsLong() : null;
		}
	}

	record NeighbourhoodDetailJson(NeighbourhoodJson neighbourhood, KeyFiguresJson keyFigures,
			KeyFiguresJson municipalityKeyFigures, List<PartyJson> parties) {
	}

	record NewNeighbourhood(String name, String code, String municipality, String website, String description,
			String programmeId) {
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
	@Operation(summary = "All programmes")
	List<ProgrammeJson> programmes() {
		return catalog.programmes().stream().map(ProgrammeJson::of).toList();
	}

	@GetMapping("/neighbourhoods")
	@Operation(summary = "All participating neighbourhoods")
	List<NeighbourhoodJson> neighbourhoods() {
		return catalog.neighbourhoods().stream().map(NeighbourhoodJson::of).toList();
	}

	@GetMapping("/neighbourhoods/{id}")
	@Operation(summary = "A neighbourhood with its CBS key figures and parties")
	NeighbourhoodDetailJson neighbourhood(@PathVariable NeighbourhoodId id) {
		Neighbourhood n = catalog.neighbourhood(id);
		return new NeighbourhoodDetailJson(NeighbourhoodJson.of(n),
				n.code().flatMap(keyFigures::of).map(KeyFiguresJson::of).orElse(null),
				n.municipalityCode().flatMap(keyFigures::of).map(KeyFiguresJson::of).orElse(null),
				catalog.parties(id).stream().map(PartyJson::of).toList());
	}

	@PostMapping("/neighbourhoods")
	@Operation(summary = "Register a neighbourhood (officer or programme admin)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<NeighbourhoodJson> register(@RequestBody NewNeighbourhood body) {
		currentUsers.require(ProgrammePages::mayRegisterNeighbourhood);
		Programme programme = body.programmeId() == null || body.programmeId().isBlank()
				? catalog.requireDefaultProgramme()
				: catalog.programme(parseProgramme(body.programmeId()));
		Optional<CbsCode> code = CbsCode.parse(body.code());
		Neighbourhood n = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails(
				body.name(), code, body.municipality(), Optional.empty(), body.website(), body.description(), null,
				false));
		return ResponseEntity.created(URI.create("/api/v1/neighbourhoods/" + n.id())).body(NeighbourhoodJson.of(n));
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
	@Operation(summary = "The integral themes with their co-benefit links (names in the request's language)")
	List<ThemeJson> themes(Locale locale) {
		Programme programme = catalog.requireDefaultProgramme();
		Map<ThemeCode, List<ThemeCode>> links = themes.coBenefits(programme.id());
		return themes.themes(programme.id()).stream().map(t -> json(t, links, locale)).toList();
	}

	@PostMapping("/themes")
	@Operation(summary = "Add a programme's own theme (programme admin)", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<ThemeJson> addTheme(@RequestBody NewTheme body, Locale locale) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.requireDefaultProgramme();
		Theme theme = themes.addTheme(programme.id(), body.code(), body.nameNl(), body.nameEn(), body.descriptionNl(),
				body.descriptionEn());
		return ResponseEntity.created(URI.create("/api/v1/themes")).body(json(theme, Map.of(), locale));
	}

	@PutMapping("/themes/{code}/co-benefits")
	@Operation(summary = "Replace what a theme brings along (programme admin)",
			security = @SecurityRequirement(name = "bearer"))
	ThemeJson setCoBenefits(@PathVariable String code, @RequestBody List<String> coBenefits, Locale locale) {
		currentUsers.require(CurrentUser::admin);
		Programme programme = catalog.requireDefaultProgramme();
		ThemeCode from = ThemeCode.parse(code);
		themes.setCoBenefits(programme.id(), from, coBenefits);
		Theme theme = themes.theme(programme.id(), from).orElseThrow(() -> new NotFoundException("theme", code));
		return json(theme, themes.coBenefits(programme.id()), locale);
	}

	private static ThemeJson json(Theme theme, Map<ThemeCode, List<ThemeCode>> links, Locale locale) {
		return new ThemeJson(theme.code().value(), theme.name(locale), theme.description(locale),
				links.getOrDefault(theme.code(), List.of()).stream().map(ThemeCode::value).toList());
	}


	private static nl.wijkatelier.shared.ProgrammeId parseProgramme(String text) {
		try {
			return nl.wijkatelier.shared.ProgrammeId.of(text.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("programmeId", "error.programme.unknown", text);
		}
	}
}
