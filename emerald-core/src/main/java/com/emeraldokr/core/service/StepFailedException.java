package com.emeraldokr.core.service;

/**
 * A command of several steps failed part-way; what the earlier steps had written was undone. The
 * message says which step failed and why.
 */
public class StepFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StepFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
