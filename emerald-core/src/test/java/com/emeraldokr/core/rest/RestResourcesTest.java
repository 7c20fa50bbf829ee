package com.emeraldokr.core.rest;

import org.junit.jupiter.api.Test;

import javax.ws.rs.Path;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** RestResources lists every resource and provider of the REST package, so neither side can miss one. */
class RestResourcesTest {

    /** Every top-level class compiled into com.emeraldokr.core.rest, read from the classes directory. */
    private static List<Class<?>> compiledRestClasses() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(RestResources.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(RestResources.class.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    classes.add(Class.forName(RestResources.class.getPackageName() + "." + name.substring(0, name.length() - 6)));
                }
            }
        }
        assertThat(classes).as("classes in %s", dir).contains(RestResources.class);
        return classes;
    }

    @Test
    void everyResourceClassOfThePackageIsListed() throws Exception {
        List<Class<?>> withPath = compiledRestClasses().stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
        assertThat(RestResources.RESOURCES).containsExactlyInAnyOrderElementsOf(withPath);
    }

    @Test
    void everyProviderClassOfThePackageIsListed() throws Exception {
        List<Class<?>> providers = compiledRestClasses().stream().filter(c -> c.isAnnotationPresent(Provider.class)).toList();
        assertThat(RestResources.PROVIDERS).containsExactlyInAnyOrderElementsOf(providers);
    }

    @Test
    void listedClassesArePublicConcreteAndOfTheirKind() {
        assertThat(new HashSet<>(RestResources.RESOURCES)).hasSameSizeAs(RestResources.RESOURCES);
        assertThat(new HashSet<>(RestResources.PROVIDERS)).hasSameSizeAs(RestResources.PROVIDERS);
        for (Class<?> c : RestResources.RESOURCES) {
            assertThat(Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers())).as(c.getName()).isTrue();
            assertThat(c.isAnnotationPresent(Path.class)).as("%s has @Path", c.getName()).isTrue();
        }
        for (Class<?> c : RestResources.PROVIDERS) {
            assertThat(Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers())).as(c.getName()).isTrue();
            assertThat(c.isAnnotationPresent(Provider.class)).as("%s has @Provider", c.getName()).isTrue();
            assertThat(ExceptionMapper.class.isAssignableFrom(c) || ContextResolver.class.isAssignableFrom(c))
                    .as("%s maps exceptions or resolves the JSON mapper", c.getName()).isTrue();
        }
    }
}
