package nl.wijkatelier.programme;

import java.util.Optional;

import nl.wijkatelier.shared.CbsCode;

/**
 * What describes a neighbourhood, checked by {@link ProgrammeCatalog#registerNeighbourhood}. The municipality
 * code is taken from the neighbourhood's own CBS code when it has one.
 */
public record NeighbourhoodDetails(String name, Optional<CbsCode> code, String municipality,
		Optional<CbsCode> municipalityCode, String website, String description, String boundaryGeoJson,
		boolean example) {

	public NeighbourhoodDetails {
		code = code == null ? Optional.empty() : code;
		municipalityCode = municipalityCode == null ? Optional.empty() : municipalityCode;
		if (municipalityCode.isEmpty() && code.isPresent()) {
			municipalityCode = Optional.of(code.get().municipality());
		}
	}
}
