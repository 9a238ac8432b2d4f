package nl.wijkatelier.dashboard;

/**
 * A point on the programme map in WGS84 degrees, and what it was taken from.
 *
 * @param source the best of what is known about where the neighbourhood lies, in this order
 */
public record MapPoint(double lat, double lon, Source source) {

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
