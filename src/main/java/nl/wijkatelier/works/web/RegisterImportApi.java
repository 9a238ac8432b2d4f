package nl.wijkatelier.works.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.works.ImportError;
import nl.wijkatelier.works.PortfolioImportException;
import nl.wijkatelier.works.RegisterImports;
import nl.wijkatelier.works.RegisterSource;
import nl.wijkatelier.works.WiorTasks;
import nl.wijkatelier.works.WorkTypeMapping;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Works registers", description = "Importing works registers (Amsterdam's WIOR, and any register's GeoJSON) and the mapping of their fields to task types")
class RegisterImportApi {

	private final RegisterImports imports;
	private final ProgrammeCatalog catalog;
	private final MessageSource messages;

	RegisterImportApi(RegisterImports imports, ProgrammeCatalog catalog, MessageSource messages) {
		this.imports = imports;
		this.catalog = catalog;
		this.messages = messages;
	}

	record RowJson(int record, String registerId, String taskId, String title, String type, String start, String end,
			String owner, String action) {
	}

	/** {@code addRule}: for a feature whose work type the mapping does not know, the page that adds the rule. */
	record SkippedJson(int record, String registerId, String title, String reason, String addRule) {
	}

	record SourceJson(String register, String idField, String typeField, String ownerField, String startField,
			String endField, String titleField, String datePattern, String crs) {
	}

	record ImportJson(int created, int updated, List<RowJson> tasks, List<SkippedJson> skipped,
			Map<String, List<Integer>> unknownFields) {
	}

	record RuleJson(String field, String value, String outcome) {
	}

	record MappingJson(String register, boolean isDefault, List<RuleJson> rules) {
	}

	record MappingBody(List<RuleJson> rules) {
	}

	@Operation(summary = "Preview a WIOR import: what would be imported, updated and skipped (and why); nothing is stored",
			description = "The body is a WIOR export (a JSON array of records), one API page, or a page set as a JSON "
					+ "array of pages (put in order through _links.next). owner names the party the tasks belong to.",
			security = @SecurityRequirement(name = "bearer"))
	@PostMapping(value = "/neighbourhoods/{id}/register-imports/wior/preview", consumes = "application/json")
	ImportJson preview(@PathVariable UUID id, @RequestParam(defaultValue = "") String owner, HttpServletRequest request)
			throws IOException {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		return json(n, imports.preview(n.id(), owner, List.of(body(request))), LocaleContextHolder.getLocale());
	}

	@Operation(summary = "Import a WIOR export, page or page set into the neighbourhood's tasks, all or nothing; "
			+ "tasks made of the same register records before are updated, never duplicated",
			security = @SecurityRequirement(name = "bearer"))
	@PostMapping(value = "/neighbourhoods/{id}/register-imports/wior", consumes = "application/json")
	ImportJson importWior(@PathVariable UUID id, @RequestParam(defaultValue = "") String owner, HttpServletRequest request)
			throws IOException {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		return json(n, imports.importRecords(n.id(), owner, List.of(body(request))), LocaleContextHolder.getLocale());
	}

	@Operation(summary = "The programme's mapping from a register's fields to task types (the defaults when it has "
			+ "none: shipped ones for WIOR, no rules for another register)")
	@GetMapping("/programmes/{id}/work-type-mapping")
	MappingJson mapping(@PathVariable ProgrammeId id, @RequestParam(defaultValue = "WIOR") String register) {
		catalog.programme(id);
		return json(register, imports.mapping(id, register), imports.usesDefaultMapping(id, register));
	}

	@Operation(summary = "Replace the programme's work type mapping of a register (WIOR unless register names "
			+ "another; its admins); rules apply top to bottom, outcome is a task type or SKIP",
			security = @SecurityRequirement(name = "bearer"))
	@PutMapping("/programmes/{id}/work-type-mapping")
	MappingJson saveMapping(@PathVariable ProgrammeId id, @RequestParam(defaultValue = "WIOR") String register,
			@RequestBody MappingBody body) {
		catalog.programme(id);
		List<ImportError> errors = new ArrayList<>();
		List<WorkTypeMapping.Rule> rules = new ArrayList<>();
		List<RuleJson> given = body == null || body.rules() == null ? List.of() : body.rules();
		for (int i = 0; i < given.size(); i++) {
			RuleJson r = given.get(i);
			WorkTypeMapping.rule(r.field(), r.value(), r.outcome(), i + 1, errors).ifPresent(rules::add);
		}
		if (!errors.isEmpty()) {
			throw new PortfolioImportException(errors);
		}
		WorkTypeMapping saved = imports.saveMapping(id, register, new WorkTypeMapping(rules));
		return json(register, saved, false);
	}

	@Operation(summary = "The GeoJSON registers the programme has imported from, with the properties it remembers "
			+ "for each (id, work type, organisation, start, end, description), its date pattern and coordinates")
	@GetMapping("/programmes/{id}/register-sources")
	List<SourceJson> sources(@PathVariable ProgrammeId id) {
		catalog.programme(id);
		return imports.sources(id).stream().map(RegisterImportApi::json).toList();
	}

	private static SourceJson json(RegisterSource s) {
		return new SourceJson(s.key(), s.idField(), s.typeField(), s.ownerField(), s.startField(), s.endField(),
				s.titleField(), s.datePattern(), s.crs().name());
	}

