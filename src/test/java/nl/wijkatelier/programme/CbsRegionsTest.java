package nl.wijkatelier.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import nl.wijkatelier.shared.CbsCode;

/** The shipped CBS names and generalised boundaries, and how they agree with each other and the key figures. */
class CbsRegionsTest {

	private final CbsKeyFigures figures = new CbsKeyFigures();
	private final CbsRegionBoundaries boundaries = new CbsRegionBoundaries();

	@Test
	void namesMunicipalitiesWijkenAndBuurtenAsCbsDoes() {
		assertThat(figures.name(new CbsCode("GM0268"))).contains("Nijmegen");
		assertThat(figures.label(new CbsCode("WK020202"))).isEqualTo("WK020202 \u2014 Spijkerkwartier");
		assertThat(figures.label(new CbsCode("WK020209"))).isEqualTo("WK020209 \u2014 Alteveer/Cranevelt");
		assertThat(figures.label(new CbsCode("BU02021264"))).isEqualTo("BU02021264 \u2014 Hoogkamp");
		// outside the four municipalities there is no name, and the label is the bare code
		assertThat(figures.name(new CbsCode("WK036300"))).isEmpty();
		assertThat(figures.label(new CbsCode("WK036300"))).isEqualTo("WK036300");
	}

	@Test
	void everyShippedWijkHasKeyFiguresAndABoundary() throws IOException {
		List<CbsCode> wijken = shippedCodes().stream().filter(c -> c.level() == CbsCode.Level.DISTRICT).toList();

		assertThat(wijken).hasSize(61);
		assertThat(wijken).allSatisfy(wijk -> {
			assertThat(figures.of(wijk)).as("figures of %s", wijk).isPresent();
			assertThat(boundaries.of(wijk)).as("boundary of %s", wijk).isPresent();
		});
	}

	@Test
	void placesAWijkInsideItsMunicipality() {
		double[] spijkerkwartier = boundaries.centroid(List.of(new CbsCode("WK020202"))).orElseThrow();
		double[] arnhem = boundaries.centroid(List.of(new CbsCode("GM0202"))).orElseThrow();

		// The Spijkerkwartier lies just east of Arnhem's centre; the municipality's centre (of all its wijken,
		// Schaarsbergen's woods included) lies north of the city centre.
		assertThat(spijkerkwartier[0]).isBetween(5.911, 5.927);
		assertThat(spijkerkwartier[1]).isBetween(51.978, 51.986);
		assertThat(arnhem[0]).isBetween(5.80, 5.99);
		assertThat(arnhem[1]).isBetween(51.93, 52.08);
		assertThat(arnhem[1]).isGreaterThan(spijkerkwartier[1]);
	}

	@Test
	void joinsSeveralBuurtenAndRefusesWhenOneHasNoBoundary() {
		List<CbsCode> groenWest = List.of(new CbsCode("BU02021471"), new CbsCode("BU02021473"),
				new CbsCode("BU02021474"), new CbsCode("BU02021572"));

		String together = boundaries.of(groenWest).orElseThrow();
		double[] centre = boundaries.centroid(groenWest).orElseThrow();

		assertThat(together).startsWith("{\"type\":\"MultiPolygon\"");
		// between Klingelbeek in the west and Heijenoord and Lombok in the east
		assertThat(centre[0]).isBetween(5.863, 5.894);
		assertThat(centre[1]).isBetween(51.975, 51.991);
		// Markt has a name but no shipped boundary: no centre for a set that would leave it out
		assertThat(boundaries.of(List.of(new CbsCode("BU02021471"), new CbsCode("BU02020100")))).isEmpty();
		assertThat(figures.name(new CbsCode("BU02020100"))).contains("Markt");
	}

	private static List<CbsCode> shippedCodes() throws IOException {
		List<CbsCode> codes = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("data/cbs-gebieden-2024.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.startsWith("#") && !line.startsWith("code,") && !line.isBlank()) {
					codes.add(new CbsCode(line.substring(0, line.indexOf(','))));
				}
			}
		}
		return codes;
	}
}
