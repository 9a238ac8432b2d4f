package nl.wijkatelier.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import nl.wijkatelier.programme.Boundaries;
import nl.wijkatelier.programme.CbsRegionBoundaries;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.works.RdNew;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.WorksRegister;

/**
 * Places the neighbourhoods of one programme on its map, each by the best that is known: its own stored boundary,
 * else the shipped boundaries of its CBS codes, else its own tasks' geometry, else its municipality's centre (the
 * municipality's wijken in the shipped boundaries together). A neighbourhood with none of these is left off the map
 * and says so in the list beside it. Use one {@link OneMap} per map: neighbourhoods that would share a point are
 * spread on a small circle so each marker stays clickable.
 */
@Component
class MapPlacement {

	/** Radius of the circle around a municipality centre, in degrees (about 1 km in the Netherlands). */
	private static final double SPREAD = 0.012;

	private final CbsRegionBoundaries regions;
	private final WorksRegister works;

	MapPlacement(CbsRegionBoundaries regions, WorksRegister works) {
		this.regions = regions;
		this.works = works;
	}

	/** A fresh placement for one map. */
	OneMap forOneMap() {
		return new OneMap();
	}

	/** The points of one map. */
	final class OneMap {

		/** The points placed so far, before spreading, as "lat lon" to a few decimals. */
		private final Map<String, Integer> placedAt = new HashMap<>();

		Optional<MapPoint> place(Neighbourhood n) {
			return best(n).map(this::spread);
		}

		private Optional<MapPoint> best(Neighbourhood n) {
			Optional<double[]> own = n.boundaryGeoJson().flatMap(Boundaries::centroid);
			if (own.isPresent()) {
				return Optional.of(point(own.get(), MapPoint.Source.BOUNDARY));
			}
			Optional<double[]> areas = regions.centroid(n.codes());
			if (areas.isPresent()) {
				return Optional.of(point(areas.get(), MapPoint.Source.CBS_AREAS));
			}
			Optional<double[]> tasks = tasksCentroid(n);
			if (tasks.isPresent()) {
				return Optional.of(point(tasks.get(), MapPoint.Source.TASKS));
			}
			return n.municipalityCode().flatMap(m -> regions.centroid(List.of(m)))
					.map(c -> point(c, MapPoint.Source.MUNICIPALITY));
		}

		/**
		 * Moves a point that falls on one placed before (to about 10 m: neighbourhoods at the same municipality's
		 * centre, or a whole-municipality initiative and a neighbourhood placed at that centre) onto a small circle
		 * around it, so each marker stays clickable; the first stays where it is.
		 */
		private MapPoint spread(MapPoint p) {
			String key = String.format(Locale.ROOT, "%.4f %.4f", p.lat(), p.lon());
			int k = placedAt.merge(key, 1, Integer::sum) - 1;
			if (k == 0) {
				return p;
			}
			double angle = k * 2.4;
			return new MapPoint(p.lat() + SPREAD * Math.sin(angle), p.lon() + SPREAD * Math.cos(angle), p.source());
		}

		private Optional<double[]> tasksCentroid(Neighbourhood n) {
			Geometry[] shapes = works.tasks(n.id()).stream().map(WorksRegister.RegisteredTask::task)
					.map(Task::geometry).flatMap(Optional::stream).toArray(Geometry[]::new);
			if (shapes.length == 0) {
				return Optional.empty();
			}
			Point rd = new GeometryFactory().createGeometryCollection(shapes).getCentroid();
			if (rd.isEmpty()) {
				return Optional.empty();
			}
			double[] lonLat = RdNew.toWgs84(rd.getX(), rd.getY());
			return Optional.of(lonLat);
		}
	}

	private static MapPoint point(double[] lonLat, MapPoint.Source source) {
		return new MapPoint(lonLat[1], lonLat[0], source);
	}
}