	@Operation(summary = "Preview the import of another register's GeoJSON FeatureCollection: per feature whether it "
			+ "will be imported, update an earlier import, or is skipped and why; nothing is stored",
			description = "register names the register (letters, digits, _ and -; not WIOR). idField, typeField, "
					+ "ownerField (optional), startField, endField and titleField name the feature properties with the "
					+ "register's own id, work type, organisation, dates and description; datePattern (e.g. dd-MM-yy, "
					+ "default ISO 8601) and crs (auto, wgs84 or rd) how to read them. Any left out are the ones the "
					+ "programme remembers from its last import of this register. The work type goes through the "
					+ "register's mapping (work-type-mapping?register=...). One file of at most 10 000 features.",
			security = @SecurityRequirement(name = "bearer"))
	@PostMapping(value = "/neighbourhoods/{id}/register-imports/geojson/preview",
			consumes = {"application/geo+json", "application/json"})
	ImportJson previewGeoJson(@PathVariable UUID id, @RequestParam(defaultValue = "") String owner,
			@ParameterObject SourceChoices choices, HttpServletRequest request) throws IOException {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		return json(n, imports.preview(n.id(), geoJsonRequest(n, owner, choices, request)),
				LocaleContextHolder.getLocale());
	}

	@Operation(summary = "Import another register's GeoJSON FeatureCollection into the neighbourhood's tasks, all or "
			+ "nothing; features imported before (same register, same record id) are updated, never duplicated, and "
			+ "the property choices are remembered for the register",
			description = "The same parameters as the preview.", security = @SecurityRequirement(name = "bearer"))
	@PostMapping(value = "/neighbourhoods/{id}/register-imports/geojson",
			consumes = {"application/geo+json", "application/json"})
	ImportJson importGeoJson(@PathVariable UUID id, @RequestParam(defaultValue = "") String owner,
			@ParameterObject SourceChoices choices, HttpServletRequest request) throws IOException {
		Neighbourhood n = catalog.neighbourhood(new NeighbourhoodId(id));
		return json(n, imports.importRecords(n.id(), geoJsonRequest(n, owner, choices, request)),
				LocaleContextHolder.getLocale());
	}

	/** The request body as one GeoJSON file, read with the choices given over the ones the programme remembers. */
	private RegisterImports.Request geoJsonRequest(Neighbourhood n, String owner, SourceChoices choices,
			HttpServletRequest request) throws IOException {
		RegisterSource source = choices.over(n.programmeId(), imports);
		return new RegisterImports.Request(owner, List.of(body(request)), Optional.of(source));
	}

	/**
	 * The property choices of a GeoJSON import, as query parameters; each one left out is taken from what the programme
	 * remembers of the register.
	 */
	record SourceChoices(String register, String idField, String typeField, String ownerField, String startField,
			String endField, String titleField, String datePattern, String crs) {

		RegisterSource over(ProgrammeId programme, RegisterImports imports) {
			if (crs != null && !RegisterSource.isCrs(crs)) {
				new Checks().add("crs", "works.error.source.badCrs", crs).throwIfAny();
			}
			String name = register == null ? "" : register;
			RegisterSource r = (RegisterSource.isName(name) ? imports.source(programme, name) : Optional.<RegisterSource>empty())
					.orElse(new RegisterSource(name, "", "", "", "", "", "", "", RegisterSource.Crs.AUTO));
			return new RegisterSource(name, or(idField, r.idField()), or(typeField, r.typeField()),
					or(ownerField, r.ownerField()), or(startField, r.startField()), or(endField, r.endField()),
					or(titleField, r.titleField()), or(datePattern, r.datePattern()),
					crs == null ? r.crs() : RegisterSource.crs(crs));
		}

		private static String or(String given, String remembered) {
			return given == null ? remembered : given;
		}
	}

	private static MappingJson json(String register, WorkTypeMapping mapping, boolean isDefault) {
		return new MappingJson(register.isBlank() ? "WIOR" : register.trim().toUpperCase(Locale.ROOT), isDefault,
				mapping.rules().stream().map(r -> new RuleJson(r.field(), r.value(), r.outcome())).toList());
	}

	private ImportJson json(Neighbourhood n, RegisterImports.Preview p, Locale locale) {
		String slug = catalog.programme(n.programmeId()).slug();
		return new ImportJson((int) p.creates(), (int) p.updates(),
				p.rows().stream().map(r -> new RowJson(r.number(), r.registerId(), r.code(), r.title(), r.type().name(),
						r.start().toString(), r.end().toString(), r.owner(), r.update() ? "update" : "create")).toList(),
				p.skipped().stream().map(s -> new SkippedJson(s.number(), s.registerId(), s.title(),
						messages.getMessage("works.skip." + s.code(), s.arguments().toArray(), s.code(), locale),
						addRule(slug, p.register(), s))).toList(),
				p.unknownFields());
	}

	/** For a feature skipped because its work type is not in the mapping: the mapping page with that rule begun. */
	static String addRule(String slug, String register, WiorTasks.Skipped s) {
		if (!s.code().equals("unmappedType")) {
			return null;
		}
		return UriComponentsBuilder.fromPath("/programmes/{slug}/work-type-mapping").queryParam("register", register)
				.queryParam("field", s.arguments().get(0)).queryParam("value", s.arguments().get(1))
				.encode().buildAndExpand(slug).toUriString();
	}

	private static byte[] body(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return in.readAllBytes();
		}
	}

	@ExceptionHandler(PortfolioImportException.class)
	ProblemDetail importFailed(PortfolioImportException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("works.import.failed", new Object[] {ex.errors().size()}, locale));
		problem.setProperty("errors", ImportErrors.of(ex.errors(), messages, locale).rows());
		return problem;
	}
}
