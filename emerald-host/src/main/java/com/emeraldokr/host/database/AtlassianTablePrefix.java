package com.emeraldokr.host.database;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Jira's Active Objects gives a plugin: {@code AO_} plus the last six hex digits of
 * the MD5 of the AO namespace, upper case. Using it here makes the host's tables named like Jira's.
 */
public final class AtlassianTablePrefix implements TablePrefix {

    /** The {@code <ao namespace>} of the Jira descriptor. */
    public static final String EMERALD_NAMESPACE = "com.emeraldokr.emerald";

    private final String prefix;

    public AtlassianTablePrefix(String namespace) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(namespace.getBytes(StandardCharsets.UTF_8)));
            this.prefix = "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    public String prefix() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + "_" + tableName;
    }
}
