package nl.wijkatelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The package tree is the architecture: modules depend only on each other's API packages, without cycles, and only
 * on the modules their {@code package-info.java} declares in {@code allowedDependencies}.
 */
class ModularityTest {

	private static final ApplicationModules modules = ApplicationModules.of(WijkatelierApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		modules.forEach(module -> assertThat(declaration(module.getBasePackage().getName()))
				.as(module.getIdentifier() + " declares allowedDependencies in its package-info.java")
				.isNotNull()
				.satisfies(a -> assertThat(a.allowedDependencies()).doesNotContain(ApplicationModule.OPEN_TOKEN)));
	}

	/** A declared dependency nothing uses is a door left open: each one must still be needed. */
	@Test
	void everyDeclaredDependencyIsUsed() {
		modules.forEach(module -> {
			Set<String> used = module.getDirectDependencies(modules).stream()
					.map(d -> d.getTargetModule().getIdentifier().toString())
					.collect(Collectors.toCollection(TreeSet::new));
			Set<String> declared = Arrays.stream(declaration(module.getBasePackage().getName()).allowedDependencies())
					.map(name -> name.split("::")[0])
					.collect(Collectors.toCollection(TreeSet::new));
			assertThat(declared).as(module.getIdentifier() + ": declared and used dependencies").isEqualTo(used);
		});
	}

	/** The check is not only about internals and cycles: a dependency on another module's API needs declaring too. */
	@Test
	void refusesAnUndeclaredDependency() {
		ApplicationModules fixture = ApplicationModules.of("modularityfixture", location -> true);

		assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
				.hasMessageContaining("modularityfixture.first.First")
				.hasMessageContaining("modularityfixture.second.Second");
	}

	@Test
	void writesModuleDocumentation() {
		Path folder = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
				.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		assertThat(folder.resolve("components.puml")).isNotEmptyFile();
		modules.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
				.isNotEmptyFile());
	}

	/**
	 * The README's module table ("How the code is organised") names exactly the modules Spring Modulith finds, each
	 * with exactly the modules its {@code package-info.java} allows, so the overview cannot drift from the code.
	 */
	@Test
	void readmeListsTheModulesAndWhatEachMayUse() throws IOException {
		Map<String, Set<String>> declared = new TreeMap<>();
		modules.forEach(module -> declared.put(module.getIdentifier().toString(),
				Arrays.stream(declaration(module.getBasePackage().getName()).allowedDependencies())
						.map(name -> name.split("::")[0])
						.collect(Collectors.toCollection(TreeSet::new))));

		assertThat(readmeModuleTable(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)))
				.as("README.md, section 'How the code is organised': module -> may use").isEqualTo(declared);
	}

	@Test
	void readsTheReadmeModuleTable() {
		String readme = """
				# Title
				## How the code is organised
				Text.

				| module | holds | may use |
				| --- | --- | --- |
				| `shared` | the kernel, `Money` | nothing |
				| `works` | tasks, `Task`, with a \\| in it | `shared`, `programme` |

				## Next section
				| `other` | not a module row | `shared` |
				""";

		assertThat(readmeModuleTable(readme)).isEqualTo(Map.of("shared", Set.of(), "works",
				Set.of("shared", "programme")));
	}

	/** The table rows in the README's "How the code is organised" section: module (first cell) -> may use (last cell). */
	static Map<String, Set<String>> readmeModuleTable(String readme) {
		int start = readme.indexOf("\n## How the code is organised");
		assertThat(start).as("README section 'How the code is organised'").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		String section = readme.substring(start, end < 0 ? readme.length() : end);
		Map<String, Set<String>> table = new TreeMap<>();
		Pattern row = Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|.*\\|([^|]*)\\|\\s*$", Pattern.MULTILINE);
		Matcher m = row.matcher(section);
		while (m.find()) {
			Set<String> mayUse = new TreeSet<>();
			Matcher name = Pattern.compile("`([a-z]+)`").matcher(m.group(2));
			while (name.find()) {
				mayUse.add(name.group(1));
			}
			table.put(m.group(1), mayUse);
		}
		return table;
	}

	private static ApplicationModule declaration(String basePackage) {
		try {
			return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}
}
