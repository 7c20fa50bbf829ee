package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;

/**
 * Optimistic locking through {@link RevisionEntity}'s unique key: claiming "KPI:12:3" succeeds for
 * exactly one of two concurrent edits of KPI 12 at version 2; the other fails on the unique key
 * and its transaction rolls back.
 */
final class RevisionLock {

    private final ActiveObjects ao;
    private final Clock clock;

    RevisionLock(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** Claims {@code newVersion} of the row; must run inside the edit's transaction. */
    void claim(String kind, long id, int newVersion, String authorKey) {
        ao.create(RevisionEntity.class,
                new DBParam("REVISION_KEY", kind + ":" + id + ":" + newVersion),
                new DBParam("CHANGED_AT", clock.millis()),
                new DBParam("AUTHOR_KEY", authorKey));
    }

    /** Whether {@code version} of the row has already been claimed, by this or another node. */
    boolean claimed(String kind, long id, int version) {
        return ao.count(RevisionEntity.class, Query.select().where("REVISION_KEY = ?", kind + ":" + id + ":" + version)) > 0;
    }

    /**
     * Runs an edit that claims {@code newVersion}; when it fails because another edit claimed that
     * version first (the unique key refused the claim), reports a stale version instead.
     */
    <T> T edit(String kind, long id, int newVersion, java.util.function.Supplier<T> inTransaction,
               java.util.function.Supplier<RuntimeException> stale) {
        try {
            return ao.executeInTransaction(inTransaction::get);
        } catch (RuntimeException e) {
            if (claimed(kind, id, newVersion)) {
                RuntimeException conflict = stale.get();
                conflict.addSuppressed(e);
                throw conflict;
            }
            throw e;
        }
    }
}
