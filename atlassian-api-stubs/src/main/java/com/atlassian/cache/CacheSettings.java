package com.atlassian.cache;

// Mirrors com.atlassian.cache:atlassian-cache-api 6.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.cache.CacheSettings (interface; DefaultCacheSettings implements it).
public interface CacheSettings {
}
