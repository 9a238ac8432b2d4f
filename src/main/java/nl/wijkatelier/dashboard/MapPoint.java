package nl.wijkatelier.dashboard;

/**
 * A point on the programme map in WGS84 degrees.
 *
 * @param approximate true when it is the municipality's centre rather than the neighbourhood itself
 */
public record MapPoint(double lat, double lon, boolean approximate) {
}
