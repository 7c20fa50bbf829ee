package com.emeraldokr.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A key written twice in a properties file silently loses its first text; refuse that. */
class BundleFileTest {

    @Test
    void everyKeyOfEmeraldsBundlesIsWrittenOnce() throws IOException {
        for (String bundle : List.of("com/emeraldokr/emerald.properties", "com/emeraldokr/lint/vocabulary.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#") && l.contains("=") && !seen.add(l.substring(0, l.indexOf('=')).strip())) {
                        twice.add(l.substring(0, l.indexOf('=')).strip());
                    }
                }
            }
            assertThat(twice).as("keys written twice in %s", bundle).isEmpty();
        }
    }
}
