package com.atlassian.activeobjects.external;

// Mirrors com.atlassian.activeobjects:activeobjects-plugin 6.0.0 (Jira 10.3 / Platform 7); only the members Emerald calls.
public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int compareTo(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
