package nl.wijkatelier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkatelier.programme.CbsKeyFigures;
import nl.wijkatelier.programme.CbsRegionBoundaries;
import nl.wijkatelier.programme.KeyFigures;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodDetails;
import nl.wijkatelier.programme.Programme;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.CbsCode;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.support.Http;
import nl.wijkatelier.support.People;
import nl.wijkatelier.support.WijkatelierTest;

/**
 * The programme map places each neighbourhood by the best that is known of it, and says which: in a programme of
 * the test's own, one neighbourhood of each kind.
 */
@WijkatelierTest
class ProgrammeMapTest {

	private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[5.90,51.98],[5.92,51.98],"
			+ "[5.92,52.00],[5.90,52.00],[5.90,51.98]]]}";

	@LocalServerPort
	int port;
	@Autowired
	ProgrammeCatalog catalog;
	@Autowired
	Dashboards dashboards;
	@Autowired
	CbsKeyFigures cbs;
	@Autowired
	People people;
	@Autowired
	CbsRegionBoundaries regions;

	private Programme programme;

	@BeforeEach
	void ownProgramme() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		programme = catalog.startProgramme("Kaartprogramma " + suffix, null, null);
	}

	@Test
	void placesEachNeighbourhoodByTheBestThatIsKnownOfIt() {
		// Its own boundary wins over its code (the Spijkerkwartier lies elsewhere in the square's corner).
		register("Met grens", List.of("WK020202"), "GM0202", SQUARE);
		register("Met codes", List.of("WK020214", "WK020215"), "GM0202", null);
		Neighbourhood withTasks = register("Met opgaven", List.of(), "GM0202", null);
		register("Alleen gemeente", List.of(), "GM0268", null);
		register("Ook alleen gemeente", List.of(), "GM0268", null);
		register("Heel Nijmegen", List.of("GM0268"), "GM0268", null);
		register("Nergens", List.of(), "GM0363", null);
		importTaskAlong(withTasks, 5.92, 51.9850, 5.92, 51.9856);

		Map<String, ProgrammeDashboard.Row> rows = dashboards.programme(programme, Locale.forLanguageTag("nl")).rows().stream()
				.collect(Collectors.toMap(ProgrammeDashboard.Row::name, Function.identity()));

		MapPoint own = rows.get("Met grens").location().orElseThrow();
		assertThat(own.source()).isEqualTo(MapPoint.Source.BOUNDARY);
		assertThat(own.lon()).isCloseTo(5.91, within(1e-9));
		assertThat(own.lat()).isCloseTo(51.99, within(1e-9));
		assertThat(rows.get("Met grens").boundary()).isPresent();

		MapPoint codes = rows.get("Met codes").location().orElseThrow();
		assertThat(codes.source()).isEqualTo(MapPoint.Source.CBS_AREAS);
		// Heijenoord/Lombok and Klingelbeek e.o., west of Arnhem's centre
		assertThat(codes.lon()).isBetween(5.863, 5.894);
		assertThat(codes.lat()).isBetween(51.975, 51.996);
		assertThat(rows.get("Met codes").boundary()).as("only a stored boundary is drawn").isEmpty();
		assertThat(rows.get("Met codes").areas())
				.containsExactly("WK020214 \u2014 Heijenoord/Lombok", "WK020215 \u2014 Klingelbeek e.o.");

		MapPoint tasks = rows.get("Met opgaven").location().orElseThrow();
		assertThat(tasks.source()).isEqualTo(MapPoint.Source.TASKS);
		// the middle of the one task's line, back from RD New to WGS84 (about a metre)
		assertThat(tasks.lon()).isCloseTo(5.92, within(2e-5));
		assertThat(tasks.lat()).isCloseTo(51.9853, within(2e-5));

		MapPoint nijmegen = rows.get("Alleen gemeente").location().orElseThrow();
		MapPoint alsoNijmegen = rows.get("Ook alleen gemeente").location().orElseThrow();
		MapPoint wholeNijmegen = rows.get("Heel Nijmegen").location().orElseThrow();
		assertThat(nijmegen.source()).isEqualTo(MapPoint.Source.MUNICIPALITY);
		assertThat(nijmegen.approximate()).isTrue();
		assertThat(alsoNijmegen.source()).isEqualTo(MapPoint.Source.MUNICIPALITY);
		assertThat(wholeNijmegen.source()).isEqualTo(MapPoint.Source.CBS_AREAS);
		assertThat(wholeNijmegen.approximate()).isFalse();
		// All three would sit on Nijmegen's centre: one stays, the others move about a kilometre around it.
		double[] centre = regions.centroid(List.of(new CbsCode("GM0268"))).orElseThrow();
		assertThat(centre[0]).isBetween(5.75, 5.91);
		assertThat(centre[1]).isBetween(51.79, 51.90);
		List<MapPoint> three = List.of(nijmegen, alsoNijmegen, wholeNijmegen);
		for (MapPoint p : three) {
			assertThat(Math.hypot(p.lat() - centre[1], p.lon() - centre[0])).isLessThan(0.0121);
			for (MapPoint q : three) {
				if (p != q) {
					assertThat(Math.hypot(p.lat() - q.lat(), p.lon() - q.lon())).isGreaterThan(0.01);
				}
			}
		}

		// Amsterdam's wijken are not shipped: nothing places it, and the list beside the map says so
		assertThat(rows.get("Nergens").location()).isEmpty();
		String page = Http.api(port).get("/programmes/" + programme.slug() + "/dashboard").body();
		assertThat(page).contains("op de eigen grens van de wijk",
				"op het midden van de CBS-gebieden WK020214 \u2014 Heijenoord/Lombok, WK020215 \u2014 Klingelbeek e.o.",
				"op het midden van de opgaven van de wijk", "bij benadering op het midden van de gemeente",
				"niet op de kaart");
	}

	@Test
	void sumsTheFiguresOfAllItsAreas() {
		Neighbourhood two = register("Twee wijken", List.of("WK020214", "WK020215"), "GM0202", null);
		KeyFigures heijenoord = cbs.of(new CbsCode("WK020214")).orElseThrow();
		KeyFigures klingelbeek = cbs.of(new CbsCode("WK020215")).orElseThrow();

		NeighbourhoodDashboard dashboard = dashboards.neighbourhood(two.id(), Locale.forLanguageTag("nl"));

		assertThat(dashboard.figures().inhabitants())
				.contains(heijenoord.inhabitants().getAsLong() + klingelbeek.inhabitants().getAsLong());
		assertThat(dashboard.figures().homes()).contains(heijenoord.homes().getAsLong() + klingelbeek.homes().getAsLong());
		// not the first area's figures alone
		assertThat(dashboard.figures().inhabitants()).isNotEqualTo(Optional.of(heijenoord.inhabitants().getAsLong()));
	}

	private Neighbourhood register(String name, List<String> codes, String municipality, String boundary) {
		return catalog.registerNeighbourhood(programme.id(), new NeighbourhoodDetails(name, Optional.empty(),
				cbs.name(new CbsCode(municipality)).orElse("Amsterdam"), Optional.of(new CbsCode(municipality)), null,
				null, boundary, false, codes.stream().map(CbsCode::new).toList()));
	}

	private void importTaskAlong(Neighbourhood neighbourhood, double lon1, double lat1, double lon2, double lat2) {
		String owner = "Netbeheerder " + neighbourhood.id().value().toString().substring(0, 8);
		catalog.registerParty(programme.id(), Optional.of(neighbourhood.id()), owner, PartyType.GRID_OPERATOR, null,
				false);
		String task = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "geometry": {"type": "LineString", "coordinates": [[%s, %s], [%s, %s]]},
				 "properties": {"id": "KAART-1", "title": "Kabel", "owner": "%s", "type": "SEWER_REPLACEMENT",
				  "earliestStart": "2027-01-01", "latestEnd": "2027-12-31", "durationDays": 30, "cost": 100000,
				  "shareableCost": 40000, "themes": ["INFRASTRUCTURE"]}}]}""".formatted(lon1, lat1, lon2, lat2, owner);
		Http.Response imported = Http.api(port).withToken(people.admin().token())
				.post("/api/v1/neighbourhoods/" + neighbourhood.id() + "/tasks", "application/geo+json", task);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
	}
}
