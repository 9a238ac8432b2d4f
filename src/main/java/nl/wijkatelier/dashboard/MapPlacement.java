package nl.wijkatelier.dashboard;

import java.util.HashMap;
import java.util.List;
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
 * and says so in the list beside it. Use one instance per map: neighbourhoods put on the same municipality centre are
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

		private final Map<String, Integer> perMunicipality = new HashMap<>();

		Optional<MapPoint> place(Neighbourhood n) {
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
			return n.municipalityCode().flatMap(m -> regions.centroid(List.of(m))).map(c -> {
				int k = perMunicipality.merge(n.municipalityCode().get().value(), 1, Integer::sum) - 1;
				double angle = k * 2.4;
				double r = k == 0 ? 0 : SPREAD;
				return new MapPoint(c[1] + r * Math.sin(angle), c[0] + r * Math.cos(angle), MapPoint.Source.MUNICIPALITY);
			});
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
