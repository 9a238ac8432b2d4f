package nl.wijkatelier.works.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.works.ImportError;
import nl.wijkatelier.works.PortfolioImportException;
import nl.wijkatelier.works.RegisterImports;
import nl.wijkatelier.works.WorkTypeMapping;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Works registers", description = "Importing works registers (Amsterdam's WIOR) and the mapping of their fields to task types")
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
			String action) {
	}

	record SkippedJson(int record, String registerId, String title, String reason) {
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
		NeighbourhoodId n = catalog.neighbourhood(new NeighbourhoodId(id)).id();
		return json(imports.preview(n, owner, List.of(body(request))), LocaleContextHolder.getLocale());
	}

	@Operation(summary = "Import a WIOR export, page or page set into the neighbourhood's tasks, all or nothing; "
			+ "tasks made of the same register records before are updated, never duplicated",
			security = @SecurityRequirement(name = "bearer"))
	@PostMapping(value = "/neighbourhoods/{id}/register-imports/wior", consumes = "application/json")
	ImportJson importWior(@PathVariable UUID id, @RequestParam(defaultValue = "") String owner, HttpServletRequest request)
			throws IOException {
		NeighbourhoodId n = catalog.neighbourhood(new NeighbourhoodId(id)).id();
		return json(imports.importRecords(n, owner, List.of(body(request))), LocaleContextHolder.getLocale());
	}

	@Operation(summary = "The programme's mapping from the WIOR register's fields to task types (the defaults when it has none)")
	@GetMapping("/programmes/{id}/work-type-mapping")
	MappingJson mapping(@PathVariable ProgrammeId id) {
		catalog.programme(id);
		return json(imports.mapping(id), imports.usesDefaultMapping(id));
	}

	@Operation(summary = "Replace the programme's WIOR work type mapping (its admins); rules apply top to bottom, "
			+ "outcome is a task type or SKIP", security = @SecurityRequirement(name = "bearer"))
	@PutMapping("/programmes/{id}/work-type-mapping")
	MappingJson saveMapping(@PathVariable ProgrammeId id, @RequestBody MappingBody body) {
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
		WorkTypeMapping saved = imports.saveMapping(id, new WorkTypeMapping(rules));
		return json(saved, false);
	}

	private static MappingJson json(WorkTypeMapping mapping, boolean isDefault) {
		return new MappingJson("WIOR", isDefault,
				mapping.rules().stream().map(r -> new RuleJson(r.field(), r.value(), r.outcome())).toList());
	}

	private ImportJson json(RegisterImports.Preview p, Locale locale) {
		return new ImportJson((int) p.creates(), (int) p.updates(),
				p.rows().stream().map(r -> new RowJson(r.number(), r.registerId(), r.code(), r.title(), r.type().name(),
						r.start().toString(), r.end().toString(), r.update() ? "update" : "create")).toList(),
				p.skipped().stream().map(s -> new SkippedJson(s.number(), s.registerId(), s.title(),
						messages.getMessage("works.skip." + s.code(), s.arguments().toArray(), s.code(), locale))).toList(),
				p.unknownFields());
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
