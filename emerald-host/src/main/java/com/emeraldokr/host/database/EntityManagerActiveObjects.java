package com.emeraldokr.host.database;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.Map;

/**
 * The Active Objects facade Jira gives plugins, over the AO library's entity manager, so core's
 * stores run in the host unchanged. Like Jira's, it turns {@link SQLException}s into unchecked ones.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An SQL failure surfaced through the facade. */
    public static final class ActiveObjectsSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ActiveObjectsSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    /**
     * Runs the callback in one database transaction: committed when it returns, rolled back when it
     * throws. The callback's own runtime exceptions reach the caller unchanged. A call made inside a
     * running transaction joins it, as Jira's does; AO's own {@link Transaction} cannot nest.
     */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        RuntimeException[] fromCallback = new RuntimeException[1];
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    try {
                        return callback.doInTransaction();
                    } catch (RuntimeException e) {
                        fromCallback[0] = e;
                        throw e;
                    }
                }
            }.execute();
        } catch (SQLException | RuntimeException e) {
            throw callbackFailureFirst(fromCallback[0], e);
        } finally {
            inTransaction.remove();
        }
    }

    /** The callback's exception, if it threw one, with a later rollback failure attached; else the failure itself. */
    private static RuntimeException callbackFailureFirst(RuntimeException fromCallback, Exception failure) {
        if (fromCallback == null) {
            return failure instanceof SQLException sql ? new ActiveObjectsSqlException(sql) : (RuntimeException) failure;
        }
        if (fromCallback != failure) {
            fromCallback.addSuppressed(failure);
        }
        return fromCallback;
    }
}
