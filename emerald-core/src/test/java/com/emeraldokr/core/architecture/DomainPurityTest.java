package com.emeraldokr.core.architecture;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md §5: the domain imports no AO, JAX-RS, servlet, Jackson or Atlassian type. */
class DomainPurityTest {

    private static final List<String> FORBIDDEN = List.of("net/java/ao/", "javax/ws/rs/", "javax/servlet/",
            "javax/inject/", "com/atlassian/", "com/fasterxml/", "com/emeraldokr/core/ao/", "com/emeraldokr/core/rest/",
            "com/emeraldokr/core/service/", "com/emeraldokr/core/port/");

    @Test
    void domainClassesReferenceOnlyTheJdkAndTheDomain() throws IOException, URISyntaxException {
        Path domain = Path.of(com.emeraldokr.core.domain.Cycle.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("com/emeraldokr/core/domain");
        Set<String> offending = new TreeSet<>();
        List<Path> classes;
        try (Stream<Path> files = Files.walk(domain)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).isNotEmpty();
        for (Path c : classes) {
            try (InputStream in = Files.newInputStream(c)) {
                new ClassReader(in).accept(new ClassRemapper(new ClassVisitor(Opcodes.ASM9) { }, new Remapper() {
                    @Override
                    public String map(String internalName) {
                        if (FORBIDDEN.stream().anyMatch(internalName::startsWith)) {
                            offending.add(c.getFileName() + " -> " + internalName);
                        }
                        return internalName;
                    }
                }), 0);
            }
        }
        assertThat(offending).isEmpty();
    }
}
