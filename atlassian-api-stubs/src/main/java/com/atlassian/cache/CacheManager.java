package com.atlassian.cache;

// Mirrors com.atlassian.cache:atlassian-cache-api 6.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.cache.CacheManager (interface extending CacheFactory; the component plugins import).
public interface CacheManager extends CacheFactory {
}
