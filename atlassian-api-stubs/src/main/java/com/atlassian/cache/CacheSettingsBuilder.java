package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

// Checked against: atlassian-cache-api 6.0.2 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files) (class; every setter returns the builder).
public class CacheSettingsBuilder {

    public CacheSettingsBuilder() {
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        return this;
    }

    public CacheSettings build() {
        return new CacheSettings() {
        };
    }
}
