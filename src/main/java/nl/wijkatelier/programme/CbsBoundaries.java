package nl.wijkatelier.programme;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.InvalidInputException;

/**
 * Fetches the boundaries of CBS areas from PDOK's OGC API Features of the CBS wijk- en buurtkaart: per code one
 * request {@code collections/{gemeenten|wijken|buurten}/items?{gemeentecode|wijkcode|buurtcode}=CODE&f=json}, answered
 * with a GeoJSON FeatureCollection in WGS84 (CRS84). Several codes become one MultiPolygon. Called before the
 * transaction that stores the neighbourhood, so a slow PDOK holds no database connection.
 */
@Service
public class CbsBoundaries {

	private static final Logger log = LoggerFactory.getLogger(CbsBoundaries.class);
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** What PDOK said about a set of codes. */
	public sealed interface Lookup {
	}

	/** The boundary of all the codes together, and the names CBS gives the areas. */
	public record Found(String geometry, List<String> names) implements Lookup {
	}

	/** PDOK answered and does not know these codes: they do not exist (in the map's year). */
	public record Unknown(List<CbsCode> codes) implements Lookup {
	}

	/** PDOK could not be asked or gave no usable answer; {@code reason} says why, for the log and the person. */
	public record Unavailable(String reason) implements Lookup {
	}

	private final PdokProperties properties;
	private final PdokClient pdok;

	CbsBoundaries(PdokProperties properties) {
		this.properties = properties;
		this.pdok = new PdokClient(properties.timeout());
	}

	public boolean enabled() {
		return properties.enabled();
	}

	public Lookup fetch(List<CbsCode> codes) {
		if (!properties.enabled()) {
			return new Unavailable("disabled");
		}
		List<String> geometries = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<CbsCode> unknown = new ArrayList<>();
		for (CbsCode code : codes) {
			JsonNode collection;
			try {
				collection = get(code);
			}
			catch (PdokClient.PdokUnavailable ex) {
				log.warn("PDOK boundary of {} not fetched: {}", code, ex.getMessage());
				return new Unavailable(ex.getMessage());
			}
			JsonNode features = collection.path("features");
			if (!features.isArray()) {
				return new Unavailable("answer without features");
			}
			if (features.isEmpty()) {
				unknown.add(code);
				continue;
			}
			for (JsonNode feature : features) {
				JsonNode properties = feature.path("properties");
				name(properties, code).ifPresent(names::add);
				try {
					geometries.add(Boundaries.geometry(MAPPER.writeValueAsString(feature.path("geometry"))));
				}
				catch (InvalidInputException ex) {
					return new Unavailable("unusable geometry for " + code);
				}
			}
		}
		if (!unknown.isEmpty()) {
			return new Unknown(unknown);
		}
		return new Found(Boundaries.union(geometries), names);
	}

	private static Optional<String> name(JsonNode properties, CbsCode code) {
		String field = switch (code.level()) {
			case MUNICIPALITY -> "gemeentenaam";
			case DISTRICT -> "wijknaam";
			case NEIGHBOURHOOD -> "buurtnaam";
		};
		JsonNode name = properties.path(field);
		return name.isString() && !name.asString().isBlank() ? Optional.of(name.asString().trim()) : Optional.empty();
	}

	private JsonNode get(CbsCode code) {
		String collection = switch (code.level()) {
			case MUNICIPALITY -> "gemeenten?gemeentecode=";
			case DISTRICT -> "wijken?wijkcode=";
			case NEIGHBOURHOOD -> "buurten?buurtcode=";
		};
		String base = properties.boundariesUrl().toString().replaceAll("/+$", "");
		URI uri = URI.create(base + "/collections/" + collection.replace("?", "/items?")
				+ URLEncoder.encode(code.value(), StandardCharsets.UTF_8) + "&f=json");
		return pdok.get(uri, "application/geo+json, application/json");
	}
}
