package dev.rustok.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The runtime's modules (top-level packages) and the dependencies each one allows, made
 * executable: a cycle, a dependency a module did not allow or a reach into another
 * module's internals fails the build. The generated jOOQ code ({@code schema}, from the
 * tenant-schema artifact) is left out here; {@link ArchitectureTests} keeps it inside the
 * {@code Jooq*} adapters.
 */
class ModularityTests {

	// the working directory is the runtime-app module; the output is committed
	private static final Path DOCS = Path.of("../../docs/modules/runtime");

	static final ApplicationModules MODULES = ApplicationModules.of(TenantRuntimeApplication.class,
			JavaClass.Predicates.resideInAPackage("dev.rustok.runtime.schema.."));

	@Test
	void modulesDependOnlyOnWhatTheyAllowAndFormNoCycle() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
	}

	// the Documenter writes relations in hash order: sorted, the committed files only
	// change when the modules do
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
		int start = 0;
		while (start < lines.size()) {
			int end = start;
			while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
				end++;
			}
			if (end > start) {
				lines.subList(start, end).sort(null);
			}
			start = end + 1;
		}
		Files.write(diagram, lines);
	}

}
