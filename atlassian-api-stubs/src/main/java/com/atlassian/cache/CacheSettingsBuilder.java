package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

// Mirrors com.atlassian.cache:atlassian-cache-api 6.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.cache.CacheSettingsBuilder (class; every setter returns the builder).
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
