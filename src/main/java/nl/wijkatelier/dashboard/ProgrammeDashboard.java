package nl.wijkatelier.dashboard;

import java.util.List;
import java.util.Optional;

import nl.wijkatelier.programme.Programme;

/** All neighbourhoods of a programme side by side on the same figures, with a point for the map. */
public record ProgrammeDashboard(Programme programme, List<Row> rows, Totals totals) {

	public ProgrammeDashboard {
		rows = List.copyOf(rows);
	}

	/**
	 * @param location where the map shows the neighbourhood: its boundary's centroid, else (approximately) its
	 *        municipality's centre; empty when neither is known
	 * @param boundary the neighbourhood's boundary (GeoJSON geometry, WGS84), drawn on the map when known
	 */
	public record Row(String id, String name, String municipality, boolean example,
			NeighbourhoodDashboard.Figures figures, Optional<MapPoint> location, Optional<String> boundary) {
	}

	public record Totals(int ateliers, int atelierParticipants, int actions, long households, int networkMembers,
			int tasks, int couplings, long potentialSavingCents) {
	}
}
