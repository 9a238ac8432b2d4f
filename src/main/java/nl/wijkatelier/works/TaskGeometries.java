package nl.wijkatelier.works;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The geometries of a list of tasks in flat arrays (RD New metres), and the distance between two of them when it is
 * within a reach. Each geometry is a run of elements: points, lines, and polygons as a shell followed by its holes;
 * each element a run of coordinates. A join over a million tasks then reads arrays instead of chasing the objects
 * of a million JTS geometries, and allocates nothing per pair.
 * <p>
 * The distance is the one {@link Geometry#distance} gives, computed the same way, so the engine agrees with it to
 * the last bit: zero when a component's first point lies in or on a polygon of the other, else the least
 * {@link Distance#segmentToSegment}, {@link Distance#pointToSegment} or point-to-point distance over all pairs of
 * facets. Facet pairs whose boxes lie beyond the reach (or beyond the least distance found so far) are skipped;
 * they cannot give a smaller one.
 */
final class TaskGeometries {

	static final byte POINT = 0;
	static final byte LINE = 1;
	static final byte SHELL = 2;
	static final byte HOLE = 3;

	/** Slack on a reach for skipping: rounding can make a computed distance differ from the true one by far less. */
	private static final double SLACK = 1e-9;

	private final int size;
	private final boolean[] present;
	private final double[] minX;
	private final double[] minY;
	private final double[] maxX;
	private final double[] maxY;
	/** Elements of task {@code i}: {@code [firstElement[i], firstElement[i + 1])}. */
	private final int[] firstElement;
	private final byte[] kind;
	/** Coordinates of element {@code e}: {@code [firstCoordinate[e], firstCoordinate[e + 1])}, as x, y pairs. */
	private final int[] firstCoordinate;
	private final double[] xy;
	private final boolean[] hasPolygon;

	private TaskGeometries(int size, boolean[] present, double[] minX, double[] minY, double[] maxX, double[] maxY,
			int[] firstElement, byte[] kind, int[] firstCoordinate, double[] xy, boolean[] hasPolygon) {
		this.size = size;
		this.present = present;
		this.minX = minX;
		this.minY = minY;
		this.maxX = maxX;
		this.maxY = maxY;
		this.firstElement = firstElement;
		this.kind = kind;
		this.firstCoordinate = firstCoordinate;
		this.xy = xy;
		this.hasPolygon = hasPolygon;
	}

	static TaskGeometries of(List<Task> tasks) {
		Builder b = new Builder(tasks.size());
		for (int i = 0; i < tasks.size(); i++) {
			b.firstElement[i] = b.elements;
			Task t = tasks.get(i);
			if (t.geometry().isPresent() && !t.geometry().get().isEmpty()) {
				Geometry g = t.geometry().get();
				Envelope e = g.getEnvelopeInternal();
				b.present[i] = true;
				b.minX[i] = e.getMinX();
				b.minY[i] = e.getMinY();
				b.maxX[i] = e.getMaxX();
				b.maxY[i] = e.getMaxY();
				b.add(g, i);
			}
		}
		b.firstElement[tasks.size()] = b.elements;
		return new TaskGeometries(tasks.size(), b.present, b.minX, b.minY, b.maxX, b.maxY, b.firstElement,
				Arrays.copyOf(b.kind, b.elements), Arrays.copyOf(b.firstCoordinate, b.elements + 1),
				Arrays.copyOf(b.xy, b.coordinates * 2), b.hasPolygon);
	}

	int size() {
		return size;
	}

	boolean present(int i) {
		return present[i];
	}

	double minX(int i) {
		return minX[i];
	}

	double minY(int i) {
		return minY[i];
	}

	double maxX(int i) {
		return maxX[i];
	}

	double maxY(int i) {
		return maxY[i];
	}

	/** Whether the boxes of two tasks are more than {@code reach} metres apart (Euclidean), so their geometries are too. */
	boolean boxesBeyond(int i, int j, double reach) {
		double dx = Math.max(0, Math.max(minX[i] - maxX[j], minX[j] - maxX[i]));
		double dy = Math.max(0, Math.max(minY[i] - maxY[j], minY[j] - maxY[i]));
		double limit = beyond(reach);
		return dx * dx + dy * dy > limit * limit;
	}

	/** A gap beyond this lies beyond {@code distance} even after rounding. */
	private static double beyond(double distance) {
		return distance + SLACK * (1 + distance);
	}

	/** Working objects of one thread, so that measuring a distance allocates nothing. */
	static final class Scratch {
		final Coordinate a = new Coordinate();
		final Coordinate b = new Coordinate();
		final Coordinate c = new Coordinate();
		final Coordinate d = new Coordinate();
	}

	/**
	 * The distance between the geometries of tasks {@code i} and {@code j} (both present), exact as
	 * {@link Geometry#distance} when it is at most {@code reach}; some larger value (not necessarily the distance)
	 * when it is more.
	 */
	double distance(int i, int j, double reach, Scratch s) {
		if ((hasPolygon[i] && anyLocationInPolygon(j, i, s)) || (hasPolygon[j] && anyLocationInPolygon(i, j, s))) {
			return 0;
		}
		double best = Double.POSITIVE_INFINITY;
		double cutoff = beyond(reach);
		for (int e = firstElement[i]; e < firstElement[i + 1]; e++) {
			for (int f = firstElement[j]; f < firstElement[j + 1]; f++) {
				double limit = Math.min(best, cutoff);
				if (elementGap(e, f) > beyond(limit)) {
					continue;
				}
				double d = kind[e] == POINT
						? (kind[f] == POINT ? pointToPoint(e, f, s) : pointToLine(e, f, limit, s))
						: (kind[f] == POINT ? pointToLine(f, e, limit, s) : lineToLine(e, f, limit, s));
				if (d < best) {
					best = d;
					if (best == 0) {
						return 0;
					}
				}
			}
		}
		return best;
	}

	/**
	 * Whether the first point of a component of task {@code located} lies in or on a polygon of task {@code polygons}
	 * (as JTS's distance tests containment: one point per point, line and polygon).
	 */
	private boolean anyLocationInPolygon(int located, int polygons, Scratch s) {
		for (int e = firstElement[located]; e < firstElement[located + 1]; e++) {
			if (kind[e] == HOLE) {
				continue;
			}
			int at = firstCoordinate[e] * 2;
			double px = xy[at];
			double py = xy[at + 1];
			if (px < minX[polygons] || px > maxX[polygons] || py < minY[polygons] || py > maxY[polygons]) {
				continue;
			}
			s.a.x = px;
			s.a.y = py;
			for (int f = firstElement[polygons]; f < firstElement[polygons + 1]; f++) {
				if (kind[f] == SHELL && inPolygon(s.a, f, s)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the point is not in the exterior of the polygon whose shell is element {@code shell}. */
	private boolean inPolygon(Coordinate p, int shell, Scratch s) {
		int shellLocation = locate(p, shell, s);
		if (shellLocation == Location.EXTERIOR) {
			return false;
		}
		if (shellLocation == Location.BOUNDARY) {
			return true;
		}
		for (int h = shell + 1; h < kind.length && kind[h] == HOLE; h++) {
			int holeLocation = locate(p, h, s);
			if (holeLocation == Location.INTERIOR) {
				return false;
			}
			if (holeLocation == Location.BOUNDARY) {
				return true;
			}
		}
		return true;
	}

	/** The location of a point with respect to a ring, by JTS's robust ray-crossing count. */
	private int locate(Coordinate p, int ring, Scratch s) {
		int from = firstCoordinate[ring] * 2;
		int to = firstCoordinate[ring + 1] * 2;
		RayCrossingCounter counter = new RayCrossingCounter(p);
		for (int k = from + 2; k < to; k += 2) {
			s.b.x = xy[k - 2];
			s.b.y = xy[k - 1];
			s.c.x = xy[k];
			s.c.y = xy[k + 1];
			counter.countSegment(s.b, s.c);
			if (counter.isOnSegment()) {
				return counter.getLocation();
			}
		}
		return counter.getLocation();
	}

	/** The gap between the boxes of two elements along the axis where it is largest (0 when they overlap). */
	private double elementGap(int e, int f) {
		int from = firstCoordinate[e] * 2;
		int to = firstCoordinate[e + 1] * 2;
		double ex0 = Double.POSITIVE_INFINITY;
		double ey0 = Double.POSITIVE_INFINITY;
		double ex1 = Double.NEGATIVE_INFINITY;
		double ey1 = Double.NEGATIVE_INFINITY;
		for (int k = from; k < to; k += 2) {
			ex0 = Math.min(ex0, xy[k]);
			ex1 = Math.max(ex1, xy[k]);
			ey0 = Math.min(ey0, xy[k + 1]);
			ey1 = Math.max(ey1, xy[k + 1]);
		}
		from = firstCoordinate[f] * 2;
		to = firstCoordinate[f + 1] * 2;
		double fx0 = Double.POSITIVE_INFINITY;
		double fy0 = Double.POSITIVE_INFINITY;
		double fx1 = Double.NEGATIVE_INFINITY;
		double fy1 = Double.NEGATIVE_INFINITY;
		for (int k = from; k < to; k += 2) {
			fx0 = Math.min(fx0, xy[k]);
			fx1 = Math.max(fx1, xy[k]);
			fy0 = Math.min(fy0, xy[k + 1]);
			fy1 = Math.max(fy1, xy[k + 1]);
		}
		return Math.max(Math.max(ex0 - fx1, fx0 - ex1), Math.max(ey0 - fy1, fy0 - ey1));
	}

	private double pointToPoint(int e, int f, Scratch s) {
		int p = firstCoordinate[e] * 2;
		int q = firstCoordinate[f] * 2;
		s.a.x = xy[p];
		s.a.y = xy[p + 1];
		s.b.x = xy[q];
		s.b.y = xy[q + 1];
		return s.a.distance(s.b);
	}

	/** The least distance from the point element {@code point} to a segment of {@code line} within {@code limit}. */
	private double pointToLine(int point, int line, double limit, Scratch s) {
		int p = firstCoordinate[point] * 2;
		double px = xy[p];
		double py = xy[p + 1];
		s.a.x = px;
		s.a.y = py;
		double best = Double.POSITIVE_INFINITY;
		int from = firstCoordinate[line] * 2;
		int to = firstCoordinate[line + 1] * 2;
		for (int k = from + 2; k < to; k += 2) {
			double x0 = xy[k - 2];
			double y0 = xy[k - 1];
			double x1 = xy[k];
			double y1 = xy[k + 1];
			double gap = Math.max(Math.max(Math.min(x0, x1) - px, px - Math.max(x0, x1)),
					Math.max(Math.min(y0, y1) - py, py - Math.max(y0, y1)));
			if (gap > beyond(Math.min(limit, best))) {
				continue;
			}
			s.b.x = x0;
			s.b.y = y0;
			s.c.x = x1;
			s.c.y = y1;
			best = Math.min(best, Distance.pointToSegment(s.a, s.b, s.c));
		}
		return best;
	}

	/** The least distance between a segment of {@code e} and a segment of {@code f} within {@code limit}. */
	private double lineToLine(int e, int f, double limit, Scratch s) {
		double best = Double.POSITIVE_INFINITY;
		int eFrom = firstCoordinate[e] * 2;
		int eTo = firstCoordinate[e + 1] * 2;
		int fFrom = firstCoordinate[f] * 2;
		int fTo = firstCoordinate[f + 1] * 2;
		for (int k = eFrom + 2; k < eTo; k += 2) {
			double ax = xy[k - 2];
			double ay = xy[k - 1];
			double bx = xy[k];
			double by = xy[k + 1];
			double sx0 = Math.min(ax, bx);
			double sx1 = Math.max(ax, bx);
			double sy0 = Math.min(ay, by);
			double sy1 = Math.max(ay, by);
			for (int m = fFrom + 2; m < fTo; m += 2) {
				double cx = xy[m - 2];
				double cy = xy[m - 1];
				double dx = xy[m];
				double dy = xy[m + 1];
				double gap = Math.max(Math.max(Math.min(cx, dx) - sx1, sx0 - Math.max(cx, dx)),
						Math.max(Math.min(cy, dy) - sy1, sy0 - Math.max(cy, dy)));
				if (gap > beyond(Math.min(limit, best))) {
					continue;
				}
				s.a.x = ax;
				s.a.y = ay;
				s.b.x = bx;
				s.b.y = by;
				s.c.x = cx;
				s.c.y = cy;
				s.d.x = dx;
				s.d.y = dy;
				double d = Distance.segmentToSegment(s.a, s.b, s.c, s.d);
				if (d < best) {
					best = d;
					if (best == 0) {
						return 0;
					}
				}
			}
		}
		return best;
	}

	/** Flattens geometries element by element into growing arrays. */
	private static final class Builder {
		final boolean[] present;
		final double[] minX;
		final double[] minY;
		final double[] maxX;
		final double[] maxY;
		final int[] firstElement;
		final boolean[] hasPolygon;
		byte[] kind = new byte[1024];
		int[] firstCoordinate = new int[1025];
		double[] xy = new double[4096];
		int elements;
		int coordinates;

		Builder(int n) {
			present = new boolean[n];
			minX = new double[n];
			minY = new double[n];
			maxX = new double[n];
			maxY = new double[n];
			firstElement = new int[n + 1];
			hasPolygon = new boolean[n];
		}

		void add(Geometry g, int task) {
			if (g.isEmpty()) {
				return;
			}
			if (g instanceof Point p) {
				startElement(POINT);
				coordinate(p.getX(), p.getY());
			}
			else if (g instanceof LineString l) {
				startElement(LINE);
				sequence(l);
			}
			else if (g instanceof Polygon p) {
				hasPolygon[task] = true;
				startElement(SHELL);
				sequence(p.getExteriorRing());
				for (int h = 0; h < p.getNumInteriorRing(); h++) {
					startElement(HOLE);
					sequence(p.getInteriorRingN(h));
				}
			}
			else {
				for (int k = 0; k < g.getNumGeometries(); k++) {
					add(g.getGeometryN(k), task);
				}
			}
		}

		void startElement(byte elementKind) {
			if (elements == kind.length) {
				kind = Arrays.copyOf(kind, elements * 2);
				firstCoordinate = Arrays.copyOf(firstCoordinate, elements * 2 + 1);
			}
			kind[elements] = elementKind;
			firstCoordinate[elements] = coordinates;
			firstCoordinate[elements + 1] = coordinates;
			elements++;
		}

		private void sequence(LineString line) {
			for (int k = 0; k < line.getNumPoints(); k++) {
				coordinate(line.getCoordinateSequence().getX(k), line.getCoordinateSequence().getY(k));
			}
		}

		private void coordinate(double x, double y) {
			if (coordinates * 2 == xy.length) {
				xy = Arrays.copyOf(xy, xy.length * 2);
			}
			xy[coordinates * 2] = x;
			xy[coordinates * 2 + 1] = y;
			coordinates++;
			firstCoordinate[elements] = coordinates;
		}
	}
}
