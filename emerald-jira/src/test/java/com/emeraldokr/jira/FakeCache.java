package com.emeraldokr.jira;

import com.atlassian.cache.Cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A cache on one node: a map, with the keys removed recorded so tests can see what was invalidated. */
final class FakeCache<K, V> implements Cache<K, V> {

    final Map<K, V> values = new HashMap<>();
    final List<K> removed = new ArrayList<>();

    @Override
    public V get(K key) {
        return values.get(key);
    }

    @Override
    public void put(K key, V value) {
        values.put(key, value);
    }

    @Override
    public void remove(K key) {
        removed.add(key);
        values.remove(key);
    }

    @Override
    public void removeAll() {
        values.clear();
    }
}
