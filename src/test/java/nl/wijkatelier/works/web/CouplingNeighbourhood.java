package nl.wijkatelier.works.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Party;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;

/**
 * A fresh neighbourhood with three owners and tasks around one street (lines about 3.4 m apart per 0.00005 degree
 * of longitude), registered by the admin:
 * <ul>
 * <li>R-1 (sewer, 2027) couples with E-1 (grid, from June 2027), W-1 (water board) and R-2 (sewer again);</li>
 * <li>N-1 (grid, January to mid-February 2027) couples with R-1 only, and cannot share a day with E-1;</li>
 * <li>F-1 (grid) lies 700 m away and couples with nothing.</li>
 * </ul>
 */
final class CouplingNeighbourhood {

	final Neighbourhood neighbourhood;
	final Party sewer;
	final Party grid;
	final Party water;
	private final int port;

	CouplingNeighbourhood(ProgrammeCatalog catalog, People people, int port) {
		this.port = port;
		var programme = catalog.defaultProgramme().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		neighbourhood = catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails("Koppelwijk " + suffix,
				Optional.empty(), "Arnhem", Optional.empty(), null, null, null, false));
		sewer = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Riolering " + suffix,
				PartyType.MUNICIPALITY, null, false);
		grid = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Netbeheer " + suffix,
				PartyType.GRID_OPERATOR, null, false);
		water = catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), "Waterschap " + suffix,
				PartyType.WATER_BOARD, null, false);
		Http.Response imported = Http.api(port).withToken(people.admin().token()).post(path("/tasks"),
				"application/geo+json", collection(
						feature("R-1", sewer.name(), "SEWER_REPLACEMENT", 5.92000, "2027-01-01", "2027-12-31"),
						feature("R-2", sewer.name(), "WATER_MAIN", 5.92001, "2027-01-01", "2027-12-31"),
						feature("E-1", grid.name(), "ELECTRICITY_GRID", 5.92003, "2027-06-01", "2028-06-01"),
						feature("W-1", water.name(), "CLIMATE_ADAPTATION", 5.91997, "2027-03-01", "2027-12-31"),
						feature("N-1", grid.name(), "ELECTRICITY_GRID", 5.92002, "2027-01-01", "2027-02-15"),
						feature("F-1", grid.name(), "FIBRE", 5.93000, "2027-01-01", "2027-12-31")));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
	}

	String path(String rest) {
		return "/api/v1/neighbourhoods/" + neighbourhood.id().value() + rest;
	}

	Http.Response propose(String token, List<String> tasks) {
		return Http.api(port).withToken(token).postJson(path("/coupling-proposals"),
				Map.of("tasks", tasks, "note", "Samen de straat open"));
	}

	Http.Response respond(String token, String proposal, String decision, String reason) {
		return Http.api(port).withToken(token).postJson("/api/v1/coupling-proposals/" + proposal + "/responses",
				reason == null ? Map.of("decision", decision) : Map.of("decision", decision, "reason", reason));
	}

	static String feature(String id, String owner, String type, double lon, String from, String to) {
		return """
				{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[%s, 51.9850], [%s, 51.9855]]},
				 "properties": {"id": "%s", "title": "Werk %s", "owner": "%s", "type": "%s", "earliestStart": "%s",
				  "latestEnd": "%s", "durationDays": 30, "cost": 100000, "shareableCost": 40000, "themes": ["INFRASTRUCTURE"]}}"""
				.formatted(lon, lon, id, id, owner, type, from, to);
	}

	static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
	}
}
