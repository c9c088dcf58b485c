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
		// and the canvases list events and beans in no fixed order either: sort each list of a table cell
		try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
				Files.write(file, sortedCellLists(Files.readAllLines(file)));
			}
		}
	}

	/** A cell's list starts with {@code |* } and goes on with lines starting {@code * }. */
	private static List<String> sortedCellLists(List<String> lines) {
		List<String> out = new java.util.ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).startsWith("|* ")) {
				out.add(lines.get(i));
				continue;
			}
			List<String> items = new java.util.ArrayList<>(List.of(lines.get(i).substring(1)));
			while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
				items.add(lines.get(++i));
			}
			items.sort(null);
			items.set(0, "|" + items.get(0));
			out.addAll(items);
		}
		return out;
	}
}
