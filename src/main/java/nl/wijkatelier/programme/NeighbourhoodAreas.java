package nl.wijkatelier.programme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * A neighbourhood's CBS areas and their boundary: before a neighbourhood is registered or its codes change, its
 * boundary is fetched from PDOK when the server can reach it. A code PDOK does not know is refused; PDOK switched
 * off, unreachable, slow or answering an error leaves the neighbourhood without a boundary (one can be uploaded),
 * never unregistered.
 */
@Service
public class NeighbourhoodAreas {

	/** Where a neighbourhood's boundary came from in this request. */
	public enum Source { UPLOADED, FETCHED, UNAVAILABLE, NONE }

	/** The details to store, where the boundary came from, and why PDOK gave none (empty when it did). */
	public record Prepared(NeighbourhoodDetails details, Source source, String reason) {
	}

	private final CbsBoundaries boundaries;
	private final ProgrammeCatalog catalog;

	NeighbourhoodAreas(CbsBoundaries boundaries, ProgrammeCatalog catalog) {
		this.boundaries = boundaries;
		this.catalog = catalog;
	}

	/** Codes as typed: separated by commas, semicolons or spaces, any case; blank means none. */
	public static List<CbsCode> parseCodes(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<CbsCode> codes = new ArrayList<>();
		for (String part : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()) {
			CbsCode.parse(part).ifPresent(codes::add);
		}
		return codes;
	}

	/** The details with the boundary of their codes, fetched unless one was uploaded. Call outside a transaction. */
	public Prepared prepare(NeighbourhoodDetails details) {
		if (details.boundaryGeoJson() != null && !details.boundaryGeoJson().isBlank()) {
			return new Prepared(details, Source.UPLOADED, "");
		}
		if (details.codes().isEmpty()) {
			return new Prepared(details, Source.NONE, "");
		}
		CbsBoundaries.Lookup lookup = boundaries.fetch(details.codes());
		if (lookup instanceof CbsBoundaries.Found found) {
			return new Prepared(details.withBoundary(found.geometry()), Source.FETCHED, "");
		}
		if (lookup instanceof CbsBoundaries.Unknown unknown) {
			throw new InvalidInputException("code", "error.cbsCode.notAtPdok",
					String.join(", ", unknown.codes().stream().map(CbsCode::value).toList()));
		}
		return new Prepared(details, Source.UNAVAILABLE, ((CbsBoundaries.Unavailable) lookup).reason());
	}

	/** Fetches the boundary of a registered neighbourhood's codes again and stores it when PDOK gives one. */
	public Prepared refetch(NeighbourhoodId id) {
		Neighbourhood n = catalog.neighbourhood(id);
		if (n.codes().isEmpty()) {
			throw new InvalidInputException("code", "error.cbsCode.none");
		}
		Prepared prepared = prepare(new NeighbourhoodDetails(n.name(), n.code(), n.municipality(), n.municipalityCode(),
				n.website(), n.description(), null, n.example(), n.codes()));
		if (prepared.source() == Source.FETCHED) {
			catalog.setBoundary(id, prepared.details().boundaryGeoJson());
		}
		return prepared;
	}
}
