package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.InvalidInputException;

/** Key figures over several CBS areas, and boundaries as they are uploaded or fetched. */
class AreaFiguresTest {

	private final CbsKeyFigures figures = new CbsKeyFigures();

	@Test
	void sumsCountsAndRecomputesTheDensityOverAllLand() {
		KeyFigures centrum = figures.of(new CbsCode("WK020201")).orElseThrow();
		KeyFigures spijker = figures.of(new CbsCode("WK020202")).orElseThrow();

		KeyFigures both = figures.of(List.of(new CbsCode("WK020201"), new CbsCode("WK020202"))).orElseThrow();

		long inhabitants = centrum.inhabitants().getAsLong() + spijker.inhabitants().getAsLong();
		long land = centrum.areaLandHa().getAsLong() + spijker.areaLandHa().getAsLong();
		assertThat(both.inhabitants().getAsLong()).isEqualTo(inhabitants);
		assertThat(both.homes().getAsLong()).isEqualTo(centrum.homes().getAsLong() + spijker.homes().getAsLong());
		assertThat(both.density().getAsLong()).isEqualTo(Math.round(inhabitants / (land / 100.0)));
		// not the plain mean of the two densities, which would weigh the small dense wijk as much as the large one
		assertThat(both.density().getAsLong())
				.isNotEqualTo((centrum.density().getAsLong() + spijker.density().getAsLong()) / 2);
	}

	@Test
	void hasNoFiguresWhenAnAreaHasNone() {
		assertThat(figures.of(List.of(new CbsCode("WK020202"), new CbsCode("BU02020201")))).isEmpty();
		assertThat(figures.of(List.of(new CbsCode("GM0200")))).map(f -> f.inhabitants().getAsLong()).contains(168211L);
	}

	@Test
	void takesPolygonsApartIntoOneGeometryAndFindsItsCentroid() {
		String geometry = Boundaries.geometry("""
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[5, 52], [6, 52], [6, 53], [5, 53], [5, 52]]]}},
				 {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[7, 52], [8, 52], [8, 53], [7, 53], [7, 52]]]}}]}""");

		assertThat(geometry).startsWith("{\"type\":\"MultiPolygon\"");
		assertThat(Boundaries.centroid(geometry).orElseThrow()).containsExactly(6.5, 52.5);
	}

	@Test
	void refusesRdNewMetresAndOpenRings() {
		InvalidInputException rd = catchThrowableOfType(InvalidInputException.class, () -> Boundaries.geometry(
				"{\"type\": \"Polygon\", \"coordinates\": [[[190000, 444000], [191000, 444000], [191000, 445000], [190000, 444000]]]}"));
		InvalidInputException open = catchThrowableOfType(InvalidInputException.class, () -> Boundaries.geometry(
				"{\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [6, 52], [6, 53], [5, 53]]]}"));

		assertThat(rd.violations().get(0).messageKey()).isEqualTo("error.boundary.notWgs84");
		assertThat(open.violations().get(0).messageKey()).isEqualTo("error.boundary.ring");
	}
}
