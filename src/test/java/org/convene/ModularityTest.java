package org.convene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(ConveneApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() throws Exception {
		Path folder = Path.of("docs", "modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(folder.resolve("components.puml")).exists();
		assertThat(Files.readString(folder.resolve("components.puml"))).contains("Events", "Community", "Platform", "Demo");
	}
}
