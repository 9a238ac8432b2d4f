package nl.wijkatelier.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a file straight from its bytes ({@link GeoJsonTaskReader#read(Path)}) gives what the full parser gives
 * ({@link GeoJsonTaskReader#read(java.io.InputStream)}): the same tasks for every valid file, the same errors, in the
 * same order and words, for every broken one.
 */
class GeoJsonFileReadTest {

	@TempDir
	Path dir;

	/** The outcome of one read: the tasks, or every error as the import names it in English. */
	private record Outcome(List<Task> tasks, List<String> errors) {
	}

	private static Outcome ofStream(byte[] bytes) {
		try {
			return new Outcome(GeoJsonTaskReader.read(new ByteArrayInputStream(bytes)), List.of());
		}
		catch (PortfolioImportException ex) {
			return new Outcome(List.of(), describe(ex));
		}
	}

	private Outcome ofFile(byte[] bytes) throws IOException {
		Path file = Files.write(dir.resolve("tasks.geojson"), bytes);
		try {
			return new Outcome(GeoJsonTaskReader.read(file), List.of());
		}
		catch (PortfolioImportException ex) {
			return new Outcome(List.of(), describe(ex));
		}
	}

	private static List<String> describe(PortfolioImportException ex) {
		return ex.errors().stream().map(e -> e.code() + ": " + e.describe(Locale.ENGLISH)).toList();
	}

	private static byte[] portfolio(int tasks, long seed, boolean rdNew) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SyntheticPortfolio.write(tasks, seed, rdNew, out);
		return out.toByteArray();
	}

	@ParameterizedTest
	@ValueSource(longs = {1, 2, 3, 4})
	void aValidFileGivesTheSameTasks(long seed) throws IOException {
		byte[] bytes = portfolio(400, seed, seed % 2 == 0);

		Outcome file = ofFile(bytes);

		assertThat(file.errors()).isEmpty();
		assertThat(file.tasks()).hasSize(400).isEqualTo(ofStream(bytes).tasks());
		assertThat(GeoJsonTaskReader.readPlain(new ByteArrayInputStream(bytes))).as("read straight from the bytes")
				.contains(file.tasks());
	}

	/**
	 * Read in parts, a valid file gives the same tasks as in one pass, in the same order, whatever the number of parts
	 * and wherever white space falls; and a part's end is only taken where the part before it came to exactly.
	 */
	@ParameterizedTest
	@ValueSource(ints = {2, 3, 5, 16})
	void aFileReadInPartsGivesTheSameTasks(int parts) throws IOException {
		byte[] bytes = portfolio(300, parts, parts % 2 == 0);
		String spaced = new String(bytes, StandardCharsets.UTF_8).replace(",{\"type\":\"Feature\"",
				" ,\n  { \"type\" : \"Feature\"");
		for (byte[] variant : List.of(bytes, spaced.getBytes(StandardCharsets.UTF_8))) {
			Path file = Files.write(dir.resolve("parts.geojson"), variant);

			FileParts.Outcome outcome = FileParts.read(file, parts, 0);

			assertThat(outcome.tasks()).as("read in %d parts", parts).contains(ofStream(variant).tasks());
		}
	}

	/**
	 * What looks like the start of a feature inside a title or inside a feature's properties, or the features before
	 * the collection's other members: the parts come out as one pass reads them, or the file is read in one pass.
	 */
	@Test
	void aFeatureLookalikeInsideATextIsNoPlaceToSplit() throws IOException {
		String good = new String(portfolio(200, 9, true), StandardCharsets.UTF_8);
		String lookalike = good.replace("\"title\":\"", "\"title\":\",{\\\"type\\\":\\\"Feature\\\" ")
				.replace("\"owner\":\"", "\"related\":[0,{\"type\":\"Feature\",\"id\":1}],\"owner\":\"");
		String crsLast = good.replaceFirst("\"crs\":(\\{[^}]*\\}\\}),(\"features\":.*)\\}\\s*$", "$2,\"crs\":$1}");
		assertThat(crsLast).as("the crs moved behind the features").isNotEqualTo(good).endsWith("}}}");
		for (String variant : List.of(lookalike, crsLast)) {
			byte[] bytes = variant.getBytes(StandardCharsets.UTF_8);
			Path file = Files.write(dir.resolve("lookalike.geojson"), bytes);
			assertThat(ofStream(bytes).errors()).isEmpty();
			for (int parts = 2; parts <= 40; parts += 7) {
				FileParts.Outcome outcome = FileParts.read(file, parts, 0);
				assertThat(outcome.notPlain()).isFalse();
				outcome.tasks().ifPresent(tasks -> assertThat(tasks).isEqualTo(ofStream(bytes).tasks()));
			}
			assertThat(ofFile(bytes)).isEqualTo(ofStream(bytes));
		}
	}

	/** Forms the byte reader leaves to the full parser still read, and read the same. */
	@Test
	void unusualButValidFormsGiveTheSameTasks() throws IOException {
		String good = new String(portfolio(20, 7, true), StandardCharsets.UTF_8);
		List<String> variants = List.of(
				"\uFEFF" + good,
				good.replace("\"title\":\"", "\"title\":\"Caf\u00e9 \\\"De Ster\\\" \\u00e9 "),
				good.replace("\"title\":\"", "\"title\":\"Stra\u00dfe \uD83D\uDE80 "),
				good.replaceFirst("\"cost\":(\\d+)", "\"cost\":$1.0e0").replaceFirst("\\[\\[(\\d)", "[[ $1"),
				good.replace(",", " ,\n\t").replace(":", " : "),
				good + "\n  \n",
				good + " trailing",
				good.replace("\"dependsOn\":[]", "\"dependsOn\":null,\"extra\":{\"a\":[1,true,false,null,-0,-0.0,1E3]}"),
				good.replaceFirst("\"durationDays\":(\\d+)", "\"durationDays\":\"$1\""));

		for (String variant : variants) {
			byte[] bytes = variant.getBytes(StandardCharsets.UTF_8);
			assertThat(ofFile(bytes)).as(variant.substring(0, 200)).isEqualTo(ofStream(bytes));
		}
		assertThat(ofFile(variants.get(1).getBytes(StandardCharsets.UTF_8)).tasks().get(0).title())
				.startsWith("Caf\u00e9 \"De Ster\" \u00e9 ");
	}

	/** Random damage, from a flipped byte to a cut-off file: the same errors, or the same tasks where it did no harm. */
	@ParameterizedTest
	@ValueSource(longs = {11, 12, 13, 14, 15, 16})
	void aBrokenFileGivesTheSameErrors(long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		byte[] good = portfolio(30, seed, seed % 2 == 0);
		String[] replacements = {"", "\"", "{", "}", "[", "]", ",", ":", "null", "-", "1e999", "\"x\"", "\\", "\u00e9",
				"\"T0000001\"", "true", "0", "-5", "99999999999999999999", "\"2031-02-30\"", "[[1,2]]", "\"Point\"",
				"\"Polygon\""};
		int broken = 0;
		for (int round = 0; round < 150; round++) {
			String text = new String(good, StandardCharsets.UTF_8);
			int edits = 1 + random.nextInt(3);
			for (int e = 0; e < edits; e++) {
				int from = random.nextInt(text.length());
				int to = Math.min(text.length(), from + random.nextInt(12));
				text = text.substring(0, from) + replacements[random.nextInt(replacements.length)] + text.substring(to);
			}
			if (random.nextInt(10) == 0) {
				text = text.substring(0, random.nextInt(text.length()));
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

			Outcome expected = ofStream(bytes);

			assertThat(ofFile(bytes)).as("round %d", round).isEqualTo(expected);
			if (!expected.errors().isEmpty()) {
				assertThat(GeoJsonTaskReader.readPlain(new ByteArrayInputStream(bytes))).as("round %d", round).isEmpty();
				assertThat(FileParts.read(dir.resolve("tasks.geojson"), 2 + round % 4, 0).tasks()).as("round %d", round)
						.isEmpty();
			}
			else {
				assertThat(FileParts.read(dir.resolve("tasks.geojson"), 2 + round % 4, 0).tasks())
						.as("round %d", round).satisfiesAnyOf(Optional::isEmpty, read -> assertThat(read).contains(expected.tasks()));
			}
			broken += expected.errors().isEmpty() ? 0 : 1;
		}
		assertThat(broken).as("most damage breaks the file").isGreaterThan(100);
	}
}
