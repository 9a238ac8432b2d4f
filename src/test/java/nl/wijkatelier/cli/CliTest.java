package nl.wijkatelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line runs on files with no server and no database. */
class CliTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void couplesAGeneratedPortfolioIntoTheIssuesJsonShape() throws Exception {
		Path tasks = dir.resolve("tasks.geojson");
		Path pots = dir.resolve("pots.csv");
		assertThat(run("generate", "--tasks", "2000", "--seed", "5", "--out", tasks.toString(), "--pots", pots.toString())).isZero();

		int code = run("couple", "--tasks", tasks.toString(), "--pots", pots.toString(), "--timings");

		assertThat(code).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("tasks").asInt()).isEqualTo(2000);
		JsonNode pair = json.get("pairs").get(0);
		assertThat(pair.propertyNames()).containsExactly("a", "b", "severity", "distanceMetres", "overlapDays", "potentialSaving");
		assertThat(pair.get("a").asString()).isLessThan(pair.get("b").asString());
		assertThat(json.get("clusters").get(0).propertyNames()).containsExactly("tasks", "potentialSaving");
		assertThat(json.get("nearMisses").get(0).propertyNames()).containsExactly("a", "b", "gapDays");
		assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(4)
				.allMatch(l -> l.matches("phase=(read|index|join|write) ms=\\d+"));
	}

	@Test
	void writesCsvGeoJsonAndHtmlToAFile() throws Exception {
		Path tasks = dir.resolve("tasks.geojson");
		run("generate", "--tasks", "500", "--seed", "2", "--crs", "rd", "--out", tasks.toString());
		for (String format : new String[] {"csv", "geojson", "html"}) {
			Path result = dir.resolve("result." + format);
			assertThat(run("couple", "--tasks", tasks.toString(), "--format", format, "--out", result.toString())).isZero();
			assertThat(Files.size(result)).isGreaterThan(200);
		}
		assertThat(Files.readString(dir.resolve("result.csv"))).startsWith("kind,a,b,severity");
		assertThat(Files.readString(dir.resolve("result.html"))).contains("<table>", "lang=\"en\"");
	}

	@Test
	void answersBadInputWithExitCodeTwoAndTheErrorList() throws Exception {
		Path tasks = dir.resolve("bad.geojson");
		Files.writeString(tasks, """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "geometry": null, "properties": {"id": "A", "title": "x", "owner": "o", "type": "FIBRE",
				  "earliestStart": "2027-01-01", "latestEnd": "2026-01-01", "durationDays": 0, "cost": 10, "shareableCost": 5}},
				 {"type": "Feature", "geometry": null, "properties": {"id": "B", "owner": "o", "type": "FIBRE",
				  "earliestStart": "2027-01-01", "latestEnd": "2027-02-01", "durationDays": 3, "cost": 10, "shareableCost": 5}}]}""");

		int code = run("couple", "--tasks", tasks.toString());

		assertThat(code).isEqualTo(2);
		assertThat(out.size()).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(
				"feature 1, id A, field latestEnd: the window ends (2026-01-01) before it starts (2027-01-01)",
				"feature 1, id A, field durationDays: must be at least 1 day",
				"feature 2, id B, field title: is required");
	}

	@Test
	void unknownPotInFundingIsBadInput() throws Exception {
		Path tasks = dir.resolve("tasks.geojson");
		Path pots = dir.resolve("pots.csv");
		run("generate", "--tasks", "50", "--seed", "9", "--out", tasks.toString());
		Files.writeString(pots, "pot,owner,portfolioHolder,year,amount,themes,taskTypes,deadline\nOther,G,W,2027,10,,,\n");

		assertThat(run("couple", "--tasks", tasks.toString(), "--pots", pots.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no pot");
	}

	@Test
	void unknownOptionIsBadInput() {
		assertThat(run("couple", "--tasks", "x.geojson", "--fast")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option: --fast");
	}

	@Test
	void readsTheWiorRegisterThroughAMappingFile() throws Exception {
		Path wior = dir.resolve("wior.json");
		try (var in = CliTest.class.getResourceAsStream("/fixtures/wior/amsterdam-wior-export.json")) {
			Files.write(wior, in.readAllBytes());
		}
		Path mapping = dir.resolve("mapping.csv");
		Path result = dir.resolve("couplings.json");

		Files.writeString(mapping, "field,value,outcome\ntypeWerkzaamheden,Vervanging,WATER_MAIN\n");
		assertThat(run("couple", "--input", "wior", "--tasks", wior.toString(), "--mapping", mapping.toString(), "--out",
				result.toString())).isZero();
		assertThat(JsonMapper.builder().build().readTree(result.toFile()).get("tasks").asInt()).isEqualTo(1);

		assertThat(run("couple", "--input", "wior", "--tasks", wior.toString(), "--out", result.toString())).isZero();
		assertThat(JsonMapper.builder().build().readTree(result.toFile()).get("tasks").asInt()).isEqualTo(2);

		Files.writeString(mapping, "typeWerkzaamheden,Vervanging,SEWAGE\n");
		assertThat(run("couple", "--input", "wior", "--tasks", wior.toString(), "--mapping", mapping.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("SEWAGE");
	}

	@Test
	void readsAnotherRegistersGeoJsonThroughItsPropertiesAndMapping() throws Exception {
		Path register = dir.resolve("register.geojson");
		try (var in = CliTest.class.getResourceAsStream("/fixtures/registers/arnhem-register.geojson")) {
			Files.write(register, in.readAllBytes());
		}
		Path mapping = dir.resolve("mapping.csv");
		Path result = dir.resolve("couplings.json");
		Files.writeString(mapping, "soort,Riolering,SEWER_REPLACEMENT\nsoort,Glasvezel,FIBRE\n");
		List<String> args = List.of("couple", "--input", "register", "--tasks", register.toString(), "--mapping",
				mapping.toString(), "--register", "arnhem", "--id-field", "nr", "--type-field", "soort", "--start-field",
				"start", "--end-field", "eind", "--title-field", "omschrijving", "--out", result.toString());

		assertThat(run(args.toArray(String[]::new))).isZero();
		// and R-8 (in Utrecht: the command line knows no neighbourhood) become tasks; the rest are skipped
		assertThat(JsonMapper.builder().build().readTree(result.toFile()).get("tasks").asInt()).isEqualTo(3);

		assertThat(run("couple", "--input", "register", "--tasks", register.toString(), "--mapping", mapping.toString(),
				"--register", "WIOR", "--id-field", "nr", "--type-field", "soort", "--start-field", "start",
				"--end-field", "eind", "--title-field", "omschrijving")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--register");
		assertThat(run("couple", "--input", "register", "--tasks", register.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--mapping");
	}
}
