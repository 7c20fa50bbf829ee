package com.emeraldokr.api.error;

/** A request refused because of one field's value; REST names the field in its error body. */
public abstract class FieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    protected FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
