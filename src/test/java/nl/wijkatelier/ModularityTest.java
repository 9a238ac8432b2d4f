package nl.wijkatelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
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
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
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
