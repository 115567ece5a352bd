package dev.rustok.runtime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of docs/adr/0002 and STYLE.md, made executable. */
class ArchitectureTests {

	private static final JavaClasses RUNTIME = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.rustok.runtime");

	@Test
	void generatedJooqCodeIsUsedOnlyByJooqAdaptersAndTheTenantSchemaMapping() {
		noClasses().that()
			.resideOutsideOfPackage("dev.rustok.runtime.schema..")
			.and()
			.haveSimpleNameNotStartingWith("Jooq")
			.and()
			.doNotHaveSimpleName("TenantDsl")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.rustok.runtime.schema..")
			.check(RUNTIME);
	}

	@Test
	void noJooqTypeReachesControllersOrTheDomain() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.or()
			.resideInAPackage("dev.rustok.runtime.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.jooq..")
			.check(RUNTIME);
	}

	@Test
	void theSharedKernelStaysFreeOfSpring() {
		// Spring Modulith's annotations only declare the module (package-info), no
		// runtime
		// dependency
		noClasses().that()
			.resideInAPackage("dev.rustok.runtime.shared..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.springframework..")
				.and(resideOutsideOfPackage("org.springframework.modulith..")))
			.check(RUNTIME);
	}

}
