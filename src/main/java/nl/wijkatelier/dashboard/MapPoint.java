package nl.wijkatelier.dashboard;

/**
 * A point on the programme map in WGS84 degrees, and what it was taken from.
 *
 * @param source the best of what is known about where the neighbourhood lies, in this order
 */
public record MapPoint(double lat, double lon, Source source) {

	/**
	 * Degrees kept to six decimals (about 0.1 m): far finer than a marker, and the same page on every instance even
	 * where a centroid's last bits depend on the order a union of boundaries was computed in.
	 */
	public MapPoint {
		lat = Math.round(lat * 1e6) / 1e6;
		lon = Math.round(lon * 1e6) / 1e6;
	}

	/** Where a neighbourhood's point comes from, best first. */
	public enum Source {
		/** The centroid of the neighbourhood's own stored boundary (fetched from PDOK or uploaded). */
		BOUNDARY,
		/** The centroid of the shipped boundaries of its CBS codes (generalised, about 100 m). */
		CBS_AREAS,
		/** The centroid of its own tasks' geometry (the works register). */
		TASKS,
		/** Its municipality's centre: it could lie anywhere in the municipality. */
		MUNICIPALITY
	}

	/** True when the point says no more than the municipality the neighbourhood lies in. */
	public boolean approximate() {
		return source == Source.MUNICIPALITY;
	}
}
