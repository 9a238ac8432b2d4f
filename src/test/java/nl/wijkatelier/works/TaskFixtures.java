package nl.wijkatelier.works;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/** Small tasks in RD New for the rule's tests. */
final class TaskFixtures {

	private TaskFixtures() {
	}

	static Geometry line(double... xy) {
		return GeoJsonGeometry.factory()
				.createLineString(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
	}

	static Geometry square(double x, double y, double size) {
		double[] xy = {x, y, x + size, y, x + size, y + size, x, y + size, x, y};
		return GeoJsonGeometry.factory().createPolygon(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
	}

	static Task task(String id, TaskType type, Geometry geometry, String from, String to, long shareEuros) {
		return task(id, type, Optional.ofNullable(geometry), from, to, shareEuros);
	}

	static Task task(String id, TaskType type, Optional<Geometry> geometry, String from, String to, long shareEuros) {
		LocalDate es = LocalDate.parse(from);
		LocalDate le = LocalDate.parse(to);
		return new Task(id, "Task " + id, "Gemeente", type, es, le, 1, Optional.empty(), shareEuros * 300,
				shareEuros * 100, List.of("INFRASTRUCTURE"), List.of(), List.of(), Optional.empty(), geometry);
	}
}
