package com.emeraldokr.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data flows one way, adapter → port → service → domain. Core's layers are
 * domain ← ports ← services ← adapters (REST, Active Objects, renderers), over the wire types of
 * emerald-api, which know nothing of core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayeringTest {

    private JavaClasses classes;

    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.emeraldokr.core", "com.emeraldokr.api");
        assertThat(classes.containPackage("com.emeraldokr.core.service.keyresult")).isTrue();
        assertThat(classes.containPackage("com.emeraldokr.api.view")).isTrue();
    }

    @Test
    void layersAreUsedOnlyFromAbove() {
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Api").definedBy("com.emeraldokr.api..")
                .layer("Domain").definedBy("com.emeraldokr.core.domain..")
                .layer("Ports").definedBy("com.emeraldokr.core.port..")
                .layer("Services").definedBy("com.emeraldokr.core.service..")
                .layer("Adapters").definedBy("com.emeraldokr.core.rest..", "com.emeraldokr.core.ao..",
                        "com.emeraldokr.core.render..")
                .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Adapters")
                .whereLayer("Ports").mayOnlyBeAccessedByLayers("Services", "Adapters")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Ports", "Services", "Adapters")
                .whereLayer("Api").mayOnlyBeAccessedByLayers("Ports", "Services", "Adapters");
        layers.check(classes);
    }

    @Test
    void theDomainUsesOnlyTheJdkAndItself() {
        classes().that().resideInAPackage("com.emeraldokr.core.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.emeraldokr.core.domain..")
                .check(classes);
    }

    @Test
    void portsAndServicesImportNoProductOrFrameworkType() {
        noClasses().that().resideInAnyPackage("com.emeraldokr.core.port..", "com.emeraldokr.core.service..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "javax.ws.rs..", "javax.servlet..",
                        "com.atlassian..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void adaptersDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("com.emeraldokr.core.ao..")
                .should().dependOnClassesThat().resideInAnyPackage("com.emeraldokr.core.rest..", "com.emeraldokr.core.render..")
                .check(classes);
        noClasses().that().resideInAnyPackage("com.emeraldokr.core.rest..", "com.emeraldokr.core.render..")
                .should().dependOnClassesThat().resideInAPackage("com.emeraldokr.core.ao..")
                .check(classes);
    }

    @Test
    void entityServicesDoNotDependOnEachOtherInCircles() {
        slices().matching("com.emeraldokr.core.service.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theWireTypesKnowNothingOfCore() {
        noClasses().that().resideInAPackage("com.emeraldokr.api..")
                .should().dependOnClassesThat().resideInAPackage("com.emeraldokr.core..")
                .check(classes);
    }
}
