package com.emeraldokr.api.error;

/** The user may see what the request names but lacks the permission the change needs. */
public class ForbiddenException extends FieldException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String field, String message) {
        super(field, message);
    }
}
