package com.emeraldokr.confluence;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps Jira's answers for a few seconds, so a page with several macros, or a page viewed by the
 * same reader twice in a row, does not ask Jira again. Per node and safe to lose; the key includes
 * the reader, so nobody sees data fetched for someone else.
 */
final class ShortLivedCache {

    private record Entry(Object value, long expiresAt) {
    }

    static final int MAX_ENTRIES = 1_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    ShortLivedCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> load) {
        long now = clock.millis();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() > now) {
            return (T) entry.value();
        }
        T value = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, now + ttl.toMillis()));
        return value;
    }
}
