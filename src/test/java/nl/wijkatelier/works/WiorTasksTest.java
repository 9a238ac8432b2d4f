package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class WiorTasksTest {

	private static final String RECORD = """
			{"id": "%s", "wiorNummer": "%s", "projectnaam": "%s", "beschrijving": "", "datumStartUitvoering": "%s",
			 "datumEindeUitvoering": "%s", "hoofdstatus": "%s", "typeWerkzaamheden": "%s",
			 "geometrie": {"type": "LineString", "coordinates": [[4.9, 52.37], [4.901, 52.37]]}}""";

	private static String record(String number, String name, String status, String type) {
		return RECORD.formatted("id-" + number, number, name, "2024-03-04", "2024-03-08", status, type);
	}

	private static WiorTasks.Reading read(String json) {
		return WiorTasks.read(json.getBytes(StandardCharsets.UTF_8), WorkTypeMapping.wiorDefaults(), "Gemeente");
	}

	private static InputStream fixture(String name) {
		return WiorTasksTest.class.getResourceAsStream("/fixtures/wior/" + name);
	}

	@Test
	void takesTheTypeFromTheRegistersOwnFieldsNeverFromWordsInTheTitle() {
		WiorTasks.Reading reading = read("[" + record("W1", "Gasthuisstraat: gasleiding en riool", "Uitvoering", "Herinrichting")
				+ "," + record("W2", "Onderhoud Gasthuismolensteeg", "Voorbereiding", "Onderhoud") + "]");

		assertThat(reading.tasks()).extracting(t -> t.task().id() + " " + t.task().type())
				.containsExactly("W1 ROAD_REDESIGN", "W2 ROAD_MAINTENANCE");
		assertThat(reading.tasks()).allSatisfy(t -> {
			assertThat(t.task().durationDays()).isEqualTo(5);
			assertThat(t.task().owner()).isEqualTo("Gemeente");
			assertThat(t.task().geometry().orElseThrow().getLength()).isBetween(60.0, 75.0);
		});
		assertThat(reading.tasks()).extracting(WiorTasks.RegisterTask::registerId).containsExactly("id-W1", "id-W2");
	}

	@Test
	void skipsWhatTheMappingSkipsOrDoesNotKnowAndSaysWhy() {
		WiorTasks.Reading reading = read("[" + record("W1", "Klaar", "Gereed", "Herinrichting") + ","
				+ record("W2", "Iets nieuws", "Uitvoering", "Tunnelboren") + ","
				+ record("W3", "Bomen", "Uitvoering", "Onderhoud") + "]");

		assertThat(reading.tasks()).extracting(t -> t.task().id()).containsExactly("W3");
		assertThat(reading.skipped()).extracting(s -> s.number() + " " + s.code() + " " + s.arguments())
				.containsExactly("1 byRule [hoofdstatus, Gereed]",
						"2 unmapped [hoofdstatus = 'Uitvoering', typeWerkzaamheden = 'Tunnelboren']");
	}

	@Test
	void readsTheRealAmsterdamExport() throws IOException {
		try (InputStream in = fixture("amsterdam-wior-export.json")) {
			WiorTasks.Reading reading = WiorTasks.read(List.of(in), WorkTypeMapping.wiorDefaults(), "Gemeente");

			assertThat(reading.tasks()).extracting(t -> t.task().id() + " " + t.task().type())
					.containsExactly("W22013761 OTHER", "W23007308 OTHER");
			assertThat(reading.skipped()).extracting(WiorTasks.Skipped::registerId)
					.containsExactly("003d2130-f177-49cd-8018-5e40747b6e65");
			assertThat(reading.unknownFields()).isEmpty();
		}
	}

	@Test
	void putsAPageSetInOrderByItsNextLinks() throws IOException {
		try (InputStream second = fixture("amsterdam-wior-page-2.json"); InputStream first = fixture("amsterdam-wior-page-1.json")) {
			WiorTasks.Reading reading = WiorTasks.read(List.of(second, first), WorkTypeMapping.wiorDefaults(), "Gemeente");

			assertThat(reading.tasks()).extracting(WiorTasks.RegisterTask::number).containsExactly(1, 3);
			assertThat(reading.skipped()).extracting(WiorTasks.Skipped::number).containsExactly(2);
		}
	}

	@Test
	void refusesAPageSetWithAMissingPage() throws IOException {
		try (InputStream first = fixture("amsterdam-wior-page-1.json")) {
			byte[] page = first.readAllBytes();
			String orphan = new String(page, StandardCharsets.UTF_8).replace("page_size=2\"", "page_size=2&page=0\"")
					.replace("page_size=2&page=2\"", "page_size=2&page=3\"");
			PortfolioImportException ex = catchThrowableOfType(PortfolioImportException.class,
					() -> WiorTasks.read(List.of(new ByteArrayInputStream(page), new ByteArrayInputStream(
							orphan.getBytes(StandardCharsets.UTF_8))), WorkTypeMapping.wiorDefaults(), "Gemeente"));

			assertThat(ex.errors()).extracting(ImportError::code).containsExactly("wior.notOneChain");
		}
		try (InputStream first = fixture("amsterdam-wior-page-1.json"); InputStream again = fixture("amsterdam-wior-page-1.json")) {
			String third = new String(again.readAllBytes(), StandardCharsets.UTF_8)
					.replace("page_size=2\"", "page_size=2&page=2\"").replace("page_size=2&page=2\"}, \"previous", "x");
			PortfolioImportException ex = catchThrowableOfType(PortfolioImportException.class,
					() -> WiorTasks.read(List.of(first, new ByteArrayInputStream(third.replace(
							"\"next\": {\n   \"href\": \"https://api.data.amsterdam.nl/v1/wior/wior/?_format=json&page_size=2&page=2\"",
							"\"next\": {\n   \"href\": \"https://api.data.amsterdam.nl/v1/wior/wior/?_format=json&page_size=2&page=3\"")
							.getBytes(StandardCharsets.UTF_8))), WorkTypeMapping.wiorDefaults(), "Gemeente"));

			assertThat(ex.errors()).extracting(ImportError::code).containsExactly("wior.pageMissing");
			assertThat(ex.errors().get(0).arguments()).containsExactly(
					"https://api.data.amsterdam.nl/v1/wior/wior/?_format=json&page_size=2&page=3");
		}
	}

	@Test
	void namesFieldsItDoesNotKnow() {
		WiorTasks.Reading reading = read("[" + record("W1", "Straat", "Uitvoering", "Onderhoud").replace("\"id\":",
				"\"opdrachtgever\": \"Waternet\", \"id\":") + "]");

		assertThat(reading.unknownFields()).containsEntry("opdrachtgever", List.of(1));
	}

	@Test
	void reportsAnEndBeforeTheStartUnderTheRegistersFieldName() {
		PortfolioImportException ex = catchThrowableOfType(PortfolioImportException.class, () -> read("["
				+ RECORD.formatted("a", "W1", "Gas", "2024-03-08", "2024-03-01", "Uitvoering", "Onderhoud") + "]"));

		assertThat(ex.errors()).extracting(ImportError::field).containsExactly("datumEindeUitvoering");
	}

	@Test
	void theCommandLineReadsWithTheDefaultMapping() {
		List<Task> tasks = WiorTasks.read(new ByteArrayInputStream(("[" + record("W1", "Gasthuis", "Uitvoering", "Herinrichting")
				+ "]").getBytes(StandardCharsets.UTF_8)));

		assertThat(tasks).singleElement().satisfies(t -> {
			assertThat(t.type()).isEqualTo(TaskType.ROAD_REDESIGN);
			assertThat(t.owner()).isEqualTo("WIOR");
		});
	}
}
