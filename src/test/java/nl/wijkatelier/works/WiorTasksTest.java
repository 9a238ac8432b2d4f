package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class WiorTasksTest {

	private static final String RECORD = """
			{"wiorNummer": "W1", "projectnaam": "%s", "beschrijving": "", "datumStartUitvoering": "%s",
			 "datumEindeUitvoering": "%s", "geometrie": {"type": "LineString", "coordinates": [[4.9, 52.37], [4.901, 52.37]]}}""";

	private static List<Task> read(String json) {
		return WiorTasks.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsAmsterdamRegisterRecordsWithTheirExecutionAsWindow() {
		List<Task> tasks = read("[" + RECORD.formatted("Kerkstraat rioolvervanging", "2024-03-04", "2024-03-08") + "]");

		assertThat(tasks).singleElement().satisfies(t -> {
			assertThat(t.id()).isEqualTo("W1");
			assertThat(t.type()).isEqualTo(TaskType.SEWER_REPLACEMENT);
			assertThat(t.durationDays()).isEqualTo(5);
			assertThat(t.geometry().orElseThrow().getLength()).isBetween(60.0, 75.0);
		});
	}

	@Test
	void readsTheSharedSampleIfPresent() throws Exception {
		Path sample = Path.of("/work/shared/data/works/amsterdam_wior_sample.json");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(sample));
		try (InputStream in = Files.newInputStream(sample)) {
			assertThat(WiorTasks.read(in)).extracting(Task::type).contains(TaskType.ELECTRICITY_GRID, TaskType.ROAD_REDESIGN);
		}
	}

	@Test
	void reportsAnEndBeforeTheStartUnderTheRegistersFieldName() {
		PortfolioImportException ex = org.assertj.core.api.Assertions.catchThrowableOfType(PortfolioImportException.class,
				() -> read("[" + RECORD.formatted("Gas", "2024-03-08", "2024-03-01") + "]"));

		assertThat(ex.errors()).extracting(ImportError::field).containsExactly("datumEindeUitvoering");
	}
}
