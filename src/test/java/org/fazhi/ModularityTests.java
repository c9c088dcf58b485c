package org.fazhi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module documentation in docs/modules follows the code. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FazhiApplication.class);

	@Test
	void modulesReachEachOtherOnlyThroughTheirApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		// the Documenter lists relations in no fixed order; sort them so that the files change only with the code
		try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
				var iterator = relations.iterator();
				List<String> sorted = lines.stream().map(l -> l.startsWith("Rel(") ? iterator.next() : l).toList();
				Files.write(file, sorted);
			}
		}
	}
}
