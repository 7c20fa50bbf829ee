package com.emeraldokr.core.service;

/** The request collides with data already stored (for example an issue that is already an objective). */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
