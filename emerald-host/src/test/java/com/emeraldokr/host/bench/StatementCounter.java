package com.emeraldokr.host.bench;

import javax.sql.DataSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the SQL statements run through a {@link DataSource}, at the JDBC level: every {@code execute…} call
 * on a statement from one of its connections counts once, whatever issued it (Active Objects, the sandbox,
 * plain JDBC). Only statements run on the thread that called {@link #during} are counted.
 */
public final class StatementCounter {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    /** {@code pool} with every statement it runs reported to this counter. */
    public DataSource wrap(DataSource pool) {
        return proxy(DataSource.class, pool, (target, method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    /** The SQL of the statements {@code work} runs on this thread, in order; its result is dropped. */
    public List<String> during(Supplier<?> work) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            work.get();
        } finally {
            recording.remove();
        }
        return statements;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = method.invoke(target, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            if (result instanceof CallableStatement call) {
                return statement(CallableStatement.class, call, sql);
            }
            if (result instanceof PreparedStatement prepared) {
                return statement(PreparedStatement.class, prepared, sql);
            }
            if (result instanceof Statement plain) {
                return statement(Statement.class, plain, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        return proxy(type, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                List<String> statements = recording.get();
                if (statements != null) {
                    statements.add(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
                }
            }
            return method.invoke(target, args);
        });
    }

    /** A call on the wrapped object; exceptions from it pass unwrapped. */
    @FunctionalInterface
    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.on(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
