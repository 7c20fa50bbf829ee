package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a write in a transaction of its own and, when the database refused it only because of
 * transactions running at the same time (a deadlock or a serialization failure, SQL state class 40),
 * runs it again in a new transaction, a bounded number of times, after a short random pause. The
 * refused transaction was rolled back whole, so a retry never writes anything twice. Must not be
 * called inside another transaction: that one is lost with the refusal and cannot be retried here.
 */
public final class RetriedTransaction {

    /** Fifty clients writing one row at once all get through well within this many attempts. */
    static final int MAX_ATTEMPTS = 12;
    private static final long FIRST_PAUSE_MILLIS = 4;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    private final ActiveObjects ao;

    public RetriedTransaction(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Runs {@code write}, retried on a concurrency refusal. */
    public <T> T run(Supplier<T> write) {
        return run(write, e -> false);
    }

    /**
     * Runs {@code write}, retried on a concurrency refusal or on a failure {@code alsoRetry} accepts (a
     * unique key a concurrent insert took first, which the next attempt sees and updates instead).
     */
    public <T> T run(Supplier<T> write, Predicate<Throwable> alsoRetry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(write::get);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !(refusedByConcurrency(e) || alsoRetry.test(e))) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    /** Whether the database rolled the transaction back only because of concurrent ones. */
    public static boolean refusedByConcurrency(Throwable e) {
        return anyCause(e, t -> t instanceof SQLTransactionRollbackException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40"));
    }

    /** Whether the database refused a row for a constraint (SQL state class 23), such as a unique key taken. */
    public static boolean constraintViolated(Throwable e) {
        return anyCause(e, t -> t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"));
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (test.test(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A random pause that grows with the attempts, so the clients that collided do not collide again in step. */
    private static void pause(int attempt, RuntimeException refused) {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 16));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused;
        }
    }
}
