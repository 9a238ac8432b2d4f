package nl.wijkatelier.programme;

import java.util.Map;

import nl.wijkatelier.platform.PublicPageChange;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.ProgrammeId;

/**
 * The demo programme was just created on the first start. Modules listen to add their own demo content (the
 * seed's atelier, its links, example tasks and actions) in the same transaction.
 *
 * @param neighbourhoods the seed's neighbourhoods by name, e.g. {@code "Spijkerkwartier"}
 * @param parties the example parties by name, e.g. {@code "Gemeente Arnhem"}
 */
public record DemoProgrammeSeeded(ProgrammeId programme, Map<String, NeighbourhoodId> neighbourhoods,
		Map<String, PartyId> parties) implements PublicPageChange {

	public NeighbourhoodId neighbourhood(String name) {
		NeighbourhoodId id = neighbourhoods.get(name);
		if (id == null) {
			throw new IllegalArgumentException("no demo neighbourhood " + name);
		}
		return id;
	}

	public PartyId party(String name) {
		PartyId id = parties.get(name);
		if (id == null) {
			throw new IllegalArgumentException("no demo party " + name);
		}
		return id;
	}
}
