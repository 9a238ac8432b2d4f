package nl.wijkatelier.works.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.CsvFiles;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.works.CouplingJson;
import nl.wijkatelier.works.Couplings;
import nl.wijkatelier.works.PortfolioImportException;
import nl.wijkatelier.works.WorksRegister;

@RestController
@RequestMapping("/api/v1/neighbourhoods/{id}")
@Tag(name = "Works", description = "Tasks, budget pots and coupling opportunities of a neighbourhood")
class WorksApi {

	static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final WorksRegister register;
	private final Couplings couplings;
	private final ProgrammeCatalog catalog;
	private final MapData mapData;
	private final MessageSource messages;

	WorksApi(WorksRegister register, Couplings couplings, ProgrammeCatalog catalog, MapData mapData,
			MessageSource messages) {
		this.register = register;
		this.couplings = couplings;
		this.catalog = catalog;
		this.mapData = mapData;
		this.messages = messages;
	}

	private NeighbourhoodId neighbourhood(UUID id) {
		return catalog.neighbourhood(new NeighbourhoodId(id)).id();
	}

	@Operation(summary = "The neighbourhood's tasks as a GeoJSON FeatureCollection (WGS84)")
	@GetMapping(value = "/tasks", produces = "application/geo+json")
	ResponseEntity<byte[]> tasks(@PathVariable UUID id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		register.exportTasks(neighbourhood(id), out);
		return ResponseEntity.ok().contentType(GEOJSON).body(out.toByteArray());
	}

	@Operation(summary = "Import tasks from GeoJSON (WGS84, or RD New with the legacy crs member); all or nothing",
			description = "A broken file answers 400 with every error (feature number, task id, field, reason) and stores nothing.")
	@PostMapping(value = "/tasks", consumes = {"application/geo+json", "application/json"})
	WorksRegister.ImportSummary importTasks(@PathVariable UUID id, HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return register.importTasks(neighbourhood(id), in);
		}
	}

	@Operation(summary = "The neighbourhood's budget pots as CSV, one row per pot per year")
	@GetMapping(value = "/pots", produces = "text/csv")
	ResponseEntity<byte[]> pots(@PathVariable UUID id,
			@Parameter(description = CsvFiles.SEPARATOR_DESCRIPTION, schema = @Schema(allowableValues = { "comma", "semicolon" }))
			@RequestParam(CsvFiles.SEPARATOR_PARAMETER) Optional<String> separator) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		register.exportPots(neighbourhood(id), CsvFiles.Separator.of(separator), out);
		return ResponseEntity.ok().contentType(CSV).body(out.toByteArray());
	}

	@Operation(summary = "Import budget pots from CSV (pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline); all or nothing")
	@PostMapping(value = "/pots", consumes = "text/csv")
	WorksRegister.ImportSummary importPots(@PathVariable UUID id, HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return register.importPots(neighbourhood(id), in);
		}
	}

	@Operation(summary = "Coupling candidates, clusters and near misses, in the shape of the command line's JSON")
	@GetMapping(value = "/couplings", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> couplings(@PathVariable UUID id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CouplingJson.write(couplings.overview(neighbourhood(id)).result(), out);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
	}

	@Operation(summary = "Tasks and coupling links as GeoJSON for a map (WGS84)")
	@GetMapping(value = "/works/map", produces = "application/geo+json")
	ResponseEntity<byte[]> map(@PathVariable UUID id) {
		return ResponseEntity.ok().contentType(GEOJSON).body(mapData.geojson(neighbourhood(id)));
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
