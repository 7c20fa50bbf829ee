package com.emeraldokr.api.error;

import java.util.List;

/** A command was refused before anything was written; carries every problem found, not just the first. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.toString());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
