package com.emeraldokr.pluginjar;

import com.emeraldokr.transform.TransformRules;

import java.util.List;

/**
 * The Atlassian platform a plugin jar is built for: Platform 7 (Jira 10, Confluence 9) compiles against the javax
 * names, Platform 8 (Jira 11, Confluence 10) is the same jar moved to the jakarta names by the build's transform.
 */
public enum Platform {
    PLATFORM_7("javax", "com/emeraldokr/transform/platform7.properties"),
    PLATFORM_8("jakarta", "com/emeraldokr/transform/platform8.properties");

    /** The Java EE APIs the jars use, by their package below the namespace. */
    private static final List<String> EE_PACKAGES = List.of("inject", "servlet", "ws.rs");

    private final String namespace;
    private final String rulesResource;

    Platform(String namespace, String rulesResource) {
        this.namespace = namespace;
        this.rulesResource = rulesResource;
    }

    /** The platform named by the {@code emerald.platform} system property (7 or 8) that failsafe sets. */
    public static Platform current() {
        String number = System.getProperty("emerald.platform", "7");
        return switch (number) {
            case "7" -> PLATFORM_7;
            case "8" -> PLATFORM_8;
            default -> throw new IllegalStateException("emerald.platform is " + number + "; expected 7 or 8");
        };
    }

    /** A Java EE type under this platform's namespace, like {@code ee("ws.rs.Path")}. */
    public String ee(String nameBelowNamespace) {
        return namespace + "." + nameBelowNamespace;
    }

    /** Internal-name prefixes (like {@code jakarta/ws/rs/}) of the Java EE packages of the other platform. */
    public List<String> otherPlatformsEePrefixes() {
        String other = this == PLATFORM_7 ? PLATFORM_8.namespace : PLATFORM_7.namespace;
        return EE_PACKAGES.stream().map(p -> other + "/" + p.replace('.', '/') + "/").toList();
    }

    /** The version table this platform's manifest follows. */
    public TransformRules importRules() {
        return TransformRules.load(rulesResource);
    }
}
