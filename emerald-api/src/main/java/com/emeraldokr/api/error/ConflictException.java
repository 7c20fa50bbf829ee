package com.emeraldokr.api.error;

/** The request collides with data already stored (for example an issue that is already an objective). */
public class ConflictException extends FieldException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
