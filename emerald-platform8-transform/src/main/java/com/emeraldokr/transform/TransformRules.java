package com.emeraldokr.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What one platform's jar differs in: package renames (dotted names, like {@code javax.ws.rs → jakarta.ws.rs}) and
 * the version range each imported package gets, by package prefix. Read from a properties file on the class path
 * ({@code rename.<from> = <to>}, {@code import.<prefix> = <range or empty>}).
 */
public record TransformRules(Map<String, String> renames, Map<String, String> importVersions) {

    public TransformRules {
        renames = Collections.unmodifiableMap(new TreeMap<>(renames));
        importVersions = Collections.unmodifiableMap(new TreeMap<>(importVersions));
    }

    /** The rules in a class-path resource such as {@code com/emeraldokr/transform/platform8.properties}. */
    public static TransformRules load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TransformRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no transform rules at " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> renames = new TreeMap<>();
        Map<String, String> versions = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith("rename.")) {
                renames.put(key.substring("rename.".length()), value);
            } else if (key.startsWith("import.")) {
                versions.put(key.substring("import.".length()), value);
            } else {
                throw new IllegalArgumentException(resource + ": unknown rule " + key);
            }
        }
        return new TransformRules(renames, versions);
    }

    /** The dotted name (a package or a class in it) after the renames; unchanged when no rename applies. */
    public String rename(String dottedName) {
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            String from = rename.getKey();
            if (dottedName.equals(from) || dottedName.startsWith(from + ".")) {
                return rename.getValue() + dottedName.substring(from.length());
            }
        }
        return dottedName;
    }

    /** The same rename for a JVM internal name ({@code javax/ws/rs/core/Response$Status}). */
    public String renameInternal(String internalName) {
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            String from = rename.getKey().replace('.', '/');
            if (internalName.equals(from) || internalName.startsWith(from + "/")) {
                return rename.getValue().replace('.', '/') + internalName.substring(from.length());
            }
        }
        return internalName;
    }

    /**
     * The version range the rules give an imported package: the entry with the longest matching prefix, empty for
     * an entry that imports without a version; no entry at all is an error, so every import is decided in the rules.
     */
    public Optional<String> importVersion(String packageName) {
        String best = null;
        for (String prefix : importVersions.keySet()) {
            boolean matches = packageName.equals(prefix) || packageName.startsWith(prefix + ".");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best == null) {
            throw new IllegalStateException("the transform rules give no version for imported package " + packageName
                    + "; add an import." + packageName + " entry");
        }
        String range = importVersions.get(best);
        return range.isEmpty() ? Optional.empty() : Optional.of(range);
    }
}
