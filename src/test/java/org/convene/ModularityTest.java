package org.convene;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries: Spring Modulith's check (no cycles, no reach into another module's sub-packages), two
 * rules it cannot see (repositories are internal; another module never changes an entity), and the committed
 * module diagram matching the code.
 */
class ModularityTest {

	private static final String ROOT = "org.convene.";

	private final ApplicationModules modules = ApplicationModules.of(ConveneApplication.class);

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.convene");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void repositoriesLiveInsideTheirModule() {
		ArchRule rule = classes().that().areAssignableTo(Repository.class).and().areInterfaces()
			.should().resideInAPackage("org.convene.*.internal")
			.because("a repository hands out managed entities: other modules get a service or a record");
		rule.check(MAIN);
	}

	@Test
	void noModuleCreatesOrChangesAnotherModulesEntity() {
		ArchRule rule = classes().should(new ArchCondition<>("create or change only entities of their own module") {
			@Override
			public void check(JavaClass caller, ConditionEvents events) {
				List<JavaAccess<?>> accesses = new ArrayList<>(caller.getMethodCallsFromSelf());
				accesses.addAll(caller.getConstructorCallsFromSelf());
				accesses.addAll(caller.getFieldAccessesFromSelf());
				for (JavaAccess<?> access : accesses) {
					JavaClass owner = access.getTargetOwner();
					if (owner.isAnnotatedWith(Entity.class) && !moduleOf(owner).equals(moduleOf(caller))
							&& mutates(access)) {
						events.add(SimpleConditionEvent.violated(access, access.getDescription()
								+ ": an entity of module '" + moduleOf(owner) + "' is changed from module '"
								+ moduleOf(caller) + "' (ask its module's service instead)"));
					}
				}
			}
		});
		rule.check(MAIN);
	}

	/** A constructor, a field write or a method that returns nothing (the shape of every mutator). */
	private static boolean mutates(JavaAccess<?> access) {
		if (access instanceof JavaFieldAccess field) {
			return field.getAccessType() == JavaFieldAccess.AccessType.SET;
		}
		if (access instanceof JavaConstructorCall) {
			return true;
		}
		return access.getTarget() instanceof AccessTarget.MethodCallTarget m
				&& m.resolveMember().map(JavaCodeUnit::getRawReturnType)
					.map(t -> t.isEquivalentTo(void.class)).orElse(true);
	}

	private static String moduleOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT)) {
			return name;
		}
		String rest = name.substring(ROOT.length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	private static List<String> normalised(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(line -> line.replaceFirst("^\\|", "").strip()).toList();
	}

	/**
	 * The diagram in {@code docs/modules} is what the code draws: written into {@code target/modules} on every run
	 * and compared line by line, so a module change that forgets the docs fails here (copy the folder over to fix it).
	 */
	@Test
	void committedModuleDiagramIsCurrent() throws IOException {
		Path written = Path.of("target", "modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Path committed = Path.of("docs", "modules");
		assertThat(Files.readString(written.resolve("components.puml"))).contains("Events", "Community", "Platform");
		try (Stream<Path> files = Files.list(written)) {
			for (Path file : files.toList()) {
				Path twin = committed.resolve(file.getFileName());
				assertThat(twin).as("docs/modules lacks %s: cp target/modules/* docs/modules/", twin).exists();
				// the Documenter writes relations and the items of a table cell in no fixed order: compare the lines
				// (less the cell separator a first item carries), not their order
				assertThat(normalised(twin))
					.as("docs/modules is stale: cp target/modules/* docs/modules/")
					.containsExactlyInAnyOrderElementsOf(normalised(file));
			}
		}
	}
}
