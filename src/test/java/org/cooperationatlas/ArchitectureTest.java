package org.cooperationatlas;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.cooperationatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // Each package is a slice: a feature's ui may use other features, but no two packages may need each other.
    @ArchTest
    static final ArchRule packages_do_not_depend_on_each_other_in_a_cycle =
            slices().matching("org.cooperationatlas.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_talk_to_services_not_repositories =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule domain_code_does_not_know_the_ui =
            noClasses().that().resideInAnyPackage("org.cooperationatlas.record", "org.cooperationatlas.country",
                            "org.cooperationatlas.source", "org.cooperationatlas.peacekeeping",
                            "org.cooperationatlas.history", "org.cooperationatlas.base.domain..",
                            "org.cooperationatlas.base.csv..")
                    .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..");
}
