package com.emeraldokr.api.error;

/**
 * A command of several steps failed part-way; what the earlier steps had written was undone. The
 * message says which step failed and why. {@code refused} tells a product that said no (a
 * validation or permission problem the user can fix) from a failure of the system.
 */
public class StepFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean refused;

    public StepFailedException(String message, Throwable cause, boolean refused) {
        super(message, cause);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }
}
