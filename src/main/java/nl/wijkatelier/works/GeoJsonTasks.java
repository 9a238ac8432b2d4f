package nl.wijkatelier.works;

import java.math.BigDecimal;

/**
 * Euro amounts as the task and pot files and the result formats write them. Tasks are read by
 * {@link GeoJsonTaskReader}, written by {@link GeoJsonTaskWriter}; geometries go through {@link GeoJsonGeometry}.
 */
public final class GeoJsonTasks {

	private GeoJsonTasks() {
	}

	/** Euro cents as a euro amount without trailing zeros, e.g. 1250 as 12.5. */
	public static BigDecimal euros(long cents) {
		BigDecimal value = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}
}
