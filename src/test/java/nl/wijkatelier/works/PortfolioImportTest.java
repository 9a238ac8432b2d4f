package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.shared.CsvFiles;

class PortfolioImportTest {

	static final String GOOD = """
			{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[5.9195, 51.9850], [5.9210, 51.9855]]},
			 "properties": {"id": "S-1", "title": "Rioolvervanging Spijkerstraat", "owner": "Gemeente Arnhem",
			  "type": "SEWER_REPLACEMENT", "earliestStart": "2027-03-01", "latestEnd": "2028-06-30", "durationDays": 120,
			  "preferredStart": "2027-09-01", "cost": 1200000, "shareableCost": 450000.50, "themes": ["INFRASTRUCTURE"],
			  "dependsOn": [], "funding": [{"pot": "Riool", "amount": 600000}]}}""";

	private static List<Task> read(String... features) {
		String json = "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
		return GeoJsonTaskReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<ImportError> errors(String... features) {
		return catchThrowableOfType(PortfolioImportException.class, () -> read(features)).errors();
	}

	@Test
	void readsAFeatureIntoATaskInRdNew() {
		Task task = read(GOOD).get(0);

		assertThat(task.id()).isEqualTo("S-1");
		assertThat(task.shareableCostCents()).isEqualTo(450000_50L);
		assertThat(task.funding()).containsExactly(new Funding("Riool", 600000_00L));
		assertThat(task.geometry().orElseThrow().getCoordinate().x).isBetween(190000.0, 192000.0);
		assertThat(task.geometry().orElseThrow().getLength()).isBetween(100.0, 120.0);
	}

	@Test
	void listsEveryErrorWithFeatureTaskFieldAndReason() {
		String badWindow = GOOD.replace("\"S-1\"", "\"S-2\"").replace("\"2028-06-30\"", "\"2026-01-01\"");
		String badType = GOOD.replace("\"S-1\"", "\"S-3\"").replace("SEWER_REPLACEMENT", "SEWER").replace("450000.50", "2000000");
		String duplicate = GOOD;
		String badDuration = GOOD.replace("\"S-1\"", "\"S-4\"").replace("\"durationDays\": 120", "\"durationDays\": 900");
		String openRing = GOOD.replace("\"S-1\"", "\"S-5\"").replace(
				"\"LineString\", \"coordinates\": [[5.9195, 51.9850], [5.9210, 51.9855]]",
				"\"Polygon\", \"coordinates\": [[[5.9, 51.9], [5.91, 51.9], [5.91, 51.91], [5.9, 51.95]]]");
		String unknownDependency = GOOD.replace("\"S-1\"", "\"S-6\"").replace("\"dependsOn\": []", "\"dependsOn\": [\"X-9\"]");

		List<ImportError> errors = errors(GOOD, badWindow, badType, duplicate, badDuration, openRing, unknownDependency);

		assertThat(errors).extracting(ImportError::number, ImportError::taskId, ImportError::field, ImportError::code)
				.containsExactlyInAnyOrder(
						tuple(2, "S-2", "latestEnd", "windowEndsBeforeStart"),
						tuple(3, "S-3", "type", "unknownType"),
						tuple(3, "S-3", "shareableCost", "shareableExceedsCost"),
						tuple(4, "S-1", "id", "duplicateId"),
						tuple(5, "S-4", "durationDays", "durationExceedsWindow"),
						tuple(6, "S-5", "geometry", "badGeometry"),
						tuple(7, "S-6", "dependsOn", "unknownDependency"));
		assertThat(errors.get(0).describe(Locale.ENGLISH)).isEqualTo(
				"feature 2, id S-2, field latestEnd: the window ends (2026-01-01) before it starts (2027-03-01)");
		assertThat(errors.get(0).describe(Locale.forLanguageTag("nl"))).contains("de periode eindigt");
	}

	@Test
	void namesTheLineOfMalformedJson() {
		List<ImportError> errors = errors(GOOD, "{\"type\": \"Feature\", \"properties\": {\"id\": ");

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo("malformedJson");
			assertThat(e.number()).isEqualTo(2);
		});
	}

	@Test
	void rejectsADependencyCycle() {
		String a = GOOD.replace("\"dependsOn\": []", "\"dependsOn\": [\"S-2\"]");
		String b = GOOD.replace("\"S-1\"", "\"S-2\"").replace("\"dependsOn\": []", "\"dependsOn\": [\"S-1\"]");

		assertThat(errors(a, b)).singleElement().extracting(ImportError::code).isEqualTo("dependencyCycle");
	}

	@Test
	void rejectsRdCoordinatesOutsideTheNetherlands() {
		String json = """
				{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
				 "features": [%s]}""".formatted(GOOD);

		List<ImportError> errors = catchThrowableOfType(PortfolioImportException.class,
				() -> GeoJsonTaskReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).errors();

		assertThat(errors).extracting(ImportError::code).containsExactly("outsideRd");
	}

	@Test
	void exportedTasksReadBackTheSame() {
		List<Task> tasks = read(GOOD);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GeoJsonTaskWriter.write(tasks, out);

		Task back = GeoJsonTaskReader.read(new ByteArrayInputStream(out.toByteArray())).get(0);

		assertThat(back.withGeometry(Optional.empty())).isEqualTo(tasks.get(0).withGeometry(Optional.empty()));
		assertThat(back.geometry().orElseThrow().distance(tasks.get(0).geometry().orElseThrow())).isLessThan(0.05);
	}

	@Test
	void potsCsvListsEveryBrokenLine() {
		String csv = """
				pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline
				Riool,Gemeente Arnhem,Wethouder Openbare Ruimte,2027,800000,INFRASTRUCTURE,SEWER_REPLACEMENT;ROAD_REDESIGN,
				Riool,Gemeente Arnhem,Wethouder Openbare Ruimte,2027,900000,INFRASTRUCTURE,SEWER_REPLACEMENT;ROAD_REDESIGN,
				Groen,Gemeente Arnhem,Wethouder Groen,twenty,-5,GREENERY,TREES,2029-02-30
				""";

		List<ImportError> errors = catchThrowableOfType(PortfolioImportException.class,
				() -> BudgetPotCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))).errors();

		assertThat(errors).extracting(ImportError::number, ImportError::field, ImportError::code).containsExactlyInAnyOrder(
				tuple(4, "year", "badYear"),
				tuple(4, "amount", "negative"),
				tuple(4, "taskTypes", "unknownType"),
				tuple(4, "deadline", "badDate"),
				tuple(3, "year", "duplicateYear"));
	}

	@Test
	void potsCsvRoundTrips() {
		List<BudgetPot> pots = SyntheticPortfolio.pots();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BudgetPotCsv.write(pots, out);

		assertThat(BudgetPotCsv.read(new ByteArrayInputStream(out.toByteArray()))).containsExactlyElementsOf(pots);
	}

	/** A download (byte-order mark, semicolons for Dutch Excel, decimal commas) reads back as the same pots. */
	@Test
	void potsDownloadedForDutchExcelReadBack() {
		List<BudgetPot> pots = SyntheticPortfolio.pots();
		for (CsvFiles.Separator separator : CsvFiles.Separator.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			BudgetPotCsv.download(pots, separator, out);
			byte[] bytes = out.toByteArray();

			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + String.join(
					String.valueOf(separator.character()), BudgetPotCsv.HEADER));
			assertThat(BudgetPotCsv.read(new ByteArrayInputStream(bytes))).as(separator.name())
					.containsExactlyElementsOf(pots);
		}
	}

	@Test
	void aDeeplyNestedGeoJsonIsNamedByLineAndDepthNeverByTheReadersSettings() {
		String deep = GOOD.replace("[[5.9195, 51.9850], [5.9210, 51.9855]]",
				"[".repeat(5000) + "1" + "]".repeat(5000));

		List<ImportError> errors = errors(deep);

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo("tooDeepJson");
			for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
				assertThat(e.describe(locale)).doesNotContain("StreamReadConstraints").doesNotContain("getMaxNestingDepth")
						.doesNotContain("jackson").doesNotContain("Exception").containsPattern("\\d");
			}
			assertThat(e.describe(Locale.forLanguageTag("nl"))).contains("genest");
		});
	}

	@Test
	void malformedJsonNamesLineAndCharacterWithoutTheReadersMessage() {
		List<ImportError> errors = errors(GOOD, "{\"type\": \"Feature\", \"properties\": {\"id\": }");

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo("malformedJson");
			assertThat(e.describe(Locale.ENGLISH)).contains("line").doesNotContain("Unexpected character")
					.doesNotContain("code ");
		});
	}

	@Test
	void aBrokenQuoteInThePotsCsvNamesItsLineAndHowToWriteQuotes() {
		String csv = """
				pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline
				Riool,Gemeente Arnhem,Wethouder Openbare Ruimte,2027,800000,INFRASTRUCTURE,SEWER_REPLACEMENT,
				"Groen" en blauw,Gemeente Arnhem,Wethouder Groen,2027,5000,GREENERY,TREES,
				""";

		List<ImportError> errors = catchThrowableOfType(PortfolioImportException.class,
				() -> BudgetPotCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))).errors();

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo("unreadableCsv");
			assertThat(e.number()).isEqualTo(3);
			for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
				assertThat(e.describe(locale)).contains("3").contains("\"\"").doesNotContain("org.apache")
						.doesNotContain("CSVException").doesNotContain("Exception");
			}
		});
	}

	@Test
	void potsCsvWritesFormulaLikeTextAsTextAndReadsItBack() {
		BudgetPot pot = new BudgetPot("=HYPERLINK(\"http://evil.example\")", "@Gemeente", "+Wethouder",
				new TreeMap<>(Map.of(2027, 1250_00L)), Set.of("INFRASTRUCTURE"),
				Set.of(TaskType.SEWER_REPLACEMENT), Optional.empty());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BudgetPotCsv.write(List.of(pot), out);
		String written = out.toString(StandardCharsets.UTF_8);

		assertThat(written).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").contains("'@Gemeente")
				.contains("'+Wethouder").contains(",1250,");
		assertThat(BudgetPotCsv.read(new ByteArrayInputStream(out.toByteArray()))).containsExactly(pot);
	}
}
