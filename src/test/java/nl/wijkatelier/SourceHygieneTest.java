package nl.wijkatelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The code names classes by their simple names, with imports: an inline fully-qualified class name
 * ({@code java.util.List}, {@code org.springframework...Foo}) in code is refused, naming file and line. Imports, package
 * lines, comments (Javadoc included) and string, character and text-block literals may hold such names.
 */
class SourceHygieneTest {

	/** The source trees of this project, relative to the project directory (where Maven runs the tests). */
	private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

	/**
	 * Files (with '/' separators, from the project directory) not checked yet, because their clean-up is under way
	 * elsewhere; remove each entry once its file names classes through imports, until the set is empty.
	 */
	private static final Set<String> NOT_YET_CHECKED = Set.of(
			"src/main/java/nl/wijkatelier/planning/Planner.java",
			"src/main/java/nl/wijkatelier/planning/PlanningJobs.java",
			"src/main/java/nl/wijkatelier/planning/Scenarios.java",
			"src/main/java/nl/wijkatelier/planning/internal/FirstSchedule.java",
			"src/main/java/nl/wijkatelier/planning/internal/PlanRunJson.java",
			"src/main/java/nl/wijkatelier/planning/internal/TaskStart.java",
			"src/main/java/nl/wijkatelier/planning/web/PlanningApi.java",
			"src/main/java/nl/wijkatelier/planning/web/PlanningPages.java",
			"src/test/java/nl/wijkatelier/planning/PlanRunsAcrossInstancesTest.java",
			"src/test/java/nl/wijkatelier/planning/PlanningProblemTest.java",
			"src/test/java/nl/wijkatelier/planning/ScoreAgreementTest.java");

	/**
	 * Two or more lower-case package segments and a class name. The look-behind keeps out member chains that happen
	 * to continue after a dot ({@code a.b.c.D} is found once, from {@code a}).
	 */
	private static final Pattern QUALIFIED_NAME = Pattern
			.compile("(?<![\\w$.])(?:[a-z][a-z0-9_]*\\s*\\.\\s*){2,}[A-Z][\\w$]*");

	private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("^\\s*(?:import|package)\\s[^;]*;", Pattern.MULTILINE);

	@Test
	void codeNamesClassesThroughImports() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : SOURCES) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(f -> f.toString().endsWith(".java"))
						.filter(f -> !NOT_YET_CHECKED.contains(unixPath(f)))
						.sorted()
						.forEach(f -> inlineQualifiedNames(read(f))
								.forEach(n -> found.add(unixPath(f) + ":" + n.line() + ": " + n.name())));
			}
		}
		assertThat(found).as("inline fully-qualified class names; import them instead").isEmpty();
	}

	/** An entry left in {@link #NOT_YET_CHECKED} after its file was cleaned (or removed) would hide new names. */
	@Test
	void everyUncheckedFileStillNeedsItsExemption() {
		assertThat(NOT_YET_CHECKED).as("files to take off NOT_YET_CHECKED: clean or gone")
				.filteredOn(path -> !Files.exists(Path.of(path)) || inlineQualifiedNames(read(Path.of(path))).isEmpty())
				.isEmpty();
	}

	@Test
	void findsAQualifiedNameInCodeWithItsLine() {
		String source = """
				package nl.example;

				import java.util.List;

				class Planted {
					List<String> names = new java.util.ArrayList<>();
					@org.junit.jupiter.api.Disabled void skipped() {
						Object o = nl.example.other.Thing
								.make(java.time.Duration.ofSeconds(1));
					}
				}
				""";

		assertThat(inlineQualifiedNames(source)).containsExactly(
				new QualifiedName(6, "java.util.ArrayList"),
				new QualifiedName(7, "org.junit.jupiter.api.Disabled"),
				new QualifiedName(8, "nl.example.other.Thing"),
				new QualifiedName(9, "java.time.Duration"));
	}

	@Test
	void ignoresQualifiedNamesInImportsCommentsAndLiterals() {
		String source = """
				package nl.example.deep.Package;
				import static org.assertj.core.api.Assertions.assertThat;
				import java.util
					.List;

				/** See {@link java.util.ArrayList} and {@code nl.example.Other}. */
				class Clean { // java.util.Map in a line comment
					/* java.util.Set in a block comment, "with a quote */
					String a = "java.util.Map in a string, with \\" an escaped quote java.util.Set";
					char quote = '"';
					char escaped = '\\'';
					String b = \"""
						java.util.Map in a text block, with \\\""" escaped quotes
						and "one" quote java.util.Set
						\""";
					int c = record.value.size();
					double d = Math.max(1, this.limits.upper);
				}
				""";

		assertThat(inlineQualifiedNames(source)).isEmpty();
	}

	@Test
	void keepsLineNumbersAfterMultiLineCommentsAndTextBlocks() {
		String source = "/*\n java.util.List\n*/\nString s = \"\"\"\n  a\n  b\"\"\";\nObject o = new java.util.ArrayList<>();\n";

		assertThat(inlineQualifiedNames(source)).containsExactly(new QualifiedName(7, "java.util.ArrayList"));
	}

	record QualifiedName(int line, String name) {
	}

	static List<QualifiedName> inlineQualifiedNames(String source) {
		String code = IMPORT_OR_PACKAGE.matcher(withoutCommentsAndLiterals(source))
				.replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
		List<QualifiedName> found = new ArrayList<>();
		Matcher m = QUALIFIED_NAME.matcher(code);
		while (m.find()) {
			int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
			found.add(new QualifiedName(line, m.group().replaceAll("\\s", "")));
		}
		return found;
	}

	/**
	 * The source with every comment and every string, character and text-block literal replaced by spaces; line breaks
	 * stay where they were, so line numbers still hold.
	 */
	static String withoutCommentsAndLiterals(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			int end;
			if (source.startsWith("//", i)) {
				end = source.indexOf('\n', i);
				end = end < 0 ? n : end;
			}
			else if (source.startsWith("/*", i)) {
				end = source.indexOf("*/", i + 2);
				end = end < 0 ? n : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				end = closing(source, i + 3, "\"\"\"");
			}
			else if (c == '"' || c == '\'') {
				end = closing(source, i + 1, String.valueOf(c));
			}
			else {
				out.append(c);
				i++;
				continue;
			}
			for (int k = i; k < end; k++) {
				out.append(source.charAt(k) == '\n' ? '\n' : ' ');
			}
			i = end;
		}
		return out.toString();
	}

	/** The index just past the delimiter that closes a literal opened before {@code from}, skipping escapes. */
	private static int closing(String source, int from, String delimiter) {
		int i = from;
		while (i < source.length()) {
			if (source.charAt(i) == '\\') {
				i += 2;
			}
			else if (source.startsWith(delimiter, i)) {
				return i + delimiter.length();
			}
			else {
				i++;
			}
		}
		return source.length();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String unixPath(Path file) {
		return file.toString().replace('\\', '/');
	}
}
