package com.atlassian.cache;

// Checked against: atlassian-cache-api 6.0.2 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files) (interface extending CacheFactory; the component plugins import).
public interface CacheManager extends CacheFactory {
}
