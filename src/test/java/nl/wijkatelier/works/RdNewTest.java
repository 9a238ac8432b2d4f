package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.works.CouplingResult.Pair;

class RdNewTest {

	@Test
	void amersfoortIsTheOriginOfRdNew() {
		double[] rd = RdNew.fromWgs84(5.38720621, 52.15517440);
		assertThat(rd[0]).isCloseTo(155000, within(0.01));
		assertThat(rd[1]).isCloseTo(463000, within(0.01));
	}

	@Test
	void westertorenMatchesItsPublishedRdCoordinatesToWithinAMetre() {
		// Westertoren, Amsterdam: RD 120700.723, 487525.501 = WGS84 52.37453253 N, 4.88352559 E (RDNAPTRANS)
		double[] rd = RdNew.fromWgs84(4.88352559, 52.37453253);
		assertThat(rd[0]).isCloseTo(120700.723, within(1.0));
		assertThat(rd[1]).isCloseTo(487525.501, within(1.0));
		double[] wgs = RdNew.toWgs84(120700.723, 487525.501);
		assertThat(wgs[0]).isCloseTo(4.88352559, within(0.00002));
		assertThat(wgs[1]).isCloseTo(52.37453253, within(0.00001));
	}

	@Test
	void roundTripMovesAPointByLessThanTenCentimetres() {
		for (double x = 20000; x < 280000; x += 20000) {
			for (double y = 310000; y < 620000; y += 20000) {
				double[] wgs = RdNew.toWgs84(x, y);
				double[] back = RdNew.fromWgs84(wgs[0], wgs[1]);
				assertThat(Math.hypot(back[0] - x, back[1] - y)).as("at %s %s", x, y).isLessThan(0.1);
			}
		}
	}

	@Test
	void rdNewAndWgs84InputGiveTheSamePairs() {
		ByteArrayOutputStream rd = new ByteArrayOutputStream();
		ByteArrayOutputStream wgs = new ByteArrayOutputStream();
		SyntheticPortfolio.write(3000, 11, true, rd);
		SyntheticPortfolio.write(3000, 11, false, wgs);
		CouplingEngine engine = new CouplingEngine(CouplingRule.defaults());

		List<Task> fromRd = GeoJsonTaskReader.read(new ByteArrayInputStream(rd.toByteArray()));
		List<Task> fromWgs = GeoJsonTaskReader.read(new ByteArrayInputStream(wgs.toByteArray()));
		CouplingResult a = engine.couple(fromRd);
		CouplingResult b = engine.couple(fromWgs);

		assertThat(a.pairs()).hasSizeGreaterThan(300);
		Map<String, Pair> byKey = b.pairs().stream().collect(Collectors.toMap(p -> p.a() + "|" + p.b(), Function.identity()));
		Map<String, Task> tasks = fromRd.stream().collect(Collectors.toMap(Task::id, Function.identity()));
		int compared = 0;
		for (Pair p : a.pairs()) {
			double reach = engine.rule().buffer(tasks.get(p.a()).type()) + engine.rule().buffer(tasks.get(p.b()).type());
			if (reach - p.distanceMetres() < 0.1) {
				continue; // within the conversion's error of the boundary
			}
			Pair q = byKey.get(p.a() + "|" + p.b());
			assertThat(q).as("pair %s", p).isNotNull();
			assertThat(q.severity()).isEqualTo(p.severity());
			assertThat(q.distanceMetres()).isCloseTo(p.distanceMetres(), within(0.1));
			compared++;
		}
		assertThat(b.pairs().size()).isCloseTo(a.pairs().size(), within(3));
		assertThat(compared).isGreaterThan(a.pairs().size() * 99 / 100);
	}
}
