package nl.wijkatelier.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.shared.CbsCode;

/**
 * Boundaries of CBS regions shipped with the application ({@code data/cbs-grenzen-2024.geojson}), so the programme
 * map can place a neighbourhood by its CBS codes without asking PDOK: every wijk of Apeldoorn, Arnhem, Nijmegen and
 * Wageningen and the Arnhem buurten the demo programme covers, generalised by CBS/Kadaster to about 100 metres
 * (three decimals of a degree). Good for a point on an overview map, not for drawing a neighbourhood's edge: a
 * stored boundary (fetched from PDOK or uploaded) always comes first.
 */
@Service
public class CbsRegionBoundaries {

	private static final String RESOURCE = "data/cbs-grenzen-2024.geojson";
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Map<String, String> byCode;
	private final Map<String, String> municipalities;

	public CbsRegionBoundaries() {
		this.byCode = load();
		this.municipalities = municipalities(byCode);
	}

	/**
	 * The boundary of the region: its own shipped polygon, or for a municipality without one the wijken it has in
	 * the shipped file together. Empty for a region outside the file.
	 */
	public Optional<String> of(CbsCode code) {
		String own = byCode.get(code.value());
		if (own != null) {
			return Optional.of(own);
		}
		return code.level() == CbsCode.Level.MUNICIPALITY ? Optional.ofNullable(municipalities.get(code.value()))
				: Optional.empty();
	}

	/** The boundary of all the regions together; empty when any of them has none (so no part is silently left out). */
	public Optional<String> of(List<CbsCode> codes) {
		if (codes.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		for (CbsCode code : codes) {
			Optional<String> part = of(code);
			if (part.isEmpty()) {
				return Optional.empty();
			}
			parts.add(part.get());
		}
		return Optional.of(parts.size() == 1 ? parts.get(0) : Boundaries.union(parts));
	}

	/** The centroid (longitude, latitude) of the regions together; empty as {@link #of(List)}. */
	public Optional<double[]> centroid(List<CbsCode> codes) {
		return of(codes).flatMap(Boundaries::centroid);
	}

	private static Map<String, String> load() {
		Map<String, String> boundaries = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			for (JsonNode feature : MAPPER.readTree(in).path("features")) {
				CbsCode code = new CbsCode(feature.path("properties").path("code").asString());
				boundaries.put(code.value(), Boundaries.geometry(MAPPER.writeValueAsString(feature.path("geometry"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		return Map.copyOf(boundaries);
	}

	/** Each municipality with wijken in the file, as the union of those wijken. */
	private static Map<String, String> municipalities(Map<String, String> boundaries) {
		Map<String, List<String>> wijken = new HashMap<>();
		boundaries.forEach((code, geometry) -> {
			CbsCode region = new CbsCode(code);
			if (region.level() == CbsCode.Level.DISTRICT) {
				wijken.computeIfAbsent(region.municipality().value(), m -> new ArrayList<>()).add(geometry);
			}
		});
		Map<String, String> union = new HashMap<>();
		wijken.forEach((municipality, parts) -> union.put(municipality, Boundaries.union(parts)));
		return Map.copyOf(union);
	}
}
