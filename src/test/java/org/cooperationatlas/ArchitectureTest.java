package org.cooperationatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "org.cooperationatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The features: every top-level package but base, which they all build on. */
    private static final String[] FEATURES = {
        "org.cooperationatlas.api..",
        "org.cooperationatlas.country..",
        "org.cooperationatlas.dashboard..",
        "org.cooperationatlas.explore..",
        "org.cooperationatlas.history..",
        "org.cooperationatlas.importing..",
        "org.cooperationatlas.intake..",
        "org.cooperationatlas.measure..",
        "org.cooperationatlas.peacekeeping..",
        "org.cooperationatlas.record..",
        "org.cooperationatlas.search..",
        "org.cooperationatlas.security..",
        "org.cooperationatlas.source..",
        "org.cooperationatlas.statistics.."
    };

    // A feature with its ui is one slice: no feature may use a feature that uses it back, through any sub-package.
    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_cycle =
            slices().matching("org.cooperationatlas.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that()
            .resideInAPackage("org.cooperationatlas.base..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule every_top_level_package_is_a_known_feature_or_base = classes()
            .that()
            .resideOutsideOfPackage("org.cooperationatlas.base..")
            .and()
            .resideOutsideOfPackage("org.cooperationatlas")
            .should()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule views_talk_to_services_not_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class);

    // A feature's tables are its own: its repositories are not visible outside its package.
    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = classes()
            .that()
            .areInterfaces()
            .and()
            .areAssignableTo(Repository.class)
            .should()
            .notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule domain_code_does_not_know_the_ui = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.cooperationatlas.record",
                    "org.cooperationatlas.country",
                    "org.cooperationatlas.source",
                    "org.cooperationatlas.peacekeeping",
                    "org.cooperationatlas.search",
                    "org.cooperationatlas.statistics",
                    "org.cooperationatlas.history",
                    "org.cooperationatlas.base.domain..",
                    "org.cooperationatlas.base.csv..",
                    "org.cooperationatlas.base.data..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..");
}
