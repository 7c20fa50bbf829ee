package com.emeraldokr.core.service;

/** The request named something (an issue, a cycle) that does not exist or the user may not see. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
