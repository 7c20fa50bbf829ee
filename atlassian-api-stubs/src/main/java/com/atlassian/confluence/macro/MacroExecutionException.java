package com.atlassian.confluence.macro;

// Mirrors com.atlassian.confluence:confluence 9.2.x; only the members Emerald calls.
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
