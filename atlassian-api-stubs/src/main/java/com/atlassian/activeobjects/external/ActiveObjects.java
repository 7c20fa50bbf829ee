package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;

// Mirrors com.atlassian.activeobjects:activeobjects-plugin 6.0.0 (Jira 10.3 / Platform 7); only the members Emerald calls.
public interface ActiveObjects {

    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /**
     * Read-only entities of the selected columns, one per row, handed to the callback as they are read; the
     * plugin's facade delegates it to {@code EntityManager.stream} (signature as in the AO plugin's facade sources).
     */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
