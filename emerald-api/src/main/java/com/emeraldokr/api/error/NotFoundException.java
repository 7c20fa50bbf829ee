package com.emeraldokr.api.error;

/** The request named something (an issue, a cycle) that does not exist or the user may not see. */
public class NotFoundException extends FieldException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
