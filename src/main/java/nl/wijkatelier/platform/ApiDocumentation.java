package nl.wijkatelier.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document as the NL API Design Rules ask it: the API's version (also sent as {@code API-Version} on
 * every answer, {@link ApiVersionHeader}), the bearer-token security scheme, and for every operation the RFC 9457
 * problem answers that can come back. Added to every operation by one customizer after springdoc has read the
 * controllers, so an operation added later gets them without annotations of its own. An operation's own
 * annotations win: its declared security stays, a declared error answer keeps its description.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/** The full version of the API (semantic versioning); the major version is the {@code v1} in the paths. */
	static final String VERSION = "1.0.0";
	static final String BEARER = "bearer";
	static final String BASIC = "basic";
	static final String PROBLEM_JSON = "application/problem+json";
	private static final String PROBLEM_SCHEMA = "Problem";
	private static final String VERSION_HEADER = ApiVersionHeader.HEADER;

	@Bean
	OpenAPI wijkatelierOpenApi() {
		return new OpenAPI().info(new Info().title("Wijkatelier API").version(VERSION)
				.description("Integral sustainable neighbourhood development: programmes, neighbourhoods, ateliers,"
						+ " works, planning, actions and knowledge. Errors are RFC 9457 problem details"
						+ " (application/problem+json). Add ?lang=en for English messages.")
				.license(new License().name("EUPL-1.2")
						.url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")));
	}

	@Bean
	GlobalOpenApiCustomizer nlApiDesignRules() {
		return ApiDocumentation::describe;
	}

	static void describe(OpenAPI api) {
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.setComponents(components);
		components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
				.bearerFormat("personal API token (wka_...)")
				.description("A personal API token: POST /api/v1/tokens with HTTP Basic, or made on the profile page."
						+ " An unknown, revoked or expired token is refused with 401 on every operation."));
		components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
				.description("E-mail address and password; only to trade for a personal API token."));
		components.addSchemas(PROBLEM_SCHEMA, problemSchema());
		components.addHeaders(VERSION_HEADER, new Header().description("The full version of the API that answered")
				.schema(new StringSchema().example(VERSION)));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> describe(path, method, operation)));
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		boolean declaredSecurity = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		if (!declaredSecurity) {
			// No declaration: a token is optional. Anyone may call; what the token's account may do is decided
			// per object (403), and a token that is sent must be valid (401).
			List<SecurityRequirement> optional = new ArrayList<>();
			optional.add(new SecurityRequirement().addList(BEARER));
			optional.add(new SecurityRequirement());
			operation.setSecurity(optional);
		}
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
				&& method != PathItem.HttpMethod.OPTIONS;
		boolean takesInput = operation.getRequestBody() != null
				|| operation.getParameters() != null && !operation.getParameters().isEmpty();
		Map<String, String> problems = new LinkedHashMap<>();
		if (takesInput) {
			problems.put("400", "Bad request: invalid input; `errors` lists every field to fix");
		}
		problems.put("401", "Unauthorized: a login is needed, or the bearer token sent is unknown, revoked or expired");
		if (declaredSecurity || changes) {
			problems.put("403", "Forbidden: the token's account may not do this here");
		}
		if (path.contains("{")) {
			problems.put("404", "Not found: no such object (or not one this account may see)");
		}
		if (changes) {
			problems.put("409", "Conflict: the object's state does not allow this (now)");
		}
		if (operation.getRequestBody() != null) {
			problems.put("422", "Unprocessable content: well-formed, but cannot be applied (e.g. an Idempotency-Key"
					+ " reused with another body)");
		}
		if (method == PathItem.HttpMethod.POST) {
			problems.put("429", "Too many requests: over a limit for this client; see Retry-After (seconds)");
		}
		problems.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, new ApiResponse().description(description));
			}
		});
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
			}
			if (response.getHeaders() == null || !response.getHeaders().containsKey(VERSION_HEADER)) {
				response.addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
			}
		});
	}

	private static Schema<?> problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema().description("The field to fix, as named in the request"));
		error.addProperty("message", new StringSchema().description("What to change, in the caller's language"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().format("uri").example("about:blank"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema().format("int32"));
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri-reference"));
		problem.addProperty("errors", new ArraySchema().items(error)
				.description("For 400: every invalid field with its message"));
		return problem;
	}
}
