package dev.rustok.runtime;

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

	static final ApplicationModules MODULES = ApplicationModules.of(TenantRuntimeApplication.class,
			JavaClass.Predicates.resideInAPackage("dev.rustok.runtime.schema.."));

	@Test
	void modulesDependOnlyOnWhatTheyAllowAndFormNoCycle() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		// the working directory is the runtime-app module; the output is committed
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../../docs/modules/runtime"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
