package com.emeraldokr.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rewrites an OSGi {@code Import-Package} header: renamed packages, and each package's version from the rules. */
public final class ImportPackageHeader {

    private ImportPackageHeader() {
    }

    static String rewrite(String header, TransformRules rules) {
        List<String> clauses = new ArrayList<>();
        for (String clause : splitOutsideQuotes(header, ',')) {
            List<String> parts = splitOutsideQuotes(clause, ';');
            String packageName = rules.rename(parts.get(0).strip());
            StringBuilder rewritten = new StringBuilder(packageName);
            for (String part : parts.subList(1, parts.size())) {
                String attribute = part.strip();
                if (!attribute.startsWith("version=") && !attribute.startsWith("version ")) {
                    rewritten.append(';').append(attribute);
                }
            }
            Optional<String> version = rules.importVersion(packageName);
            version.ifPresent(v -> rewritten.append(";version=\"").append(v).append('"'));
            clauses.add(rewritten.toString());
        }
        return String.join(",", clauses);
    }

    /** The parts of a manifest header value between separators that are not inside double quotes. */
    public static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
