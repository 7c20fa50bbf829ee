package com.atlassian.confluence.macro;

// Mirrors com.atlassian.confluence:confluence 9.2.x; the type only (Macro.execute declares it; Emerald never throws it).
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;
}
