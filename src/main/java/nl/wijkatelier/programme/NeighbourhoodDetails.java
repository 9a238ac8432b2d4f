package nl.wijkatelier.programme;

import java.util.List;
import java.util.Optional;

import nl.wijkatelier.shared.CbsCode;

/**
 * What describes a neighbourhood, checked by {@link ProgrammeCatalog#registerNeighbourhood}.
 * <p>
 * {@code codes} are the CBS areas the neighbourhood covers: one wijk, one or more buurten (an initiative that spans
 * several), or one municipality (an initiative for a whole municipality). {@code code} is the first of them, kept
 * for the callers that name a single area; given only {@code code}, the codes are that one. The municipality code is
 * taken from the first code when it has one.
 */
public record NeighbourhoodDetails(String name, Optional<CbsCode> code, String municipality,
		Optional<CbsCode> municipalityCode, String website, String description, String boundaryGeoJson,
		boolean example, List<CbsCode> codes) {

	public NeighbourhoodDetails {
		code = code == null ? Optional.empty() : code;
		codes = codes == null ? List.of() : List.copyOf(codes);
		if (codes.isEmpty() && code.isPresent()) {
			codes = List.of(code.get());
		}
		if (!codes.isEmpty()) {
			code = Optional.of(codes.get(0));
		}
		municipalityCode = municipalityCode == null ? Optional.empty() : municipalityCode;
		if (municipalityCode.isEmpty() && code.isPresent()) {
			municipalityCode = Optional.of(code.get().municipality());
		}
	}

	/** A neighbourhood of (at most) one CBS area. */
	public NeighbourhoodDetails(String name, Optional<CbsCode> code, String municipality,
			Optional<CbsCode> municipalityCode, String website, String description, String boundaryGeoJson,
			boolean example) {
		this(name, code, municipality, municipalityCode, website, description, boundaryGeoJson, example, List.of());
	}

	/** The same details with another boundary (GeoJSON geometry in WGS84), e.g. one fetched from PDOK. */
	public NeighbourhoodDetails withBoundary(String geoJson) {
		return new NeighbourhoodDetails(name, code, municipality, municipalityCode, website, description, geoJson, example,
				codes);
	}
}
