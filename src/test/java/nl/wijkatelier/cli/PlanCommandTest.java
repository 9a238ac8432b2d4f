package nl.wijkatelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.GeoJsonGeometry;
import nl.wijkatelier.works.GeoJsonTaskWriter;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;

/** {@code plan} on files: issue 5's JSON shape, the baseline, and exit codes 0, 2 and 3. */
class PlanCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static Task task(String id, TaskType type, String earliest, String latestEnd, int duration,
			String preferred, long shareableEuros, List<String> dependsOn, List<Funding> funding) {
		double x = 155000 + id.hashCode() % 5;
		return new Task(id, "Task " + id, "Gemeente", type, LocalDate.parse(earliest), LocalDate.parse(latestEnd),
				duration, Optional.ofNullable(preferred).map(LocalDate::parse), shareableEuros * 300,
				shareableEuros * 100, List.of(), dependsOn, funding, Optional.empty(),
				Optional.of(GeoJsonGeometry.factory().createLineString(
						new Coordinate[] {new Coordinate(x, 463000), new Coordinate(x + 40, 463000)})));
	}

	private Path write(List<Task> tasks) throws Exception {
		Path file = dir.resolve("tasks-" + System.nanoTime() + ".geojson");
		try (OutputStream o = Files.newOutputStream(file)) {
			GeoJsonTaskWriter.write(tasks, o);
		}
		return file;
	}

	@Test
	void plansTwoNeighbouringWorksTogetherAndBeatsTheBaseline() throws Exception {
		Path tasks = write(List.of(
				task("SEWER", TaskType.SEWER_REPLACEMENT, "2027-01-04", "2027-12-31", 60, "2027-03-01", 100_000, List.of(), List.of()),
				task("FIBRE", TaskType.FIBRE, "2027-01-04", "2027-12-31", 20, "2027-09-06", 30_000, List.of(), List.of())));

		int code = run("plan", "--tasks", tasks.toString(), "--seconds", "2", "--shift-cost", "10");

		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.propertyNames()).containsExactly("schedule", "packages", "totalSaving", "shiftPenalty",
				"objective", "hardViolations", "baseline");
		assertThat(json.get("schedule").get(0).propertyNames()).containsExactly("id", "start", "end");
		assertThat(json.get("packages").get(0).get("tasks").toString()).isEqualTo("[\"FIBRE\",\"SEWER\"]");
		assertThat(json.get("packages").get(0).get("saving").asLong()).isEqualTo(30_000);
		assertThat(json.get("totalSaving").asLong()).isEqualTo(30_000);
		assertThat(json.get("hardViolations").asInt()).isZero();
		assertThat(json.get("baseline").propertyNames()).containsExactly("totalSaving", "shiftPenalty", "objective",
				"feasible");
		assertThat(json.get("baseline").get("objective").asLong()).isZero();
		assertThat(json.get("objective").asDouble()).isGreaterThan(25_000);
		assertThat(json.get("schedule")).extracting(row -> row.get("id").asString())
				.containsExactlyInAnyOrder("SEWER", "FIBRE");
		for (JsonNode row : json.get("schedule")) {
			assertThat(LocalDate.parse(row.get("start").asString()).getDayOfWeek()).hasToString("MONDAY");
		}
	}

	@Test
	void answersExitThreeNamingTheRuleAndTasksWhenADependencyCannotBeMet() throws Exception {
		Path tasks = write(List.of(
				task("A", TaskType.SEWER_REPLACEMENT, "2027-01-04", "2027-03-31", 60, null, 1000, List.of(), List.of()),
				task("B", TaskType.ROAD_REDESIGN, "2027-01-04", "2027-02-28", 20, null, 1000, List.of("A"), List.of())));

		int code = run("plan", "--tasks", tasks.toString(), "--seconds", "1");

		assertThat(code).isEqualTo(3);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("dependency: A, B");
		assertThat(out.size()).isZero();
	}

	@Test
	void answersExitTwoNamingTheTaskFundedFromAnUnknownPot() throws Exception {
		Path tasks = write(List.of(
				task("A", TaskType.SEWER_REPLACEMENT, "2027-01-04", "2027-03-31", 20, null, 1000, List.of(),
						List.of(new Funding("Nergens", 100_00)))));

		int code = run("plan", "--tasks", tasks.toString(), "--seconds", "1");

		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("task A, field funding", "Nergens");
		assertThat(out.size()).isZero();
	}

	@Test
	void answersExitTwoForADependencyCycleInTheFile() throws Exception {
		Path tasks = write(List.of(
				task("A", TaskType.SEWER_REPLACEMENT, "2027-01-04", "2027-12-31", 20, null, 1000, List.of("B"), List.of()),
				task("B", TaskType.FIBRE, "2027-01-04", "2027-12-31", 20, null, 1000, List.of("A"), List.of())));

		assertThat(run("plan", "--tasks", tasks.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("A → B → A");
	}

	@Test
	void writesCsvAndHtmlAndTheObjectiveCurve() throws Exception {
		Path tasks = dir.resolve("g.geojson");
		Path pots = dir.resolve("pots.csv");
		assertThat(run("generate", "--tasks", "150", "--seed", "4", "--out", tasks.toString(), "--pots", pots.toString())).isZero();
		Path csv = dir.resolve("plan.csv");
		Path curve = dir.resolve("curve.csv");
		assertThat(run("plan", "--tasks", tasks.toString(), "--pots", pots.toString(), "--seconds", "2", "--format", "csv",
				"--searches", "2", "--out", csv.toString(), "--curve", curve.toString()))
				.as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).as("two searches print nothing on standard error").isEmpty();
		assertThat(Files.readAllLines(csv)).hasSize(151).first().isEqualTo("id,start,end,package,ridesAlong,shiftDays");
		assertThat(Files.readAllLines(curve).get(0)).isEqualTo("elapsedMillis,hardPenalty,objectiveEuros");
		Path html = dir.resolve("plan.html");
		assertThat(run("plan", "--tasks", tasks.toString(), "--pots", pots.toString(), "--seconds", "1", "--format", "html",
				"--lang", "nl", "--out", html.toString())).isZero();
		assertThat(Files.readString(html)).contains("lang=\"nl\"", "Pakketten");
	}

	@Test
	void withWeightsWritesStreetOpenDaysIntegralValueAndWeightsAndTheObjectiveFollowsTheFormula() throws Exception {
		Path tasks = write(List.of(
				task("SEWER", TaskType.SEWER_REPLACEMENT, "2027-01-04", "2027-12-31", 60, "2027-03-01", 100_000, List.of(), List.of()),
				task("FIBRE", TaskType.FIBRE, "2027-01-04", "2027-12-31", 20, "2027-09-06", 30_000, List.of(), List.of())));

		int code = run("plan", "--tasks", tasks.toString(), "--seconds", "2", "--shift-cost", "10", "--value-weight",
				"2.5", "--nuisance-cost", "100");

		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("weights").propertyNames()).containsExactly("shiftCost", "nuisanceCost", "valueWeight");
		assertThat(json.get("weights").get("shiftCost").asDouble()).isEqualTo(10);
		assertThat(json.get("weights").get("nuisanceCost").asDouble()).isEqualTo(100);
		assertThat(json.get("weights").get("valueWeight").asDouble()).isEqualTo(2.5);
		// joined, the fibre runs inside the sewer's 60 days: the street is open 60 days instead of 80
		assertThat(json.get("streetOpenDays").asLong()).isEqualTo(60);
		assertThat(json.get("baseline").get("streetOpenDays").asLong()).isEqualTo(80);
		// no themes, so the value is the street days avoided: 20 days × 10 points
		assertThat(json.get("integralValue").asLong()).isEqualTo(200);
		assertThat(json.get("packages").get(0).get("integralValue").asLong()).isEqualTo(200);
		double objective = json.get("totalSaving").asDouble() + 2.5 * json.get("integralValue").asDouble()
				- json.get("shiftPenalty").asDouble() - 100 * json.get("streetOpenDays").asDouble();
		assertThat(json.get("objective").asDouble()).isEqualTo(objective);
	}

	@Test
	void refusesANegativeWeightWithExitTwoNamingTheOption() throws Exception {
		Path tasks = write(List.of(
				task("A", TaskType.SEWER_REPLACEMENT, "2027-01-04", "2027-03-31", 20, null, 1000, List.of(), List.of())));

		assertThat(run("plan", "--tasks", tasks.toString(), "--value-weight", "-1")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--value-weight is 0 or more");
		assertThat(run("plan", "--tasks", tasks.toString(), "--nuisance-cost", "-0.01")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--nuisance-cost is 0 or more");
		assertThat(run("plan", "--tasks", tasks.toString(), "--searches", "0")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--searches must be between 1 and 64");
		assertThat(out.size()).isZero();
	}
}
