package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.context.MessageSourceResolvable;

import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.InvalidInputException;

/** Reading another register's GeoJSON: the choices of properties, every reason to skip a feature, and bad files. */
class RegisterFeaturesTest {

	private static final RegisterSource ARNHEM = new RegisterSource("arnhem", "nr", "soort", "organisatie", "start",
			"eind", "omschrijving", "", RegisterSource.Crs.AUTO);
	private static final WorkTypeMapping MAPPING = WorkTypeMapping.read("""
			soort,Riolering,SEWER_REPLACEMENT
			soort,Glasvezel,FIBRE
			soort,Vervallen,SKIP
			""");
	/** The Spijkerkwartier, roughly, as a neighbourhood boundary in RD New. */
	private static final Geometry SPIJKERKWARTIER = GeoJsonGeometry.fromWgs84Json("""
			{"type": "Polygon", "coordinates": [[[5.905, 51.980], [5.925, 51.980], [5.925, 51.992], [5.905, 51.992],
			[5.905, 51.980]]]}""").orElseThrow();

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = RegisterFeaturesTest.class.getResourceAsStream("/fixtures/registers/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void readsTheRegistersOwnPropertiesAndSkipsEveryOtherFeatureWithItsReason() throws IOException {
		WiorTasks.Reading reading = RegisterFeatures.read(fixture("arnhem-register.geojson"), ARNHEM, MAPPING,
				RegisterFeatures.Owners.always("Gemeente"), Optional.of(SPIJKERKWARTIER));

		assertThat(reading.tasks()).extracting(t -> t.registerId() + " " + t.task().type() + " " + t.task().title())
				.containsExactly("R-1 SEWER_REPLACEMENT Riolering Spijkerstraat", "R-2 FIBRE Glasvezel Mauritsstraat");
		Task sewer = reading.tasks().get(0).task();
		assertThat(sewer.earliestStart()).isEqualTo(LocalDate.of(2028, 3, 1));
		assertThat(sewer.latestEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
		assertThat(sewer.durationDays()).isEqualTo(122);
		assertThat(sewer.owner()).isEqualTo("Gemeente");
		// stored in RD New: Arnhem lies some 36 km east and 18 km south of Amersfoort
		Coordinate c = sewer.geometry().orElseThrow().getCoordinates()[0];
		assertThat(c.x).isBetween(189_000.0, 193_000.0);
		assertThat(c.y).isBetween(442_000.0, 447_000.0);
		assertThat(reading.tasks().get(1).task().earliestStart()).isEqualTo(LocalDate.of(2028, 4, 1));

		Map<Integer, String> reasons = reading.skipped().stream()
				.collect(Collectors.toMap(WiorTasks.Skipped::number, s -> s.code() + " " + s.arguments().stream()
						.map(a -> a instanceof MessageSourceResolvable r ? r.getCodes()[0] : a).toList()));
		assertThat(reasons.remove(9)).startsWith("badGeometry [");
		assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
				Map.entry(3, "missingId [nr]"),
				Map.entry(4, "duplicateId [nr, 1]"),
				Map.entry(5, "unmappedType [soort, Kabels]"),
				Map.entry(6, "badDate [start, 2028-02-31, yyyy-MM-dd]"),
				Map.entry(7, "endBeforeStart [2028-03-01, 2028-06-30]"),
				Map.entry(8, "outsideNeighbourhood []"),
				Map.entry(10, "byRule [soort, Vervallen]"),
				Map.entry(11, "outsideRd []"),
				Map.entry(12, "missingType [soort]"),
				Map.entry(13, "missingDate [start]"),
				Map.entry(14, "invalid [title, works.error.tooLong]")));
	}

	@Test
	void withoutABoundaryOnlyTheRdAreaLimitsWhereAFeatureMayLie() throws IOException {
		WiorTasks.Reading reading = RegisterFeatures.read(fixture("arnhem-register.geojson"), ARNHEM, MAPPING,
				RegisterFeatures.Owners.always("Gemeente"), Optional.empty());

		assertThat(reading.tasks()).extracting(WiorTasks.RegisterTask::registerId).containsExactly("R-1", "R-2", "R-8");
		assertThat(reading.skipped()).extracting(WiorTasks.Skipped::code).contains("outsideRd")
				.doesNotContain("outsideNeighbourhood");
	}

	@Test
	void anOrganisationThatNamesAPartyTheImporterDoesNotActForIsSkipped() throws IOException {
		RegisterFeatures.Owners owners = organisation -> "Aannemer Oost".equals(organisation) ? Optional.empty()
				: Optional.of("Gemeente");

		WiorTasks.Reading reading = RegisterFeatures.read(fixture("arnhem-register.geojson"), ARNHEM, MAPPING, owners,
				Optional.of(SPIJKERKWARTIER));

		assertThat(reading.tasks()).extracting(WiorTasks.RegisterTask::registerId).containsExactly("R-2");
		assertThat(reading.skipped()).filteredOn(s -> s.number() == 1).singleElement()
				.satisfies(s -> assertThat(s.code() + " " + s.arguments())
						.isEqualTo("ownerNotYours [organisatie, Aannemer Oost]"));
	}

	@Test
	void readsCopenhagensRealDigPermitsWithTheirDatePatternAndFindsTheyLieOutsideTheNetherlands() throws IOException {
		RegisterSource copenhagen = new RegisterSource("KBH-GRAVE", "sagsnr", "kategori", "bygherre", "projekt_start",
				"projekt_slut", "lokation", "dd-MM-yy", RegisterSource.Crs.AUTO);
		WorkTypeMapping mapping = WorkTypeMapping.read("""
				kategori,Brolægningsarbejder,ROAD_MAINTENANCE
				kategori,Vand,WATER_MAIN
				kategori,Asfaltarbejder,ROAD_MAINTENANCE
				kategori,Midlertidig Overkørsel,OTHER
				""");

		WiorTasks.Reading reading = RegisterFeatures.read(fixture("copenhagen-dig-permits.json"), copenhagen, mapping,
				RegisterFeatures.Owners.always("Gemeente"), Optional.empty());

		assertThat(reading.tasks()).isEmpty();
		assertThat(reading.skipped()).extracting(s -> s.number() + " " + s.registerId() + " " + s.code())
				.containsExactly("1 792947 outsideRd", "2 792947 duplicateId", "3 672255 outsideRd",
						"4 745466 outsideRd", "5 645629 outsideRd", "6 645629 duplicateId");

		// the same permits with their dates written the wrong way round are skipped for their dates first
		RegisterSource iso = new RegisterSource("KBH-GRAVE", "sagsnr", "kategori", "", "projekt_start", "projekt_slut",
				"lokation", "", RegisterSource.Crs.AUTO);
		assertThat(RegisterFeatures.read(fixture("copenhagen-dig-permits.json"), iso, mapping,
				RegisterFeatures.Owners.always("Gemeente"), Optional.empty()).skipped())
				.filteredOn(s -> s.number() == 1).singleElement()
				.satisfies(s -> assertThat(s.code() + " " + s.arguments()).isEqualTo(
						"badDate [projekt_start, 30-11-25, yyyy-MM-dd]"));
	}

	@Test
	void readsRdNewFromTheCrsMemberOrTheImportersChoice() {
		String rd = """
				{"type": "FeatureCollection", %s "features": [{"type": "Feature", "id": "F-1",
				  "properties": {"soort": "Riolering", "start": "2028-03-01", "eind": "2028-03-31"},
				  "geometry": {"type": "LineString", "coordinates": [[191000, 444500], [191050, 444500]]}}]}""";
		RegisterSource byId = new RegisterSource("rd", "id", "soort", "", "start", "eind", "omschrijving", "",
				RegisterSource.Crs.AUTO);
		String member = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}},";

		WiorTasks.Reading fromMember = RegisterFeatures.read(rd.formatted(member).getBytes(StandardCharsets.UTF_8), byId,
				MAPPING, RegisterFeatures.Owners.always("Gemeente"), Optional.empty());
		WiorTasks.Reading fromChoice = RegisterFeatures.read(rd.formatted("").getBytes(StandardCharsets.UTF_8),
				new RegisterSource("rd", "id", "soort", "", "start", "eind", "omschrijving", "", RegisterSource.Crs.RD_NEW),
				MAPPING, RegisterFeatures.Owners.always("Gemeente"), Optional.empty());
		WiorTasks.Reading asWgs84 = RegisterFeatures.read(rd.formatted("").getBytes(StandardCharsets.UTF_8), byId,
				MAPPING, RegisterFeatures.Owners.always("Gemeente"), Optional.empty());

		for (WiorTasks.Reading reading : List.of(fromMember, fromChoice)) {
			Task task = reading.tasks().get(0).task();
			assertThat(task.id()).isEqualTo("F-1");
			assertThat(task.title()).isEqualTo("F-1");
			assertThat(task.geometry().orElseThrow().getCoordinates()[0]).isEqualTo(new Coordinate(191000, 444500));
		}
		assertThat(asWgs84.tasks()).isEmpty();
		assertThat(asWgs84.skipped()).extracting(WiorTasks.Skipped::code).containsExactly("notWgs84");
	}

	@Test
	void refusesWholeFilesThatAreNotJsonNotAFeatureCollectionTooLargeOrInAnUnknownSystem() {
		assertThat(refusal("{\"type\": \"FeatureCollection\", \"features\": [")).isEqualTo("malformedJson");
		assertThat(refusal("[{\"nr\": 1}]")).isEqualTo("notFeatureCollection");
		assertThat(refusal("{\"type\": \"Feature\", \"properties\": {}}")).isEqualTo("notFeatureCollection");
		assertThat(refusal("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": "
				+ "{\"name\": \"EPSG:31370\"}}, \"features\": []}")).isEqualTo("unknownCrs");
		String feature = "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}";
		String tooMany = "{\"type\": \"FeatureCollection\", \"features\": ["
				+ String.join(",", Collections.nCopies(RegisterFeatures.MAX_FEATURES + 1, feature)) + "]}";
		assertThat(refusal(tooMany)).isEqualTo("register.tooManyFeatures");
	}

	private static String refusal(String file) {
		try {
			RegisterFeatures.read(file.getBytes(StandardCharsets.UTF_8), ARNHEM, MAPPING,
					RegisterFeatures.Owners.always("Gemeente"), Optional.empty());
		}
		catch (PortfolioImportException ex) {
			return ex.errors().get(0).code();
		}
		return "read";
	}

	@Test
	void theChoicesNameEveryFaultAndWiorIsNotAGeoJsonRegister() {
		RegisterSource bad = new RegisterSource("WIOR", "", "soort type", "", "start", "eind", "omschrijving", "qq-MM",
				RegisterSource.Crs.AUTO);

		assertThatThrownBy(() -> bad.check(new Checks()).throwIfAny()).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.violations())
						.extracting(v -> v.field() + " " + v.messageKey()).containsExactlyInAnyOrder(
								"register works.error.source.wiorReserved", "idField error.required",
								"typeField works.error.source.badField", "datePattern works.error.source.badDatePattern"));
		assertThat(RegisterSource.crs("rd")).isEqualTo(RegisterSource.Crs.RD_NEW);
		assertThat(RegisterSource.crs("EPSG:4326")).isEqualTo(RegisterSource.Crs.WGS84);
		assertThat(new RegisterSource("gipod", "a", "b", "", "c", "d", "e", "", null).key()).isEqualTo("GIPOD");
	}
}
