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
	 * @param location where the map shows the neighbourhood and what that point was taken from (see
	 *        {@link MapPoint.Source}); empty when nothing places it
	 * @param boundary the neighbourhood's boundary (GeoJSON geometry, WGS84), drawn on the map when known
	 * @param areas its CBS areas as people read them ({@code WK020202 — Spijkerkwartier}); empty when none is known
	 */
	public record Row(String id, String name, String municipality, boolean example,
			NeighbourhoodDashboard.Figures figures, Optional<MapPoint> location, Optional<String> boundary,
			List<String> areas) {

		public Row {
			areas = List.copyOf(areas);
		}
	}

	public record Totals(int ateliers, int atelierParticipants, int actions, long households, int networkMembers,
			int tasks, int couplings, long potentialSavingCents) {
	}
}
