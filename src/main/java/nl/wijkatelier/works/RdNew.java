package nl.wijkatelier.works;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts between WGS84 (longitude, latitude in degrees) and RD New (EPSG:28992, x and y in metres) with the
 * polynomial approximation of Schreutelkamp and Strang van Hees ("Benaderingsformules voor de transformatie
 * tussen RD- en WGS84-kaartcoördinaten", 2001). Within the Netherlands it agrees with RDNAPTRANS to within
 * about a metre, and a round trip moves a point by centimetres; enough for buffers of 5 and 10 metres, not for
 * cadastral work. Outside the Netherlands the figures are meaningless.
 */
public final class RdNew {

	public static final String URN = "urn:ogc:def:crs:EPSG::28992";

	private static final double X0 = 155000;
	private static final double Y0 = 463000;
	private static final double PHI0 = 52.15517440;
	private static final double LAM0 = 5.38720621;

	// {p, q, coefficient}: latitude (seconds) = sum K * dX^p * dY^q, dX and dY in 100 km
	private static final double[][] K = {{0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750},
			{2, 1, -0.84978}, {0, 3, -0.06550}, {2, 2, -0.01709}, {1, 0, -0.00738}, {4, 0, 0.00530},
			{2, 3, -0.00039}, {4, 1, 0.00033}, {1, 1, -0.00012}};
	private static final double[][] L = {{1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656},
			{3, 0, -0.81885}, {1, 3, 0.05594}, {3, 1, -0.05607}, {0, 1, 0.01199}, {3, 2, -0.00256},
			{1, 4, 0.00128}, {0, 2, 0.00022}, {2, 0, -0.00022}, {5, 0, 0.00026}};
	// {p, q, coefficient}: x = X0 + sum R * dPhi^p * dLam^q, dPhi and dLam in units of 10,000 seconds
	private static final double[][] R = {{0, 1, 190094.945}, {1, 1, -11832.228}, {2, 1, -114.221},
			{0, 3, -32.391}, {1, 0, -0.705}, {3, 1, -2.340}, {1, 3, -0.608}, {0, 2, -0.008}, {2, 3, 0.148}};
	private static final double[][] S = {{1, 0, 309056.544}, {0, 2, 3638.893}, {2, 0, 73.077},
			{1, 2, -157.984}, {3, 0, 59.788}, {0, 1, 0.433}, {2, 2, -6.439}, {1, 1, -0.032}, {0, 4, 0.092},
			{1, 4, -0.054}};

	private RdNew() {
	}

	/** Whether a GeoJSON {@code crs} member's name means RD New. */
	public static boolean isRdNewName(String crsName) {
		return crsName.equals(URN) || crsName.equals("EPSG:28992") || crsName.equals("urn:ogc:def:crs:EPSG:28992");
	}

	/** Whether a GeoJSON {@code crs} member's name means WGS84 longitude/latitude (the GeoJSON default). */
	public static boolean isWgs84Name(String crsName) {
		return crsName.equals("urn:ogc:def:crs:OGC:1.3:CRS84") || crsName.equals("EPSG:4326")
				|| crsName.equals("urn:ogc:def:crs:EPSG::4326");
	}

	/** RD New {x, y} in metres for a WGS84 longitude and latitude in degrees. */
	public static double[] fromWgs84(double longitude, double latitude) {
		double dPhi = 0.36 * (latitude - PHI0);
		double dLam = 0.36 * (longitude - LAM0);
		return new double[] {X0 + sum(R, dPhi, dLam), Y0 + sum(S, dPhi, dLam)};
	}

	/** WGS84 {longitude, latitude} in degrees for RD New x and y in metres. */
	public static double[] toWgs84(double x, double y) {
		double dX = (x - X0) * 1e-5;
		double dY = (y - Y0) * 1e-5;
		return new double[] {LAM0 + sum(L, dX, dY) / 3600, PHI0 + sum(K, dX, dY) / 3600};
	}

	/** Rewrites a geometry in WGS84 (x = longitude) to RD New in place, and returns it. */
	public static Geometry fromWgs84(Geometry geometry) {
		geometry.apply(new Transform(true));
		geometry.geometryChanged();
		return geometry;
	}

	/** A copy of an RD New geometry in WGS84 (x = longitude). */
	public static Geometry toWgs84(Geometry geometry) {
		Geometry copy = geometry.copy();
		copy.apply(new Transform(false));
		copy.geometryChanged();
		return copy;
	}

	private static double sum(double[][] terms, double a, double b) {
		double total = 0;
		for (double[] t : terms) {
			total += t[2] * Math.pow(a, t[0]) * Math.pow(b, t[1]);
		}
		return total;
	}

	private record Transform(boolean toRd) implements CoordinateSequenceFilter {
		@Override
		public void filter(CoordinateSequence seq, int i) {
			double[] p = toRd ? fromWgs84(seq.getX(i), seq.getY(i)) : toWgs84(seq.getX(i), seq.getY(i));
			seq.setOrdinate(i, 0, p[0]);
			seq.setOrdinate(i, 1, p[1]);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}
}
