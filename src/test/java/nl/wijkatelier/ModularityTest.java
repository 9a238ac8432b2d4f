package nl.wijkatelier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The package tree is the architecture: modules depend only on each other's API packages, without cycles. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(WijkatelierApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
